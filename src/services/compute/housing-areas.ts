/**
 * The housing-area view of the diversity indicator: per area the target group's share and the
 * Simpson and Shannon diversity of the three groups, and across areas the dissimilarity index,
 * isolation, exposure and Theil's H — over all residents.
 *
 * An area with a suppressed group count cannot be a unit of its own (its counts are unknown to
 * the reader). Leaving it out would compute the indices over a different population (a hand case:
 * D 0.101 instead of 0.468). Instead every such area is pooled into one unit whose group counts
 * are the municipality's minus the published areas' (`stats/withPooledUnit`). Residents without
 * a housing area (the catalogue's remainder cell) live in no area: when their cell is published
 * they are taken out of the whole first; when it is suppressed they cannot be told apart and stay
 * in the pooled unit. Those differences are already derivable from the published
 * cells, so the indices reveal nothing beyond what is published; the suppression rule is what
 * keeps each suppressed cell unrecoverable from them. The coverage (share of residents in
 * published areas) and the number of pooled areas say how much was pooled.
 */
import { type AreaCounts, areaDiversity, dissimilarityIndex, exposureIndex, isolationIndex, theilIndex, withPooledUnit } from '../../stats/index.ts';
import { GROUPS } from '../../origin/types.ts';
import type { Cell } from '../../cells/index.ts';
import { type AreaRow, type SegregationReason, type SegregationRow, withheldArea } from '../../cells/index.ts';
import { breakdownKey, cellKey } from './delivery-table.ts';

/** The pooled unit's name among the areas (never shown as an area of its own). */
export const POOLED_UNIT = 'pooled';

export interface AreaIndices {
  areas: AreaRow[];
  segregation: SegregationRow;
  /** Population-weighted mean of the areas' Simpson diversity (pooled unit included): the headline. */
  meanSimpson: number | null;
}

type Counts = Record<(typeof GROUPS)[number], number>;

/** Area rows and municipality-wide indices for one municipality's cells of one period's delivery. */
export function areaIndices(
  municipality: string,
  period: string,
  cells: readonly Cell[],
  suppressed: ReadonlySet<string>,
  remainderCode?: string,
): AreaIndices {
  const own = cells.filter((c) => c.municipality === municipality);
  const byKey = new Map(own.map((c) => [cellKey(c), c]));
  const countsOf = (breakdown: string) => knownCounts(byKey, suppressed, municipality, breakdown);
  // Residents without an area (the remainder cell) live in no area: they are not a unit of the indices.
  const areaCodes = [...new Set(own.filter((c) => breakdownKey(c.breakdown) === 'area').map((c) => c.breakdown.slice(5)))]
    .filter((code) => code !== remainderCode)
    .sort();
  const published: AreaCounts[] = [];
  const areas: AreaRow[] = areaCodes.map((area) => {
    const counts = countsOf(`area=${area}`);
    if (!counts) return withheldArea({ municipality, period, area });
    published.push({ area, counts });
    const d = areaDiversity({ area, counts }, 'target', GROUPS);
    if (d.kind !== 'diversity')
      return { municipality, period, area, total: 0, targetShare: null, simpson: null, shannon: null, suppressed: false, aboveHalf: null };
    return {
      municipality,
      period,
      area,
      total: d.total,
      targetShare: d.targetShare,
      simpson: d.simpson,
      shannon: d.shannon,
      suppressed: false,
      aboveHalf: d.targetShare > 0.5,
    };
  });
  const pooledAreas = areas.filter((a) => a.suppressed).length;
  if (!GROUPS.some((g) => byKey.has(cellKey({ municipality, group: g, breakdown: '' })))) {
    // A table without a whole (StatBank's parishes): no pooled unit can be formed, so the indices
    // cover the published areas only, and the coverage is unknown (null) — never claimed to be 1.
    return { areas, segregation: segregation(municipality, period, published, null, published, pooledAreas), meanSimpson: weightedSimpson(published) };
  }
  const whole = residentsOfAreas(countsOf(''), remainderCode === undefined ? null : countsOf(`area=${remainderCode}`));
  const units = whole ? withPool(published, whole) : null;
  return {
    areas,
    segregation: segregation(municipality, period, units, whole, published, pooledAreas),
    meanSimpson: units ? weightedSimpson(units) : null,
  };
}

/** A published count, or null when the cell is missing, suppressed or has no count. */
function publishedCount(
  byKey: ReadonlyMap<string, Cell>,
  suppressed: ReadonlySet<string>,
  municipality: string,
  group: string,
  breakdown: string,
): number | null {
  const key = cellKey({ municipality, group, breakdown });
  const cell = byKey.get(key);
  return !cell || suppressed.has(key) ? null : cell.numerator;
}

/**
 * The three groups' counts of one breakdown as a reader knows them: published, or — for one
 * missing group — the published total less the other two (target + comparison + other = total
 * is a margin of the suppression rule, so this is a count the publication already implies; the
 * rule only ever hides such a cell to protect another, never because it is small). Null when
 * more is unknown, or when the figures do not add up.
 */
function knownCounts(byKey: ReadonlyMap<string, Cell>, suppressed: ReadonlySet<string>, municipality: string, breakdown: string): Counts | null {
  const known = GROUPS.map((g) => publishedCount(byKey, suppressed, municipality, g, breakdown));
  const missing = known.filter((c) => c === null).length;
  if (missing > 1) return null;
  if (missing === 1) {
    const total = publishedCount(byKey, suppressed, municipality, 'total', breakdown);
    if (total === null) return null;
    const rest = total - known.reduce<number>((s, c) => s + (c ?? 0), 0);
    if (rest < 0) return null;
    known[known.indexOf(null)] = rest;
  }
  const [target, comparison, other] = known as [number, number, number];
  return { target, comparison, other };
}

/**
 * The published areas plus the pooled unit (the municipality minus the published areas), when
 * it holds anyone. Null when the published areas exceed the whole (a delivery that does not add
 * up: better no index than one over invented residents).
 */
function withPool(published: readonly AreaCounts[], whole: Counts): AreaCounts[] | null {
  try {
    return withPooledUnit(published, whole, POOLED_UNIT);
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/** The municipality's residents less those without an area, where that remainder is published. */
function residentsOfAreas(whole: Counts | null, remainder: Counts | null): Counts | null {
  if (whole === null || remainder === null) return whole;
  return { target: whole.target - remainder.target, comparison: whole.comparison - remainder.comparison, other: whole.other - remainder.other };
}

function total(counts: Readonly<Record<string, number>>): number {
  return Object.values(counts).reduce((s, c) => s + c, 0);
}

function segregation(
  municipality: string,
  period: string,
  units: readonly AreaCounts[] | null,
  whole: Counts | null,
  published: readonly AreaCounts[],
  pooledAreas: number,
): SegregationRow {
  const wholeTotal = whole ? total(whole) : 0;
  const coverage = whole && wholeTotal > 0 ? published.reduce((s, a) => s + total(a.counts), 0) / wholeTotal : null;
  const empty = (reason: SegregationReason): SegregationRow => ({
    municipality,
    period,
    dissimilarity: null,
    isolation: null,
    exposure: null,
    theil: null,
    coverage,
    pooledAreas,
    reason,
  });
  if (!units) return empty('municipality_suppressed');
  if (units.filter((u) => total(u.counts) > 0).length < 2) return empty('too_few_units');
  const value = (r: { kind: string; value?: number }) => (r.kind === 'index' && r.value !== undefined ? r.value : null);
  const row: SegregationRow = {
    municipality,
    period,
    dissimilarity: value(dissimilarityIndex(units, 'target', 'comparison')),
    isolation: value(isolationIndex(units, 'target')),
    exposure: value(exposureIndex(units, 'target', 'comparison')),
    theil: value(theilIndex(units)),
    coverage,
    pooledAreas,
    reason: null,
  };
  return row.dissimilarity === null && row.isolation === null && row.theil === null ? { ...row, reason: 'empty_group' } : row;
}

/** Population-weighted mean of the units' Simpson diversity 1 − Σp²: the indicator's headline. */
function weightedSimpson(units: readonly AreaCounts[]): number | null {
  let weight = 0;
  let sum = 0;
  for (const unit of units) {
    const d = areaDiversity(unit, 'target', GROUPS);
    if (d.kind !== 'diversity') continue;
    weight += d.total;
    sum += d.total * d.simpson;
  }
  return weight > 0 ? sum / weight : null;
}
