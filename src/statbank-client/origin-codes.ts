/**
 * THE place where StatBank's origin codes meet the product's groups (DATA.md §1–2). Every table
 * codes origin its own way — FOLK1E's `HERKOMST` 25 is RAS200's 25 but EB4 writes `4` × `IV`,
 * STRAFNA6 only knows Danish (`1`) and foreign (`6`) — so each table gets an explicit list:
 *
 * - `categories`: which code (or combination of codes, for tables that split origin over two
 *   variables) is which origin category, and so which group it belongs to;
 * - `known`: every code the origin variables may hold. A code StatBank adds later (a new split, a
 *   renamed total) is not silently dropped: `checkTableInfo` fails with a `StatbankSchemaError`
 *   naming the table and the variable, and this file must be reviewed.
 *
 * Sources: the tables' `tableinfo` (the codes and texts below are StatBank's), Statistics Denmark's
 * documentation of herkomst, and `test/statbank/fixtures/README.md` for which tables were recorded
 * and which were built from the documented shape.
 *
 * Public data cannot identify refugees, so the target group here is non-Western immigrants and
 * descendants only (the product's own target group also holds Western refugees).
 */
import type { ContextGroup } from '../origin/types.ts';
import type { StatbankTableId } from './table-ids.ts';

/** An origin category as StatBank publishes it, in the product's words. */
export const ORIGIN_CATEGORIES = [
  'total',
  'danish',
  'danish_excl_children_of_descendants',
  'immigrants_western',
  'immigrants_non_western',
  'descendants_western',
  'descendants_non_western',
  'children_of_descendants_western',
  'children_of_descendants_non_western',
  'children_of_descendants',
  'immigrants',
  'descendants',
  'foreign_origin',
] as const;
export type OriginCategory = (typeof ORIGIN_CATEGORIES)[number];

const GROUP_OF: Readonly<Record<OriginCategory, ContextGroup>> = {
  total: 'total',
  danish: 'comparison',
  danish_excl_children_of_descendants: 'comparison',
  immigrants_western: 'other',
  immigrants_non_western: 'target',
  descendants_western: 'other',
  descendants_non_western: 'target',
  children_of_descendants_western: 'other',
  children_of_descendants_non_western: 'target',
  children_of_descendants: 'not_split',
  immigrants: 'not_split',
  descendants: 'not_split',
  foreign_origin: 'not_split',
};

/**
 * The group an origin category belongs to.
 * @example groupOf('descendants_non_western') // 'target'
 */
export function groupOf(category: OriginCategory): ContextGroup {
  return GROUP_OF[category];
}

/** One origin category of a table: the value of each origin variable that selects it. */
export interface OriginCode {
  readonly codes: Readonly<Record<string, string>>;
  readonly category: OriginCategory;
}

/** How one table codes origin. */
export interface TableOriginCodes {
  /** The origin variables, as `tableinfo` names them. */
  readonly variables: readonly string[];
  /** Every code each origin variable may hold: a code outside this list is a schema change. */
  readonly known: Readonly<Record<string, readonly string[]>>;
  readonly categories: readonly OriginCode[];
}

const one = (variable: string, pairs: readonly [string, OriginCategory][]): OriginCode[] =>
  pairs.map(([code, category]) => ({ codes: { [variable]: code }, category }));

/** `HERKOMST` with the Western / non-Western split (FOLK1E, KMSTA001; TOT where the table has it). */
const HERKOMST_WEST: readonly [string, OriginCategory][] = [
  ['1', 'danish'],
  ['24', 'immigrants_western'],
  ['25', 'immigrants_non_western'],
  ['34', 'descendants_western'],
  ['35', 'descendants_non_western'],
];

/** The crime tables STRAFNA9, STRFNA10 and STRFNA11 share one `HERKOMST` (with 21 and 31 as subtotals). */
const CRIME_HERKOMST: TableOriginCodes = {
  variables: ['HERKOMST'],
  known: { HERKOMST: ['TOT', '1', '21', '24', '25', '31', '34', '35'] },
  categories: one('HERKOMST', [['TOT', 'total'], ...HERKOMST_WEST, ['21', 'immigrants'], ['31', 'descendants']]),
};

/** Every table's origin codes. */
export const ORIGIN_CODES: Readonly<Record<StatbankTableId, TableOriginCodes>> = {
  FOLK1E: {
    variables: ['HERKOMST'],
    known: { HERKOMST: ['TOT', '1', '24', '25', '34', '35'] },
    categories: one('HERKOMST', [['TOT', 'total'], ...HERKOMST_WEST]),
  },
  EB4: {
    // Origin is herkomst × origin country group: 5A and 3A exclude the children of descendants
    // (BAE), whose Western / non-Western origin is read from IELAND (V / IV).
    variables: ['HERKOMST', 'IELAND'],
    known: { HERKOMST: ['TOT', '5A', '4', '3A', 'BAE'], IELAND: ['0000', '5100', 'V', 'IV'] },
    categories: [
      { codes: { HERKOMST: 'TOT', IELAND: '0000' }, category: 'total' },
      { codes: { HERKOMST: '5A', IELAND: '0000' }, category: 'danish_excl_children_of_descendants' },
      { codes: { HERKOMST: '4', IELAND: 'V' }, category: 'immigrants_western' },
      { codes: { HERKOMST: '4', IELAND: 'IV' }, category: 'immigrants_non_western' },
      { codes: { HERKOMST: '3A', IELAND: 'V' }, category: 'descendants_western' },
      { codes: { HERKOMST: '3A', IELAND: 'IV' }, category: 'descendants_non_western' },
      { codes: { HERKOMST: 'BAE', IELAND: 'V' }, category: 'children_of_descendants_western' },
      { codes: { HERKOMST: 'BAE', IELAND: 'IV' }, category: 'children_of_descendants_non_western' },
      { codes: { HERKOMST: 'BAE', IELAND: '0000' }, category: 'children_of_descendants' },
    ],
  },
  KMSTA001: {
    // No total: the parish's residents are the sum of the five categories.
    variables: ['HERKOMST'],
    known: { HERKOMST: ['1', '24', '25', '34', '35'] },
    categories: one('HERKOMST', HERKOMST_WEST),
  },
  RAS200: {
    variables: ['HERKOMST'],
    known: { HERKOMST: ['0', '10', '20', '24', '25', '30', '34', '35'] },
    categories: one('HERKOMST', [
      ['0', 'total'],
      ['10', 'danish'],
      ['20', 'immigrants'],
      ['24', 'immigrants_western'],
      ['25', 'immigrants_non_western'],
      ['30', 'descendants'],
      ['34', 'descendants_western'],
      ['35', 'descendants_non_western'],
    ]),
  },
  STRAFNA9: CRIME_HERKOMST,
  STRFNA10: CRIME_HERKOMST,
  STRFNA11: CRIME_HERKOMST,
  STRAFNA6: {
    // Municipal crime: only Danish origin and foreign origin (immigrants and descendants together).
    variables: ['HERKOMST1'],
    known: { HERKOMST1: ['1', '6'] },
    categories: one('HERKOMST1', [
      ['1', 'danish'],
      ['6', 'foreign_origin'],
    ]),
  },
};

/** The codes that select `category` in `table`, or undefined when the table does not have it. */
export function codesOf(table: StatbankTableId, category: OriginCategory): Readonly<Record<string, string>> | undefined {
  return ORIGIN_CODES[table].categories.find((c) => c.category === category)?.codes;
}

/** The origin category of a data row's keys in `table`, or undefined when no category matches. */
export function categoryOf(table: StatbankTableId, keys: Readonly<Record<string, string>>): OriginCategory | undefined {
  return ORIGIN_CODES[table].categories.find((c) => Object.entries(c.codes).every(([variable, code]) => keys[variable.toUpperCase()] === code))?.category;
}

/** The categories of `table` that are parts of a group (not totals or not-split subtotals). */
export function partCategories(table: StatbankTableId): OriginCategory[] {
  return ORIGIN_CODES[table].categories
    .map((c) => c.category)
    .filter((c) => GROUP_OF[c] === 'target' || GROUP_OF[c] === 'comparison' || GROUP_OF[c] === 'other');
}
