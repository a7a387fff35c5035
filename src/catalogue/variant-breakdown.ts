/**
 * The computed second figures (issue 14): a variant other than the default that the product
 * computes is published beside the default as its own named series — the cells `variant=<id>` of
 * each group, never mixed into the default's cells. The loader adds the `variant` breakdown from
 * the variants, so every path that knows breakdowns (the page's choice of breakdown, its tables
 * and charts, the API, the CSV and JSON-stat exports, the report, an aggregated file's check)
 * knows the second figure by its label too; the suppression table relates it to the default by
 * the variant's `relation` instead of as a partition (`services/compute/delivery-table.ts`).
 */
import type { Breakdown } from './schema/breakdown-schema.ts';
import { VARIANT_KEY, type Variant } from './schema/definition-schema.ts';
import type { Indicator } from './schema/indicator-schema.ts';

/** The computed variants published beside the default, in catalogue order. */
export function secondFigures(indicator: Pick<Indicator, 'variants'>): Variant[] {
  return indicator.variants.filter((v) => v.computed && !v.default);
}

/** The second figure a breakdown (`variant=running`) is, or undefined for any other breakdown. */
export function secondFigureOf(indicator: Pick<Indicator, 'variants'>, breakdown: string): Variant | undefined {
  const prefix = `${VARIANT_KEY}=`;
  if (!breakdown.startsWith(prefix)) return undefined;
  const id = breakdown.slice(prefix.length);
  return secondFigures(indicator).find((v) => v.id === id);
}

/** The `variant` breakdown of an indicator with second figures; undefined without any. */
function variantBreakdown(indicator: Indicator): Breakdown | undefined {
  const figures = secondFigures(indicator);
  if (figures.length === 0) return undefined;
  return {
    key: VARIANT_KEY,
    label: { da: 'Anden definition', en: 'Other definition' },
    open: false,
    values: figures.map((v) => ({ code: v.id, label: v.label })),
    // Not a partition of the group: `delivery-table.ts` relates each value to the default by its relation.
    splits: 'population',
  };
}

/** The indicator with its `variant` breakdown last, where it has second figures. */
export function withVariantBreakdown(indicator: Indicator): Indicator {
  const breakdown = variantBreakdown(indicator);
  return breakdown === undefined ? indicator : { ...indicator, breakdowns: [...indicator.breakdowns, breakdown] };
}
