/**
 * Suppression of a national run: every municipality's cells and the whole country's (`000`) as one
 * table for the product's one rule (`stats/suppression`). Each municipality brings its own margins
 * (groups add up to the total, age bands and areas to the whole group); the country adds one margin
 * per cell — the country is the sum of its municipalities — so that a count suppressed in one
 * municipality cannot be recovered as the country's figure minus the other municipalities'.
 */
import type { Indicator } from '../../catalogue/index.ts';
import { suppress, type Margin, type Table } from '../../stats/index.ts';
import type { Cell } from '../../store/index.ts';
import { cellKey, deliveryTable } from '../compute/index.ts';
import { WHOLE_COUNTRY } from '../../aggregate/index.ts';

/** A stored cell with the municipality it belongs to (`000` the country, '' the own municipality). */
export type MunicipalCell = Cell & { municipality: string };

/** A suppressed cell carries no figures. */
function blanked<C extends Cell>(cell: C): C {
  return { ...cell, numerator: null, denominator: null, value: null, sd: null, n: null, suppressed: true };
}

/** The key of a cell in the joint table: municipality, then the delivery's own key. */
function jointKey(municipality: string, key: string): string {
  return `${municipality}#${key}`;
}

function byMunicipality(cells: readonly MunicipalCell[]): Map<string, MunicipalCell[]> {
  const result = new Map<string, MunicipalCell[]>();
  for (const cell of cells) {
    const list = result.get(cell.municipality);
    if (list === undefined) result.set(cell.municipality, [cell]);
    else list.push(cell);
  }
  return result;
}

/** Country = Σ municipalities, for every cell the country has. */
function countryMargins(parts: ReadonlyMap<string, readonly MunicipalCell[]>): Margin[] {
  const country = parts.get(WHOLE_COUNTRY) ?? [];
  const keysOf = new Map([...parts].map(([code, cells]) => [code, new Set(cells.map(cellKey))]));
  const codes = [...parts.keys()].filter((code) => code !== WHOLE_COUNTRY);
  return country.map((cell) => {
    const key = cellKey(cell);
    const members = codes.filter((code) => keysOf.get(code)?.has(key) === true);
    return { total: jointKey(WHOLE_COUNTRY, key), parts: members.map((code) => jointKey(code, key)) };
  });
}

/** The joint table: each municipality's (and the country's) own table with prefixed keys, plus the country margins. */
function jointTable(indicator: Indicator, parts: ReadonlyMap<string, readonly MunicipalCell[]>): Table {
  const table: Table = { cells: [], margins: countryMargins(parts) };
  for (const [code, cells] of parts) {
    const own = deliveryTable(indicator, cells);
    for (const cell of own.cells) table.cells.push({ ...cell, key: jointKey(code, cell.key) });
    for (const margin of own.margins) {
      table.margins.push({ total: jointKey(code, margin.total), parts: margin.parts.map((p) => jointKey(code, p)) });
    }
  }
  return table;
}

/**
 * Blanks every cell the suppression rule withholds, across all municipalities of `cells` and the
 * country. One municipality's cells (or the own municipality's, '') are suppressed as they always
 * were: `single` is the one-delivery rule.
 */
export function suppressMunicipalities(
  indicator: Indicator,
  cells: readonly MunicipalCell[],
  threshold: number,
  single: (cells: readonly MunicipalCell[]) => MunicipalCell[],
): MunicipalCell[] {
  const parts = byMunicipality(cells);
  if (parts.size <= 1) return single(cells);
  const result = suppress(jointTable(indicator, parts), { threshold });
  const hidden = new Set(result.cells.filter((c) => c.suppressed).map((c) => c.key));
  return cells.map((c) => (hidden.has(jointKey(c.municipality, cellKey(c))) ? blanked(c) : c));
}
