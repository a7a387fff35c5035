/**
 * Reads the ministry's list of housing areas (the 1 December list, Almenboligloven § 61 a) as the
 * municipality copies it into a file: one row per area with its residents, the four social
 * criteria's figures and the non-Western share, as the ministry publishes them (percentages,
 * two-year averages where the law says so). The rows are ready aggregates — no person is read —
 * so the legal criteria are applied to exactly the figures the ministry lists.
 *
 * Every bad cell is collected with file, row and column (Danish and English); nothing is kept
 * when the file has any problem.
 */
import {
  type ColumnSpec,
  createErrorCollector,
  createRecordReader,
  invalid,
  ok,
  openTable,
  parseCount,
  parseDecimal,
  parseFreeText,
  type ParseResult,
  type RecordRow,
} from '../../ingest/index.ts';
import type { AreaCriteriaFigures } from '../../stats/index.ts';

/** The list's columns: canonical names with the Danish aliases a municipality writes. */
export const AREA_LIST_COLUMNS = [
  { name: 'area', aliases: ['boligomraade', 'omraade', 'omraadekode'], required: true, freeText: true },
  { name: 'residents', aliases: ['beboere', 'antal_beboere'], required: true },
  { name: 'outside_work_education_pct', aliases: ['uden_for_arbejde_uddannelse_pct', 'uden_tilknytning_pct'], required: true },
  { name: 'convicted_pct', aliases: ['doemte_pct', 'domfaeldte_pct'], required: true },
  { name: 'convicted_national_pct', aliases: ['doemte_landsgennemsnit_pct', 'landsgennemsnit_doemte_pct'], required: true },
  { name: 'basic_education_pct', aliases: ['grunduddannelse_pct', 'kun_grunduddannelse_pct'], required: true },
  { name: 'income_of_region_pct', aliases: ['indkomst_pct_af_region', 'bruttoindkomst_pct_af_region'], required: true },
  { name: 'non_western_pct', aliases: ['ikke_vestlige_pct', 'ikke_vestlig_andel_pct'], required: true },
] as const satisfies readonly ColumnSpec[];

type Column = (typeof AREA_LIST_COLUMNS)[number]['name'];

/** The percentage columns, with the field of the figures each fills. */
const PERCENT_FIELDS = [
  ['outside_work_education_pct', 'outsideWorkOrEducation'],
  ['convicted_pct', 'convicted'],
  ['convicted_national_pct', 'convictedNationally'],
  ['basic_education_pct', 'basicEducationOnly'],
  ['income_of_region_pct', 'incomeOfRegion'],
  ['non_western_pct', 'nonWestern'],
] as const satisfies readonly (readonly [Column, keyof AreaCriteriaFigures])[];

/** A percentage 0–100 (the income may exceed 100 % of the region's mean; capped at 1,000 as a typo guard). */
function percentParser(decimal: ',' | '.', max: number): (text: string) => ParseResult<number> {
  return (text) => {
    const parsed = parseDecimal(text, decimal);
    if (parsed.kind !== 'ok') return parsed;
    if (parsed.value < 0 || parsed.value > max) {
      return invalid(`forventet en procent mellem 0 og ${max} (fx 45,2)`, `expected a percentage between 0 and ${max} (e.g. 45.2)`);
    }
    return ok(parsed.value / 100);
  };
}

/** The list's areas in file order; throws `InputErrors` naming every bad cell and every repeated area. */
export async function readAreaList(file: string): Promise<AreaCriteriaFigures[]> {
  const source = await openTable(file);
  const errors = createErrorCollector();
  const reader = createRecordReader(source, AREA_LIST_COLUMNS, errors);
  const share = percentParser(source.decimal, 100);
  const income = percentParser(source.decimal, 1000);
  const areas: AreaCriteriaFigures[] = [];
  const seen = new Set<string>();
  for await (const row of reader.rows()) {
    const figures = readRow(row, (column) => (column === 'income_of_region_pct' ? income : share), source.decimal);
    if (figures === null) continue;
    if (seen.has(figures.area)) {
      row.fail('area', { da: 'området står mere end én gang på listen', en: 'the area is on the list more than once' });
      continue;
    }
    seen.add(figures.area);
    areas.push(figures);
  }
  errors.throwIfAny();
  return areas;
}

function readRow(row: RecordRow<Column>, parserOf: (column: Column) => (text: string) => ParseResult<number>, decimal: ',' | '.'): AreaCriteriaFigures | null {
  const area = row.parse('area', parseFreeText, { required: true });
  const residents = row.parse('residents', (t) => parseCount(t, decimal), { required: true });
  const figures: Partial<Record<keyof AreaCriteriaFigures, number>> = {};
  for (const [column, field] of PERCENT_FIELDS) {
    const value = row.parse(column, parserOf(column), { required: true });
    if (value !== null) figures[field] = value;
  }
  if (area === null || residents === null || Object.keys(figures).length < PERCENT_FIELDS.length) return null;
  return { area, residents, ...(figures as Omit<AreaCriteriaFigures, 'area' | 'residents'>) };
}
