/**
 * The relations a delivery with several municipalities adds to its suppression table: the whole
 * country (`000`) is the sum of the municipalities, for every group × breakdown. With them the
 * suppression rule protects a municipality's small cell also against subtraction from the
 * country's figure (secondary suppression across municipalities).
 *
 * Within one municipality the usual relations (groups add up to the total, a breakdown adds up to
 * its group) apply unchanged: cell keys carry the municipality, so `delivery-table.ts` builds them
 * per municipality.
 */
import type { Margin } from '../../stats/index.ts';
import type { Cell } from '../../cells/index.ts';
import { WHOLE_COUNTRY_CODE } from '../../municipalities/index.ts';
import { cellKey } from './delivery-table.ts';

/**
 * `000` = Σ municipalities for every group × breakdown that the delivery holds for `000` and for at
 * least one municipality. The table builder checks the counts against the relation: parts that
 * hold more than the country are no partition (no relation is used), and persons the parts leave
 * out (municipalities the file does not hold, persons without a municipality) become the
 * relation's unpublished remainder, protected like any cell.
 * @example municipalityMargins([000 target 30/100, 101 target 20/60, 147 target 10/40])
 *   // [{ total: '000|target|', parts: ['101|target|', '147|target|'] }]
 */
export function municipalityMargins(cells: readonly Cell[]): Margin[] {
  const country = new Map<string, Cell>();
  const parts = new Map<string, string[]>();
  for (const c of cells) {
    const place = `${c.group}|${c.breakdown}`;
    if (c.municipality === WHOLE_COUNTRY_CODE) country.set(place, c);
    else parts.set(place, [...(parts.get(place) ?? []), cellKey(c)]);
  }
  const margins: Margin[] = [];
  for (const [place, whole] of country) {
    const members = parts.get(place) ?? [];
    if (members.length > 0) margins.push({ total: cellKey(whole), parts: members });
  }
  return margins;
}
