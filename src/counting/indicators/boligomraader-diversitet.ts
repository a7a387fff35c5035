/**
 * Diversity in the housing areas. There is no data file: the population extract's `area` column
 * is the data. For each area, and for the whole municipality (breakdown ''), the cell of group g
 * has numerator = residents of group g, denominator = all residents there; `total` has both equal
 * to all residents. Residents without an area are the catalogue's remainder cell
 * (`area=uden-omraade`), so that the areas and the remainder add up to the whole municipality.
 * Diversity and segregation indices are computed from these cells downstream.
 */
import { DELIVERY_GROUPS } from '../../origin/types.ts';
import { proportionCell } from '../proportion-cells.ts';
import { residentsAt } from '../residents.ts';
import { breakdownRemainder } from '../shipped-indicator.ts';
import type { CountedCell, AggregationInput, IndicatorOutput } from '../types.ts';

interface AreaCount {
  all: number;
  byGroup: Map<string, number>;
}

function addTo(counts: Map<string, AreaCount>, breakdown: string, group: string): void {
  const count = counts.get(breakdown) ?? { all: 0, byGroup: new Map<string, number>() };
  count.all += 1;
  count.byGroup.set(group, (count.byGroup.get(group) ?? 0) + 1);
  counts.set(breakdown, count);
}

function areaCells(breakdown: string, count: AreaCount): CountedCell[] {
  return DELIVERY_GROUPS.map((group) => proportionCell(group, breakdown, group === 'total' ? count.all : (count.byGroup.get(group) ?? 0), count.all, 1));
}

/** Group composition of every housing area and of the whole municipality. */
export function aggregateBoligomraaderDiversitet(input: AggregationInput): IndicatorOutput {
  const counts = new Map<string, AreaCount>([['', { all: 0, byGroup: new Map() }]]);
  const remainder = `area=${breakdownRemainder(input.indicatorId, 'area')}`;
  let withoutArea = 0;
  for (const { person } of residentsAt(input.persons, input.referenceDate)) {
    addTo(counts, '', person.group);
    const inArea = person.area !== null && person.area !== '';
    if (!inArea) withoutArea += 1;
    addTo(counts, inArea ? `area=${person.area}` : remainder, person.group);
  }
  // The areas in code order, the remainder last.
  const breakdowns = [...counts.keys()].filter((b) => b !== '' && b !== remainder).sort();
  if (counts.has(remainder)) breakdowns.push(remainder);
  const cells = ['', ...breakdowns].flatMap((b) => {
    const count = counts.get(b);
    return count === undefined ? [] : areaCells(b, count);
  });
  const notes: string[] = [];
  if (withoutArea > 0) notes.push(`${withoutArea} beboer(e) uden boligområde står i cellen ${remainder}; de indgår ikke i områdeindeksene.`);
  if (input.rows.length > 0) notes.push(`Indikatoren bruger ingen datafil; ${input.rows.length} række(r) er ikke læst.`);
  return { cells, unmatched: [], notes };
}
