/**
 * Results from the store: the latest delivery of every indicator × period, through `compute`.
 * The one function the CLI, the web application and the report call to get figures.
 */
import { type Catalogue, type DefinitionUsed, definitionUsed, type Indicator } from '../catalogue/index.ts';
import type { Store } from '../store/index.ts';
import type { DeliveryStatus } from '../cells/index.ts';
import { type ComputedResults, computeResults } from './compute/index.ts';
import type { ResultRow } from '../cells/index.ts';

export interface ResultsOptions {
  threshold: number;
  /** Only deliveries in these states (e.g. published ones for readers); all when absent. */
  statuses?: readonly DeliveryStatus[];
  /** Only this municipality's results (three-digit code, `000` = the whole country); all when absent. */
  municipality?: string;
}

/**
 * Every result of the store's latest deliveries. Suppression is decided on whole deliveries (all
 * their municipalities) before `municipality` picks one, so a single municipality's figures are
 * the same whether asked for alone or with the others.
 */
export async function loadResults(store: Store, catalogue: Catalogue, options: ResultsOptions): Promise<ComputedResults> {
  const deliveries = await store.latestDeliveries(options.statuses ? { status: [...options.statuses] } : {});
  const all = computeResults(catalogue, deliveries, { threshold: options.threshold });
  const { municipality } = options;
  if (municipality === undefined) return all;
  const mine = <T extends { municipality: string }>(rows: readonly T[]) => rows.filter((r) => r.municipality === municipality);
  return { rows: mine(all.rows), areas: mine(all.areas), segregation: mine(all.segregation) };
}

/**
 * The definition a figure follows, as the last three columns of every table (issue 14): its hash
 * (as the JSON-stat export and `import` compare it), the variant, and what is counted, in Danish
 * (the catalogue's first language). Empty for an indicator the catalogue does not have.
 */
export const DEFINITION_COLUMNS = ['definition_hash', 'variant', 'definition_text'] as const;

export function definitionValues(used: DefinitionUsed | null): [string, string, string] {
  return used === null ? ['', '', ''] : [used.hash, used.variant ?? '', used.text.da];
}

/**
 * What a result column holds, so that a spreadsheet can type it: `measure` is in the indicator's
 * unit (a share, a rate, a count or a mean) and `difference` a difference of two measures.
 */
export type ResultColumnKind = 'text' | 'integer' | 'measure' | 'difference' | 'boolean';

type ResultValue = string | number | boolean | null;

interface ResultColumn {
  readonly name: string;
  readonly kind: ResultColumnKind;
  /** The column's value; `used` is the definition the row follows (null for an indicator the catalogue does not have). */
  read(r: ResultRow, used: DefinitionUsed | null): ResultValue;
}

/**
 * The result columns, described once: `indikator compute --out` writes them (DATA.md §5's fourteen
 * first, then the product's additions) and the dashboard's downloads start with them.
 */
export const RESULT_COLUMN_SPECS: readonly ResultColumn[] = [
  { name: 'municipality', kind: 'text', read: (r) => r.municipality },
  { name: 'indicator', kind: 'text', read: (r) => r.indicator },
  { name: 'period', kind: 'text', read: (r) => r.period },
  { name: 'group', kind: 'text', read: (r) => r.group },
  { name: 'breakdown', kind: 'text', read: (r) => r.breakdown },
  { name: 'numerator', kind: 'integer', read: (r) => r.numerator },
  { name: 'denominator', kind: 'integer', read: (r) => r.denominator },
  { name: 'value', kind: 'measure', read: (r) => r.value },
  { name: 'ci_low', kind: 'measure', read: (r) => r.ciLow },
  { name: 'ci_high', kind: 'measure', read: (r) => r.ciHigh },
  { name: 'n', kind: 'integer', read: (r) => r.n },
  { name: 'suppressed', kind: 'boolean', read: (r) => r.suppressed },
  { name: 'gap', kind: 'difference', read: (r) => r.gap },
  { name: 'definition', kind: 'text', read: (r) => r.definition },
  { name: 'third_generation', kind: 'boolean', read: (r) => r.thirdGeneration },
  { name: 'gap_ci_low', kind: 'difference', read: (r) => r.gapCiLow },
  { name: 'gap_ci_high', kind: 'difference', read: (r) => r.gapCiHigh },
  { name: 'standardised_value', kind: 'measure', read: (r) => r.standardised?.value ?? null },
  { name: 'standardised_ci_low', kind: 'measure', read: (r) => r.standardised?.ciLow ?? null },
  { name: 'standardised_ci_high', kind: 'measure', read: (r) => r.standardised?.ciHigh ?? null },
  { name: 'change_since_previous', kind: 'difference', read: (r) => r.change.sincePrevious?.difference ?? null },
  { name: 'change_since_previous_significant', kind: 'boolean', read: (r) => r.change.sincePrevious?.significant ?? null },
  { name: 'change_since_first', kind: 'difference', read: (r) => r.change.sinceFirst?.difference ?? null },
  { name: 'change_since_first_significant', kind: 'boolean', read: (r) => r.change.sinceFirst?.significant ?? null },
  { name: 'status', kind: 'text', read: (r) => r.status },
  { name: 'status_since_first', kind: 'text', read: (r) => r.longTerm },
  { name: 'delivery_version', kind: 'integer', read: (r) => r.delivery.version },
  { name: 'standardised_gap', kind: 'difference', read: (r) => r.standardisedGap?.gap ?? null },
  { name: 'standardised_gap_ci_low', kind: 'difference', read: (r) => r.standardisedGap?.ciLow ?? null },
  { name: 'standardised_gap_ci_high', kind: 'difference', read: (r) => r.standardisedGap?.ciHigh ?? null },
  { name: 'standardised_missing', kind: 'text', read: (r) => r.standardisedMissing ?? '' },
  { name: 'status_basis', kind: 'text', read: (r) => r.statusBasis ?? '' },
  { name: 'status_reason', kind: 'text', read: (r) => r.statusReason ?? '' },
  ...DEFINITION_COLUMNS.map((name, i): ResultColumn => ({ name, kind: 'text', read: (_r, used) => definitionValues(used)[i] as string })),
];

/** The names of `RESULT_COLUMN_SPECS`, the header of `indikator compute`. */
export const RESULT_COLUMNS: readonly string[] = RESULT_COLUMN_SPECS.map((c) => c.name);

/** One result as a CSV row in `RESULT_COLUMNS` order, with the definition the catalogue gives its indicator. */
export function resultCsvRow(r: ResultRow, catalogue: Pick<Catalogue, 'get'>): ResultValue[] {
  const indicator = catalogue.get(r.indicator);
  const used = indicator === undefined ? null : definitionUsed(indicator, r.breakdown);
  return RESULT_COLUMN_SPECS.map((c) => c.read(r, used));
}

/** A result as the API gives it: with the hash and the variant of the definition it follows (issue 14). */
export type ResultWithDefinition = ResultRow & { readonly definitionHash: string; readonly variant: string | null };

/** The indicator's rows, each with the definition it follows (`definitionUsed`). */
export function withDefinition(rows: readonly ResultRow[], indicator: Indicator): ResultWithDefinition[] {
  return rows.map((r) => {
    const used = definitionUsed(indicator, r.breakdown);
    return { ...r, definitionHash: used.hash, variant: used.variant };
  });
}
