/**
 * The comparison a reader sees beside an indicator: the own municipality, the whole country and
 * the peers, in the own municipality's latest period, for the whole groups (breakdown ''). Pure:
 * it takes figures that have already been through suppression (computed here, or imported
 * published figures) and never derives a figure that was hidden.
 */
import { WHOLE_COUNTRY_CODE } from '../municipalities/index.ts';
import type { DeliveryGroup } from '../origin/types.ts';
import { type Indicator, sortPeriods } from '../catalogue/index.ts';

/**
 * Whether the whole groups' figures are the figure the indicator's page is about, so that setting
 * them beside the country's and the peers' compares like with like. Not so for an index measure
 * (the housing areas' diversity): its whole-group cells are each group's share of the residents,
 * while the page, the card and the wanted direction are about the headline index (dissimilarity),
 * which needs every housing area's cells — and a country or an imported peer has none. A share
 * beside the headline index, in its format and with its wanted direction, would mislead; until the
 * index itself is compared, there is no comparison.
 */
export function comparesWholeGroups(indicator: Pick<Indicator, 'measure'>): boolean {
  return indicator.measure.kind !== 'index';
}

/** One published figure of some municipality (or the country). */
export interface ComparisonInputFigure {
  municipality: string;
  period: string;
  group: DeliveryGroup;
  breakdown: string;
  value: number | null;
  suppressed: boolean;
  /** `computed` here from the store's cells, or `imported` from another installation's export. */
  origin: 'computed' | 'imported';
  /** True when the figure is synthetic (the demo's national set). */
  synthetic: boolean;
}

/** A figure in the comparison: a value, suppressed, or missing (no figure exists). */
export interface ComparedFigure {
  municipality: string;
  value: number | null;
  suppressed: boolean;
}

export interface ComparisonLine {
  group: DeliveryGroup;
  own: ComparedFigure;
  country: ComparedFigure | null;
  /** Own minus country, when both have a value. */
  gapToCountry: number | null;
  /** Every peer, in code order; a peer without any figure is `null` value, not suppressed. */
  peers: ComparedFigure[];
  /** Over the peers that have a value. */
  peerMedian: number | null;
  peerMin: number | null;
  peerMax: number | null;
  peersWithValue: number;
  /** 1 = the highest value among own + peers; only when all of them have a value. */
  rank: number | null;
  /** How many are ranked (own + peers), when `rank` is set. */
  ranked: number | null;
}

export interface ComparisonView {
  period: string;
  lines: ComparisonLine[];
  /** True when any figure shown came from a synthetic set. */
  synthetic: boolean;
  /** True when any figure shown was imported. */
  imported: boolean;
  /** Every period of the own municipality's whole groups, oldest first, with each group's line (for charts over time). */
  history: { period: string; lines: ComparisonLine[] }[];
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function figureOf(figures: readonly ComparisonInputFigure[], municipality: string): ComparedFigure {
  const f = figures.find((x) => x.municipality === municipality);
  return f === undefined ? { municipality, value: null, suppressed: false } : { municipality, value: f.suppressed ? null : f.value, suppressed: f.suppressed };
}

/**
 * The comparison for `own`'s latest period with anything to show, or null when the own
 * municipality has no figure or nobody else has one in that period.
 */
export function buildComparison(own: string, peers: readonly string[], figures: readonly ComparisonInputFigure[]): ComparisonView | null {
  const whole = figures.filter((f) => f.breakdown === '');
  const period = sortPeriods(whole.filter((f) => f.municipality === own && (f.suppressed || f.value !== null)).map((f) => f.period)).at(-1);
  if (period === undefined) return null;
  const inPeriod = whole.filter((f) => f.period === period);
  const others = inPeriod.filter((f) => f.municipality !== own && (f.municipality === WHOLE_COUNTRY_CODE || peers.includes(f.municipality)));
  if (others.length === 0) return null;
  const groups = [...new Set(inPeriod.filter((f) => f.municipality === own).map((f) => f.group))];
  const lines = groups.map((group) =>
    line(
      own,
      peers,
      group,
      inPeriod.filter((f) => f.group === group),
    ),
  );
  const history = sortPeriods([...new Set(whole.filter((f) => f.municipality === own).map((f) => f.period))]).map((p) => {
    const at = whole.filter((f) => f.period === p);
    return {
      period: p,
      lines: groups.map((group) =>
        line(
          own,
          peers,
          group,
          at.filter((f) => f.group === group),
        ),
      ),
    };
  });
  return { period, lines, synthetic: others.some((f) => f.synthetic), imported: others.some((f) => f.origin === 'imported'), history };
}

function line(own: string, peers: readonly string[], group: DeliveryGroup, figures: readonly ComparisonInputFigure[]): ComparisonLine {
  const ownFigure = figureOf(figures, own);
  const country = figures.some((f) => f.municipality === WHOLE_COUNTRY_CODE) ? figureOf(figures, WHOLE_COUNTRY_CODE) : null;
  const peerFigures = peers.map((code) => figureOf(figures, code));
  const values = peerFigures.flatMap((p) => (p.value === null ? [] : [p.value]));
  const everyone = [ownFigure, ...peerFigures];
  const allHaveValue = peerFigures.length > 0 && everyone.every((f) => f.value !== null);
  const ownValue = ownFigure.value;
  return {
    group,
    own: ownFigure,
    country,
    gapToCountry: ownValue !== null && country?.value != null ? ownValue - country.value : null,
    peers: peerFigures,
    peerMedian: median(values),
    peerMin: values.length === 0 ? null : Math.min(...values),
    peerMax: values.length === 0 ? null : Math.max(...values),
    peersWithValue: values.length,
    rank: allHaveValue && ownValue !== null ? 1 + values.filter((v) => v > ownValue).length : null,
    ranked: allHaveValue ? everyone.length : null,
  };
}

/** The line a card and the overview's order go by: the target group's, else the first. */
export function headlineLine(view: ComparisonView | null): ComparisonLine | undefined {
  return view?.lines.find((l) => l.group === 'target') ?? view?.lines[0];
}

/**
 * How the own municipality stands against the whole country on the headline line, as a share of
 * the country's figure signed by the wanted direction: +0.10 = 10 % better than the country, −0.10
 * = 10 % behind. Relative, so that indicators in different units can be ordered together. Null
 * when there is no gap, the country's figure is 0, or the indicator has no better direction
 * (`parity`, `follow`).
 */
export function standingAgainstCountry(wanted: string, view: ComparisonView | null): number | null {
  const line = headlineLine(view);
  const country = line?.country?.value;
  if (line === undefined || line.gapToCountry === null || country === null || country === undefined || country === 0) return null;
  const sign = wanted === 'increase' ? 1 : wanted === 'decrease' ? -1 : 0;
  return sign === 0 ? null : (sign * line.gapToCountry) / Math.abs(country);
}

/**
 * Indicators ordered "compared with the country": furthest behind the country first, then the
 * ones with a gap but no better direction (largest relative gap first), then those without a
 * country figure; ties keep the given order.
 */
export function sortByCountry<T>(items: readonly T[], wanted: (item: T) => string, view: (item: T) => ComparisonView | null): T[] {
  const key = (item: T): [number, number] => {
    const standing = standingAgainstCountry(wanted(item), view(item));
    if (standing !== null) return [0, standing];
    const line = headlineLine(view(item));
    const country = line?.country?.value;
    if (line?.gapToCountry != null && country != null && country !== 0) return [1, -Math.abs(line.gapToCountry / country)];
    return [2, 0];
  };
  return items
    .map((item, i) => ({ item, i, k: key(item) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.i - b.i)
    .map((x) => x.item);
}
