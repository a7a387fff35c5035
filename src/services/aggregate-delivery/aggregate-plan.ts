/**
 * A plan of several deliveries from one population extract (`indikator aggregate --plan`): a CSV
 * or XLSX file with one row per delivery — `indicator` [`indikator`], `period` [`periode`],
 * `data` [`datafil`] (empty for boligomraader-diversitet), `out` [`levering`] and an optional
 * `sheet` [`ark`] for a workbook's data. Paths are taken from the plan's own folder, so a plan can
 * travel with its files. A national run's eleven indicators then read the population once, and
 * each is suppressed beside the counting of the next (`aggregateIndicators`).
 */
import path from 'node:path';
import { type ColumnSpec, createErrorCollector, createRecordReader, openTable, parseTrimmed } from '../../ingest/index.ts';

/** One delivery of a plan. */
export interface PlannedDelivery {
  indicator: string;
  period: string;
  /** The indicator's person-level file; null where the indicator has none. */
  dataFile: string | null;
  out: string;
  sheet?: string;
}

const PLAN_COLUMNS = [
  { name: 'indicator', aliases: ['indikator'], required: true },
  { name: 'period', aliases: ['periode'], required: true },
  { name: 'data', aliases: ['datafil', 'personfil'], required: false },
  { name: 'out', aliases: ['levering', 'ud'], required: true },
  { name: 'sheet', aliases: ['ark'], required: false },
] as const satisfies readonly ColumnSpec[];

/** Reads a plan; throws `InputErrors` naming every bad cell by file, row and column. */
export async function readAggregatePlan(file: string): Promise<PlannedDelivery[]> {
  const errors = createErrorCollector();
  const reader = createRecordReader(await openTable(file), PLAN_COLUMNS, errors);
  const folder = path.dirname(path.resolve(file));
  const where = (name: string | null) => (name === null ? null : path.resolve(folder, name));
  // Read as written: `parseFreeText`'s refusal of anything CPR-shaped is for data cells, and a
  // plan's periods and file names are digits by nature (`2024-10/2025-09` reads as a date and four).
  const indicator = reader.field('indicator', parseTrimmed, { required: true });
  const period = reader.field('period', parseTrimmed, { required: true });
  const data = reader.field('data', parseTrimmed);
  const out = reader.field('out', parseTrimmed, { required: true });
  const sheet = reader.field('sheet', parseTrimmed);
  const plan: PlannedDelivery[] = [];
  const outs = new Map<string, number>();
  for await (const row of reader.rows()) {
    const entry = { indicator: indicator(row), period: period(row), dataFile: where(data(row)), out: where(out(row)), sheet: sheet(row) };
    if (entry.out !== null) {
      const earlier = outs.get(entry.out);
      if (earlier !== undefined) row.fail('out', sameOut(earlier));
      else outs.set(entry.out, row.rowNumber);
    }
    if (entry.indicator === null || entry.period === null || entry.out === null) continue;
    plan.push({
      indicator: entry.indicator,
      period: entry.period,
      dataFile: entry.dataFile,
      out: entry.out,
      ...(entry.sheet === null ? {} : { sheet: entry.sheet }),
    });
  }
  errors.throwIfAny();
  return plan;
}

function sameOut(earlierRow: number) {
  return {
    da: `række ${earlierRow} skriver også til denne fil; hver levering skal have sin egen`,
    en: `row ${earlierRow} writes to this file too; each delivery needs its own`,
  };
}
