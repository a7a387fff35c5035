/**
 * The columns of each indicator's person-level data file, derived from the catalogue's
 * `person_level` so that they are declared once. The shape is the file reader's column spec
 * (`name`, `aliases`, `required` = the column must be present, `identifying`), so a list can be
 * handed to it as it is; aggregation then reads the cells by the canonical names.
 */
import { type Indicator, loadCatalogue } from '../catalogue/index.ts';

export interface DataColumn {
  /** Canonical (English, ASCII) column name. */
  readonly name: string;
  /** Accepted alternative headers (Danish), matched case-insensitively with æ/ø/å or ae/oe/aa. */
  readonly aliases: readonly string[];
  /** Whether the file must have the column; optional ones may be absent (read as empty cells). */
  readonly required: boolean;
  /** True for the person identifier (`type: id`): its values never appear in messages. */
  readonly identifying: boolean;
}

/**
 * The data-file columns of one catalogue indicator, in catalogue order.
 *
 * @example dataColumns(valgdeltagelse) // [{ name: 'person_id', aliases: ['cpr'], required: true, identifying: true }, { name: 'voted', … }]
 */
export function dataColumns(indicator: Indicator): DataColumn[] {
  return indicator.person_level.map((column) => ({
    name: column.name,
    aliases: column.alias === undefined ? [] : [column.alias],
    required: column.required,
    identifying: column.type === 'id',
  }));
}

/**
 * Columns per indicator id of the shipped catalogue; `boligomraader-diversitet` has none (it
 * needs no data file).
 */
export const INDICATOR_COLUMNS: Readonly<Record<string, readonly DataColumn[]>> = Object.freeze(
  Object.fromEntries(loadCatalogue().indicators.map((indicator) => [indicator.id, Object.freeze(dataColumns(indicator))])),
);
