/**
 * StatBank's `JSONSTAT` answer — a JSON-stat dataset (the 1.x `{"dataset": …}` bundle that StatBank
 * sends, or a JSON-stat 2.0 dataset) — into the same rows as the CSV parser: one row per cell of the
 * cube, keyed by the upper-case variable ids, codes as values. A metric dimension of size one
 * (StatBank's `ContentsCode`) names the table's figure rather than a variable and is dropped, as in
 * the CSV answer.
 */
import { StatbankResponseError } from './errors.ts';
import { JsonStatDimensionSchema, JsonStatSchema, JsonStatV1LayoutSchema } from './schemas.ts';
import type { StatbankData, StatbankRow } from './types.ts';

interface Dimension {
  id: string;
  codes: string[];
  labels: Record<string, string>;
}

interface Layout {
  ids: string[];
  sizes: number[];
  metric: string[];
  dimensions: Record<string, unknown>;
  values: readonly (number | null)[] | Readonly<Record<string, number | null>>;
}

function fail(table: string, detail: string, cause?: unknown): never {
  throw new StatbankResponseError('data', `${table}: ${detail}`, cause === undefined ? undefined : { cause });
}

function layoutOf(json: unknown, table: string): Layout {
  const parsed = JsonStatSchema.safeParse(json);
  if (!parsed.success) fail(table, 'not a JSON-stat dataset', parsed.error);
  const data = parsed.data;
  if ('dataset' in data) {
    const { id, size, role, ...dimensions } = data.dataset.dimension;
    const layout = JsonStatV1LayoutSchema.safeParse({ id, size, role });
    if (!layout.success) fail(table, 'JSON-stat dimension without id and size', layout.error);
    return { ids: layout.data.id, sizes: layout.data.size, metric: layout.data.role?.metric ?? [], dimensions, values: data.dataset.value };
  }
  return { ids: data.id, sizes: data.size, metric: data.role?.metric ?? [], dimensions: data.dimension, values: data.value };
}

function dimensionOf(layout: Layout, id: string, size: number, table: string): Dimension {
  const parsed = JsonStatDimensionSchema.safeParse(layout.dimensions[id]);
  if (!parsed.success) fail(table, `dimension ${id} has no categories`, parsed.error);
  const { index, label } = parsed.data.category;
  const codes = Array.isArray(index)
    ? [...index]
    : Object.entries(index)
        .sort((a, b) => a[1] - b[1])
        .map(([code]) => code);
  if (codes.length !== size) fail(table, `dimension ${id} lists ${codes.length} categories, its size is ${size}`);
  return { id, codes, labels: label ?? {} };
}

function valueAt(values: Layout['values'], index: number): number | null {
  const value = Array.isArray(values) ? values[index] : (values as Readonly<Record<string, number | null>>)[String(index)];
  return value ?? null;
}

/**
 * Parses a JSON-stat answer of `table`.
 * @example parseJsonStat({ dataset: { dimension: { Tid: {…}, id: ['Tid'], size: [1] }, value: [227774] } }, 'STRAF42')
 *   // rows: [{ keys: { TID: '2024' }, value: 227774 }]
 */
export function parseJsonStat(json: unknown, table: string): StatbankData {
  const layout = layoutOf(json, table);
  if (layout.ids.length !== layout.sizes.length) fail(table, 'dimension id and size differ in length');
  const dims = layout.ids.map((id, i) => dimensionOf(layout, id, layout.sizes[i] ?? 0, table));
  const kept = dims.filter((d) => !(layout.metric.includes(d.id) && d.codes.length === 1));
  const cells = dims.reduce((n, d) => n * d.codes.length, 1);
  const rows: StatbankRow[] = [];
  for (let index = 0; index < cells; index++) {
    const positions: number[] = [];
    let rest = index;
    for (let d = dims.length - 1; d >= 0; d--) {
      const size = (dims[d] as Dimension).codes.length;
      positions[d] = rest % size;
      rest = Math.floor(rest / size);
    }
    const keys: Record<string, string> = {};
    dims.forEach((dim, d) => {
      if (kept.includes(dim)) keys[dim.id.toUpperCase()] = dim.codes[positions[d] ?? 0] as string;
    });
    rows.push({ keys, value: valueAt(layout.values, index) });
  }
  const labels = Object.fromEntries(kept.map((d) => [d.id.toUpperCase(), d.labels]));
  return { table, format: 'JSONSTAT', columns: kept.map((d) => d.id.toUpperCase()), rows, labels };
}
