/** Small builders for hand-made populations and data rows in the aggregation tests. */
import type { AggregatedCell, AggregationInput, AggregationPerson, AggregationRow } from '../../src/counting/index.ts';
import { type AgeBand, ageBands, loadCatalogue, personBreakdownKeys } from '../../src/catalogue/index.ts';
import type { Group } from '../../src/origin/types.ts';

export function person(id: string, birthDate: string, group: Group, area: string | null = null): AggregationPerson {
  const originGroup = group === 'comparison' ? 'dansk_oprindelse' : 'indvandrer';
  return { id, birthDate, sex: 'K', group, refugee: false, area, originGroup };
}

export function population(...persons: AggregationPerson[]): Map<string, AggregationPerson> {
  return new Map(persons.map((p) => [p.id, p]));
}

/** Rows numbered from 2 (the header is row 1), in the given order. */
export function rows(...values: Record<string, string>[]): AggregationRow[] {
  return values.map((v, i) => ({ rowNumber: i + 2, values: v }));
}

export const YEAR_2025 = { start: '2025-01-01', end: '2025-12-31', label: '2025' };

/** The catalogue's age bands of an indicator, as a caller passes them (empty for an unknown id). */
export function catalogueBands(indicatorId: string): readonly AgeBand[] {
  const indicator = loadCatalogue().get(indicatorId);
  return indicator === undefined ? [] : ageBands(indicator);
}

/** The input a caller builds, with the indicator's age bands and default variant from the shipped catalogue. */
export function input(
  indicatorId: string,
  persons: Map<string, AggregationPerson>,
  data: AggregationRow[],
  period = YEAR_2025,
  referenceDate = period.end,
): AggregationInput {
  const indicator = loadCatalogue().get(indicatorId);
  const variant = indicator?.variants.find((v) => v.default)?.id;
  const personBreakdowns = indicator === undefined ? [] : personBreakdownKeys(indicator);
  return {
    indicatorId,
    period,
    referenceDate,
    persons,
    rows: data,
    ageBands: catalogueBands(indicatorId),
    personBreakdowns,
    ...(variant === undefined ? {} : { variant }),
  };
}

/** The one cell for group and breakdown; fails the test when absent or duplicated. */
export function cell(cells: readonly AggregatedCell[], group: string, breakdown = ''): AggregatedCell {
  const found = cells.filter((c) => c.group === group && c.breakdown === breakdown);
  if (found.length !== 1) throw new Error(`expected one cell ${group}/${breakdown}, found ${found.length}`);
  return found[0] as AggregatedCell;
}

/** `[numerator, denominator]` of a cell. */
export function counts(cells: readonly AggregatedCell[], group: string, breakdown = ''): [number | null, number | null] {
  const c = cell(cells, group, breakdown);
  return [c.numerator, c.denominator];
}

/** The cells without the standard person breakdowns (`sex=`, `generation=`, `refugee=`, `residence=`, `region=`, `menapt=`, `region_menapt=`), for tests about the others. */
export function ordinary<C extends { breakdown: string }>(cells: readonly C[]): C[] {
  return cells.filter((c) => !/^(sex|generation|refugee|residence|region|menapt|region_menapt)=/.test(c.breakdown));
}
