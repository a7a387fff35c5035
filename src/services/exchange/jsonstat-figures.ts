/**
 * Published figures as a JSON-stat 2.0 dataset (the format Statistics Denmark and Eurostat publish)
 * and back. Dimensions: indicator × period × municipality × group × breakdown × measure; values are
 * sparse (an object keyed by the flat index). A suppressed figure has every measure null with the
 * status `..` (Statistics Denmark's mark for a figure that cannot be shown). The product's own
 * metadata — the definitions' hashes, the product version, the source — is in `extension.indikator`.
 */
import { z } from 'zod';
import { DELIVERY_GROUPS, type DeliveryGroup } from '../../origin/types.ts';
import type { ComparisonFigure } from '../../store/index.ts';
import type { Localized } from '../../language/index.ts';

/** The measures of a published figure, in the file's order. */
export const EXCHANGE_MEASURES = ['value', 'ci_low', 'ci_high', 'n', 'gap'] as const;
type Measure = (typeof EXCHANGE_MEASURES)[number];

/** JSON-stat's status for a suppressed figure. */
export const SUPPRESSED_STATUS = '..';

/** The product's metadata in the file. */
export interface ExchangeMeta {
  /** Who published the figures, e.g. `Demo Kommune (999)`. */
  source: string;
  exportedAt: string;
  productVersion: string;
  definitionsHash: string;
  indicatorHashes: Record<string, string>;
  /** Per exported indicator: the official definition it follows or deviates from, and the variant its figures follow. */
  definitions: Record<string, ExportedDefinition>;
  synthetic: boolean;
}

/** What a receiver needs to know about an indicator's definition beside its hash (issue 14). */
export interface ExportedDefinition {
  officialDefinition: { status: string; source: Localized; url?: string; note?: Localized };
  /** The id of the variant the figures follow; null when the indicator has one definition. */
  variant: string | null;
  /** What is counted, in a sentence or two (`definitionUsed`: the variant's definition, else the population and the numerator). */
  definition: Localized;
  /**
   * The other definitions published beside it as second figures (the `breakdown` dimension's
   * `variant=<id>` categories), each with its definition and relation to the default; absent
   * when there are none.
   */
  secondFigures?: {
    id: string;
    label: Localized;
    definition: Localized;
    relation: string;
    /** `measures_of`: the figure of persons the measures are of. */
    of?: string;
    /** `within_default_among`: the breakdowns' values the figure's persons are among. */
    among?: Readonly<Record<string, readonly string[]>>;
  }[];
}

const DIMENSIONS = ['indicator', 'period', 'municipality', 'group', 'breakdown', 'measure'] as const;

function read(f: ComparisonFigure, m: Measure): number | null {
  const values: Record<Measure, number | null> = { value: f.value, ci_low: f.ciLow, ci_high: f.ciHigh, n: f.n, gap: f.gap };
  return values[m];
}

function categories(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

/** The dataset for `figures` (published, already suppressed) with `meta`. */
export function toJsonStat(
  figures: readonly ComparisonFigure[],
  meta: ExchangeMeta,
  labels: { indicator: (id: string) => string; municipality: (code: string) => string },
) {
  const cats = {
    indicator: categories(figures.map((f) => f.indicator)),
    period: categories(figures.map((f) => f.period)),
    municipality: categories(figures.map((f) => f.municipality)),
    group: DELIVERY_GROUPS.filter((g) => figures.some((f) => f.group === g)),
    breakdown: categories(figures.map((f) => f.breakdown)),
    measure: [...EXCHANGE_MEASURES] as string[],
  };
  const size = DIMENSIONS.map((d) => cats[d].length);
  const positions = DIMENSIONS.map((d) => new Map(cats[d].map((c, i) => [c, i])));
  const value: Record<string, number | null> = {};
  const status: Record<string, string> = {};
  for (const f of figures) {
    const at = [f.indicator, f.period, f.municipality, f.group, f.breakdown];
    let base = 0;
    at.forEach((c, i) => {
      base = (base + (positions[i]?.get(c) ?? 0)) * (size[i + 1] ?? 1);
    });
    EXCHANGE_MEASURES.forEach((m, j) => {
      const v = f.suppressed ? null : read(f, m);
      // `value` is always written, so that every figure the file holds is visible; other measures only when they exist.
      if (m === 'value' || v !== null || f.suppressed) value[String(base + j)] = v;
      if (f.suppressed) status[String(base + j)] = SUPPRESSED_STATUS;
    });
  }
  const dimension = (id: (typeof DIMENSIONS)[number], label: string, name?: (c: string) => string) => ({
    label,
    category: {
      index: cats[id],
      ...(name ? { label: Object.fromEntries(cats[id].map((c) => [c, name(c)])) } : {}),
    },
  });
  return {
    version: '2.0',
    class: 'dataset',
    label: `Integrationsindikatorer — ${meta.source}`,
    source: meta.source,
    updated: meta.exportedAt,
    id: [...DIMENSIONS],
    size,
    role: { time: ['period'], geo: ['municipality'], metric: ['measure'] },
    dimension: {
      indicator: dimension('indicator', 'Indikator / indicator', labels.indicator),
      period: dimension('period', 'Periode / period'),
      municipality: dimension('municipality', 'Kommune / municipality', labels.municipality),
      group: dimension('group', 'Gruppe / group'),
      breakdown: dimension('breakdown', 'Opdeling / breakdown', (c) => (c === '' ? 'I alt / all' : c)),
      measure: dimension('measure', 'Mål / measure'),
    },
    value,
    ...(Object.keys(status).length > 0 ? { status } : {}),
    extension: { indikator: { format: 1, ...meta } },
  };
}

const categorySchema = z.object({ index: z.union([z.array(z.string()), z.record(z.string(), z.number().int())]) }).passthrough();

/** What the import needs from a JSON-stat dataset written by `toJsonStat`. */
export const exchangeFileSchema = z.object({
  version: z.literal('2.0'),
  class: z.literal('dataset'),
  id: z.array(z.string()),
  size: z.array(z.number().int().nonnegative()),
  dimension: z.record(z.string(), z.object({ category: categorySchema }).passthrough()),
  value: z.union([z.array(z.number().nullable()), z.record(z.string(), z.number().nullable())]),
  status: z.union([z.string(), z.array(z.string().nullable()), z.record(z.string(), z.string())]).optional(),
  extension: z.object({
    indikator: z.object({
      format: z.literal(1),
      source: z.string().min(1),
      exportedAt: z.string().min(1),
      productVersion: z.string().min(1),
      definitionsHash: z.string().min(1),
      indicatorHashes: z.record(z.string(), z.string()),
      // Files from versions before issue 14 have no definitions; they are informative only.
      definitions: z.record(z.string(), z.unknown()).optional(),
      synthetic: z.boolean(),
    }),
  }),
});
export type ExchangeFile = z.infer<typeof exchangeFileSchema>;

function indexList(index: string[] | Record<string, number>): string[] {
  if (Array.isArray(index)) return index;
  return Object.entries(index)
    .sort(([, a], [, b]) => a - b)
    .map(([c]) => c);
}

/** The figures of a parsed file; throws a plain Error naming what is malformed. */
export function figuresFromJsonStat(file: ExchangeFile): ComparisonFigure[] {
  if (file.id.join(',') !== DIMENSIONS.join(',')) throw new Error(`dimensions ${file.id.join(', ')} — expected ${DIMENSIONS.join(', ')}`);
  const cats = DIMENSIONS.map((d) => indexList(file.dimension[d]?.category.index ?? []));
  cats.forEach((c, i) => {
    if (c.length !== file.size[i]) throw new Error(`dimension ${DIMENSIONS[i]} has ${c.length} categories, size says ${file.size[i]}`);
  });
  const measures = cats[5] ?? [];
  if (measures.join(',') !== EXCHANGE_MEASURES.join(',')) throw new Error(`measures ${measures.join(', ')} — expected ${EXCHANGE_MEASURES.join(', ')}`);
  const value = Array.isArray(file.value) ? Object.fromEntries(file.value.map((v, i) => [String(i), v])) : file.value;
  const status =
    file.status === undefined || typeof file.status === 'string'
      ? {}
      : Array.isArray(file.status)
        ? Object.fromEntries(file.status.map((v, i) => [String(i), v]))
        : file.status;
  const figures = new Map<number, ComparisonFigure>();
  for (const [key, v] of Object.entries(value)) {
    const flat = Number(key);
    if (!Number.isInteger(flat)) throw new Error(`value key "${key}" is not an index`);
    const m = flat % EXCHANGE_MEASURES.length;
    const base = flat - m;
    let rest = base / EXCHANGE_MEASURES.length;
    const at: string[] = [];
    for (let i = 4; i >= 0; i--) {
      const n = file.size[i] ?? 1;
      at[i] = cats[i]?.[rest % n] ?? '';
      rest = Math.floor(rest / n);
    }
    const group = at[3] as DeliveryGroup;
    if (!DELIVERY_GROUPS.includes(group)) throw new Error(`group "${at[3]}" is not one of ${DELIVERY_GROUPS.join(', ')}`);
    const suppressed = status[key] === SUPPRESSED_STATUS;
    const figure = figures.get(base) ?? {
      indicator: at[0] ?? '',
      period: at[1] ?? '',
      municipality: at[2] ?? '',
      group,
      breakdown: at[4] ?? '',
      value: null,
      ciLow: null,
      ciHigh: null,
      n: null,
      gap: null,
      suppressed,
    };
    figure.suppressed ||= suppressed;
    const measure = EXCHANGE_MEASURES[m];
    if (measure === 'value') figure.value = v;
    else if (measure === 'ci_low') figure.ciLow = v;
    else if (measure === 'ci_high') figure.ciHigh = v;
    else if (measure === 'n') figure.n = v;
    else figure.gap = v;
    figures.set(base, figure);
  }
  return [...figures.entries()].sort(([a], [b]) => a - b).map(([, f]) => f);
}
