/**
 * The catalogue entry behind an indicator's aggregation rules. The facts a rule depends on — its
 * person-level columns and their codes, the scale of its value, the range of a mean — live once,
 * in the shipped catalogue (`src/catalogue/indicators/*.yaml`); the rules read them from here
 * rather than keeping copies. (Age bands are the exception: the caller passes them in, see
 * `AggregationInput.ageBands`.)
 */
import { type Indicator, loadCatalogue, type PersonLevelColumn } from '../catalogue/index.ts';

/** The shipped catalogue's indicator with this id; throws when the catalogue has none. */
export function shippedIndicator(id: string): Indicator {
  const indicator = loadCatalogue().get(id);
  if (indicator === undefined) throw new Error(`Indikatorkataloget har ingen indikator "${id}".`);
  return indicator;
}

/** The person-level column `name` of the indicator; throws when the catalogue does not declare it. */
export function personLevelColumn(indicatorId: string, name: string): PersonLevelColumn {
  const column = shippedIndicator(indicatorId).person_level.find((c) => c.name === name);
  if (column === undefined) throw new Error(`Indikatorkataloget har ingen kolonne "${name}" for "${indicatorId}".`);
  return column;
}

/**
 * What a proportion's value is multiplied by: 1,000 for a rate per 1,000 (`measure.per`), 1 for a
 * share (a fraction such as 0.352) and for the area shares behind an index.
 */
export function valueFactor(indicatorId: string): number {
  const measure = shippedIndicator(indicatorId).measure;
  return measure.kind === 'rate' ? measure.per : 1;
}

/** The code of the breakdown's remainder cell (persons outside every listed value); throws when none is declared. */
export function breakdownRemainder(indicatorId: string, key: string): string {
  const remainder = shippedIndicator(indicatorId).breakdowns.find((b) => b.key === key)?.remainder;
  if (remainder === undefined) throw new Error(`Indikatorkataloget har ingen restkode for opdelingen "${key}" i "${indicatorId}".`);
  return remainder.code;
}
