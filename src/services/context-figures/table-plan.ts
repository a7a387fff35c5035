/**
 * What to ask StatBank for, table by table, once the tables' metadata is in: the latest period of
 * each, the municipality's name (for the parish texts), FOLK1E's denominator quarters, and for each
 * table its data request and the builder that turns the answer into series rows.
 */
import { type DataRequest, type StatbankData, StatbankSchemaError, type StatbankTableId, type TableInfo, TIME_VARIABLE } from '../../statbank-client/index.ts';
import { crimeDenominatorQuarter, crimeRequest, crimeRows } from './crime-context.ts';
import type { Denominators } from './denominators.ts';
import { employmentDenominatorQuarter, employmentRequest, employmentRows } from './employment-context.ts';
import { parishesOf, parishRequest, parishRows } from './parish-context.ts';
import { populationRequest, populationRows } from './population-context.ts';
import type { SeriesRow } from './series-row.ts';
import { thirdGenerationRequest, thirdGenerationRows } from './third-generation-context.ts';

/** A table's data request and how to read its answer. */
export interface TablePlan {
  tableId: StatbankTableId;
  period: string;
  request: DataRequest;
  rows(data: StatbankData, denominators: Denominators, threshold: number): SeriesRow[];
}

/** The table's latest period (StatBank lists periods oldest first). */
export function latestPeriod(tableId: string, info: TableInfo): string {
  const values = info.variables.find((v) => v.id === TIME_VARIABLE)?.values ?? [];
  const last = values[values.length - 1];
  if (last === undefined) throw new StatbankSchemaError(tableId, TIME_VARIABLE, 'har ingen perioder / has no periods');
  return last.id;
}

/** Throws unless the table's `OMRÅDE` lists the municipality. */
function requireArea(tableId: string, info: TableInfo, municipality: string): void {
  const area = info.variables.find((v) => v.id === 'OMRÅDE');
  if (area !== undefined && !area.values.some((v) => v.id === municipality)) {
    throw new StatbankSchemaError(tableId, 'OMRÅDE', `mangler kommunekoden ${municipality} / lacks the municipality ${municipality}`);
  }
}

/** The FOLK1E quarters the other tables need as denominators. */
export function denominatorQuarters(infos: ReadonlyMap<StatbankTableId, TableInfo>): string[] {
  const quarters: string[] = [];
  for (const table of ['STRAFNA9', 'STRAFNA6'] as const) {
    const info = infos.get(table);
    if (info !== undefined) quarters.push(crimeDenominatorQuarter(latestPeriod(table, info)));
  }
  const ras = infos.get('RAS200');
  if (ras !== undefined) quarters.push(employmentDenominatorQuarter(latestPeriod('RAS200', ras)));
  return [...new Set(quarters)].sort();
}

/** The plan for `tableId`; `municipalityName` is FOLK1E's text for the municipality. */
export function tablePlan(tableId: StatbankTableId, info: TableInfo, municipality: string, municipalityName: string): TablePlan {
  const period = latestPeriod(tableId, info);
  requireArea(tableId, info, municipality);
  switch (tableId) {
    case 'FOLK1E':
      return { tableId, period, request: populationRequest(info, municipality, period), rows: (d, _, t) => populationRows(d, info, municipality, period, t) };
    case 'EB4':
      return { tableId, period, request: thirdGenerationRequest(municipality, period), rows: (d, _, t) => thirdGenerationRows(d, municipality, period, t) };
    case 'KMSTA001': {
      const parishes = parishesOf(info, municipalityName);
      return { tableId, period, request: parishRequest(parishes, period), rows: (d, _, t) => parishRows(d, parishes, period, t) };
    }
    case 'RAS200':
      return { tableId, period, request: employmentRequest(municipality, period), rows: (d, den, t) => employmentRows(d, municipality, period, den, t) };
    case 'STRAFNA9':
    case 'STRFNA10':
    case 'STRFNA11':
    case 'STRAFNA6':
      return {
        tableId,
        period,
        request: crimeRequest(tableId, info, municipality, period),
        rows: (d, den, t) => crimeRows(tableId, d, info, municipality, period, den, t),
      };
  }
}
