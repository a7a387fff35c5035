/**
 * Diversity in the housing areas. There is no data file: the population extract's `area` column
 * is the data. For each area, and for the whole municipality (breakdown ''), the cell of group g
 * has numerator = residents of group g, denominator = all residents there; `total` has both equal
 * to all residents. Residents without an area are the catalogue's remainder cell
 * (`area=uden-omraade`), so that the areas and the remainder add up to the whole municipality.
 * Diversity and segregation indices are computed from these cells downstream.
 */
import { DELIVERY_GROUPS } from '../../origin/types.ts';
import { getOrCreate } from '../get-or-create.ts';
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

/** The counts of one municipality (or of an extract without municipalities), by breakdown: '' and each area. */
type AreaCounts = Map<string, AreaCount>;

function emptyCounts(): AreaCounts {
  return new Map([['', { all: 0, byGroup: new Map() }]]);
}

/** The cells of the counts: the whole, the areas in code order, the remainder last. */
function cellsOf(counts: AreaCounts, remainder: string): CountedCell[] {
  const breakdowns = [...counts.keys()].filter((b) => b !== '' && b !== remainder).sort();
  if (counts.has(remainder)) breakdowns.push(remainder);
  return ['', ...breakdowns].flatMap((b) => {
    const count = counts.get(b);
    return count === undefined ? [] : areaCells(b, count);
  });
}

/** Every municipality's counts added up (a country's area cells are not written: an area code is local). */
function merged(parts: Iterable<AreaCounts>): AreaCounts {
  const whole = emptyCounts();
  for (const counts of parts) {
    for (const [breakdown, count] of counts) {
      const into = getOrCreate(whole, breakdown, () => ({ all: 0, byGroup: new Map<string, number>() }));
      into.all += count.all;
      for (const [group, n] of count.byGroup) into.byGroup.set(group, (into.byGroup.get(group) ?? 0) + n);
    }
  }
  return whole;
}

/**
 * Group composition of every housing area and of the whole municipality; in a national extract,
 * each municipality's in the same pass over the residents.
 */
export function aggregateBoligomraaderDiversitet(input: AggregationInput): IndicatorOutput {
  const byMunicipality = new Map<string, AreaCounts>();
  const remainder = `area=${breakdownRemainder(input.indicatorId, 'area')}`;
  // An area's breakdown text once per area, not once per resident.
  const areaBreakdown = new Map<string, string>();
  let withoutArea = 0;
  for (const { person } of residentsAt(input.persons, input.referenceDate)) {
    const counts = getOrCreate(byMunicipality, person.municipality ?? '', emptyCounts);
    addTo(counts, '', person.group);
    const area = person.area;
    if (area === null || area === '') {
      withoutArea += 1;
      addTo(counts, remainder, person.group);
    } else
      addTo(
        counts,
        getOrCreate(areaBreakdown, area, () => `area=${area}`),
        person.group,
      );
  }
  const notes: string[] = [];
  if (withoutArea > 0) notes.push(`${withoutArea} beboer(e) uden boligområde står i cellen ${remainder}; de indgår ikke i områdeindeksene.`);
  if (input.rows.length > 0) notes.push(`Indikatoren bruger ingen datafil; ${input.rows.length} række(r) er ikke læst.`);
  return {
    cells: cellsOf(merged(byMunicipality.values()), remainder),
    cellsOf: (municipality) => cellsOf(byMunicipality.get(municipality) ?? emptyCounts(), remainder),
    unmatched: [],
    notes,
  };
}
