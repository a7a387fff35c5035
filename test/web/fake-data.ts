/**
 * A deterministic in-memory `DashboardData` for the dashboard's tests: the real catalogue, and
 * plausible results for every indicator — shares with Wilson intervals, rates, grades, counts and
 * diversity indices — with suppressed cells, a missing period, an indicator without data
 * (`boern-anbringelse`) and `kriminalitet` under examination.
 *
 * With `leaky: true` the suppressed cells still carry distinctive numbers (HIDDEN), a comparison
 * cell is suppressed under a target row that keeps its gap, a change starts from a suppressed
 * period, and one cell with 2 persons arrives unsuppressed — so tests can prove that the web
 * layer lets none of it out.
 */
import { type Indicator, loadCatalogue } from '../../src/catalogue/index.ts';
import { createRandom } from '../../src/demo/random.ts';
import type { DeliveryGroup } from '../../src/origin/types.ts';
import type { AreaRow, Change, ResultRow, SegregationRow } from '../../src/cells/index.ts';
import { legalCriteria, type Status } from '../../src/stats/index.ts';
import type { ComparisonInputFigure } from '../../src/narrative/comparison.ts';
import type { DashboardData } from '../../src/web/index.ts';

/** The numbers the leaky fake leaves on cells that must not show them. */
export const HIDDEN = { value: 0.987654, ciLow: 0.912345, ciHigh: 0.999321, gap: 0.876543, numerator: 3, denominator: 4 } as const;

/** Text that would appear in a response if a hidden number leaked (raw or formatted with its unit). */
export const HIDDEN_PATTERNS = [
  '0.987654',
  '0.912345',
  '0.999321',
  '0.876543',
  '98,8 %',
  '98.8%',
  '91,2–',
  '91.2–',
  '99,9 %',
  '99.9%',
  '87,7 procentpoint',
  '87.7 percentage',
  // the reader's CSV: percent with the page's decimals, interval ends with one more
  ';98,8;',
  ';98,77;',
  ';91,2;',
  ';91,23;',
  ';99,9;',
  ';99,93;',
  ';87,7;',
  ';87,65;',
] as const;

/** The cell that arrives unsuppressed with 2 persons in leaky mode. */
export const SMALL_CELL = { indicator: 'socialpsykiatri', period: '2020', group: 'target', breakdown: 'ageband=18-29' } as const;

export interface FakeOptions {
  readonly leaky?: boolean;
  /**
   * With `comparison: true` the data has peers (three towns of kommunegruppe 3) and imported
   * figures for them and the country beside every whole group: the country 5 % above the own
   * figure, the peers 10 % below, 10 % above and suppressed.
   */
  readonly comparison?: boolean;
}

const FAKE_PEERS = ['217', '219', '259'] as const;

/** The country's and the peers' figures beside the own whole groups (see `FakeOptions.comparison`). */
function fakeComparison(rows: readonly ResultRow[]): ComparisonInputFigure[] {
  const factors: Record<string, number | null> = { '000': 1.05, '217': 0.9, '219': 1.1, '259': null };
  return rows
    .filter((r) => r.breakdown === '' && r.value !== null)
    .flatMap((r) =>
      Object.entries(factors).map(([municipality, f]) => ({
        municipality,
        period: r.period,
        group: r.group,
        breakdown: '',
        value: f === null ? null : (r.value ?? 0) * f,
        suppressed: f === null,
        origin: 'imported' as const,
        synthetic: true,
      })),
    );
}

export interface FakeData extends DashboardData {
  /** Changes the version, as a new delivery would. */
  bump(): void;
  /** How often `results` has been called (to observe caching). */
  readonly resultCalls: number;
}

function wilson(x: number, n: number): [number, number] {
  const z = 1.959964;
  const p = x / n;
  const denom = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denom;
  return [centre - half, centre + half];
}

const round = (v: number, d = 6): number => Math.round(v * 10 ** d) / 10 ** d;

interface Cell {
  period: string;
  group: DeliveryGroup;
  breakdown: string;
  numerator: number | null;
  denominator: number | null;
  value: number;
  ciLow: number | null;
  ciHigh: number | null;
  n: number;
  se: number;
  suppressed?: boolean;
}

const YEARS = ['2019', '2020', '2021', '2022', '2023', '2024', '2025'];

function shareCell(period: string, group: DeliveryGroup, breakdown: string, p: number, n: number, perThousand = false): Cell {
  const x = Math.round(p * n);
  const [lo, hi] = wilson(x, n);
  const scale = perThousand ? 1000 : 1;
  return {
    period,
    group,
    breakdown,
    numerator: x,
    denominator: n,
    value: round((x / n) * scale, perThousand ? 3 : 6),
    ciLow: round(lo * scale, perThousand ? 3 : 6),
    ciHigh: round(hi * scale, perThousand ? 3 : 6),
    n,
    se: (Math.sqrt(((x / n) * (1 - x / n)) / n) || 0.001) * scale,
  };
}

function meanCell(period: string, group: DeliveryGroup, mean: number, n: number): Cell {
  const se = 2.6 / Math.sqrt(n);
  return {
    period,
    group,
    breakdown: '',
    numerator: null,
    denominator: null,
    value: round(mean, 3),
    ciLow: round(mean - 1.98 * se, 3),
    ciHigh: round(mean + 1.98 * se, 3),
    n,
    se,
  };
}

function countCell(period: string, group: DeliveryGroup, count: number): Cell {
  const se = Math.sqrt(count);
  return {
    period,
    group,
    breakdown: '',
    numerator: count,
    denominator: null,
    value: count,
    ciLow: round(Math.max(0, count - 1.96 * se), 1),
    ciHigh: round(count + 1.96 * se, 1),
    n: count,
    se,
  };
}

/** Cells of a share or rate indicator, one breakdown at a time. */
function proportionCells(
  periods: readonly string[],
  breakdowns: readonly string[],
  rnd: () => number,
  spec: { target: number; comparison: number; trend: number; nTarget: number; nComparison: number; perThousand?: boolean; other?: boolean },
): Cell[] {
  const cells: Cell[] = [];
  breakdowns.forEach((breakdown, b) => {
    const part = breakdown === '' ? 1 : 0.5 / (1 + b * 0.1);
    const shift = breakdown === '' ? 0 : (b % 3) * 0.02;
    periods.forEach((period, i) => {
      const noise = (rnd() - 0.5) * 0.02;
      const pt = spec.target + shift + spec.trend * i + noise;
      const pc = spec.comparison + shift / 2 + (rnd() - 0.5) * 0.01;
      const k = spec.perThousand === true ? 1 : 1;
      cells.push(shareCell(period, 'target', breakdown, pt * k, Math.round(spec.nTarget * part * (1 + i * 0.04)), spec.perThousand));
      cells.push(shareCell(period, 'comparison', breakdown, pc, Math.round(spec.nComparison * part), spec.perThousand));
      if (spec.other === true && breakdown === '') {
        cells.push(shareCell(period, 'other', '', (pt + pc) / 2, Math.round(spec.nTarget * 0.4)));
        cells.push(shareCell(period, 'total', '', pc * 0.9 + pt * 0.1, Math.round(spec.nComparison * 1.2)));
      }
    });
  });
  return cells;
}

function delivery(indicator: Indicator, period: string): ResultRow['delivery'] {
  const year = Number(/\d{4}/.exec(period)?.[0] ?? '2025');
  return {
    id: 100 + indicator.order * 10 + (year % 10),
    version: 1 + (year % 3),
    createdAt: `${Math.min(year + 1, 2026)}-02-15T09:30:00Z`,
    source: `${indicator.id}_${period.replaceAll('/', '-')}.xlsx`,
  };
}

function change(from: Cell | undefined, to: Cell): Change | null {
  if (from === undefined || from.suppressed === true) return null;
  const difference = to.value - from.value;
  const z = difference / Math.sqrt(from.se ** 2 + to.se ** 2);
  const p = Math.min(1, 2 * Math.exp(-0.717 * Math.abs(z) - 0.416 * z * z));
  return { fromPeriod: from.period, from: from.value, to: to.value, difference: round(difference), significant: Math.abs(z) > 1.96, pValue: round(p, 4) };
}

function statusOf(indicator: Indicator, since: Change | null, gapBefore: number | null, gapNow: number | null): Status {
  if (indicator.wanted === 'follow') return 'not_assessable';
  if (since === null) return 'not_assessable';
  if (indicator.wanted === 'increase' || indicator.wanted === 'decrease') {
    if (!since.significant) return 'unchanged';
    const up = since.difference > 0;
    return up === (indicator.wanted === 'increase') ? 'improved' : 'worsened';
  }
  if (gapBefore === null || gapNow === null) return 'not_assessable';
  const narrowed = Math.abs(gapNow) - Math.abs(gapBefore);
  if (Math.abs(narrowed) < 0.005 * (indicator.display.unit === 'per1000' ? 1000 : 1)) return 'unchanged';
  return narrowed < 0 ? 'improved' : 'worsened';
}

/** Cells → result rows with gaps, changes and status, the way the services would compute them. */
function toRows(indicator: Indicator, cells: readonly Cell[], standardise: boolean): ResultRow[] {
  const key = (c: Pick<Cell, 'period' | 'group' | 'breakdown'>): string => `${c.period}|${c.group}|${c.breakdown}`;
  const byKey = new Map(cells.map((c) => [key(c), c]));
  const periods = [...new Set(cells.map((c) => c.period))];
  return cells.map((cell): ResultRow => {
    const comparison = byKey.get(key({ ...cell, group: 'comparison' }));
    const hasGap =
      cell.group === 'target' &&
      indicator.comparison === 'comparison_group' &&
      comparison !== undefined &&
      comparison.suppressed !== true &&
      cell.suppressed !== true;
    const gap = hasGap ? round(cell.value - (comparison as Cell).value) : null;
    const gapSe = hasGap ? Math.sqrt(cell.se ** 2 + (comparison as Cell).se ** 2) : 0;
    const index = periods.indexOf(cell.period);
    const previous = index > 0 ? byKey.get(key({ ...cell, period: periods[index - 1] as string })) : undefined;
    const first = byKey.get(key({ ...cell, period: periods[0] as string }));
    const since = cell.suppressed === true ? null : change(previous, cell);
    const prevComparison = previous === undefined ? undefined : byKey.get(key({ ...previous, group: 'comparison' }));
    const gapBefore = previous !== undefined && prevComparison !== undefined && previous.suppressed !== true ? previous.value - prevComparison.value : null;
    const suppressed = cell.suppressed === true;
    return {
      indicator: indicator.id,
      municipality: '999',
      period: cell.period,
      group: cell.group,
      breakdown: cell.breakdown,
      numerator: suppressed ? null : cell.numerator,
      denominator: suppressed ? null : cell.denominator,
      value: suppressed ? null : cell.value,
      ciLow: suppressed ? null : cell.ciLow,
      ciHigh: suppressed ? null : cell.ciHigh,
      n: suppressed ? null : cell.n,
      suppressed,
      gap,
      gapCiLow: gap === null ? null : round(gap - 1.96 * gapSe),
      gapCiHigh: gap === null ? null : round(gap + 1.96 * gapSe),
      standardised:
        standardise && cell.group === 'target' && !suppressed && cell.breakdown === ''
          ? { value: round(cell.value * 0.92), ciLow: round(cell.value * 0.92 - 1.96 * cell.se), ciHigh: round(cell.value * 0.92 + 1.96 * cell.se) }
          : null,
      standardisedGap:
        standardise && hasGap && cell.breakdown === ''
          ? {
              gap: round(cell.value * 0.92 - (comparison as Cell).value),
              ciLow: round(cell.value * 0.92 - (comparison as Cell).value - 1.96 * gapSe),
              ciHigh: round(cell.value * 0.92 - (comparison as Cell).value + 1.96 * gapSe),
            }
          : null,
      standardisedMissing: null,
      change: { sincePrevious: since, sinceFirst: suppressed || first === cell ? null : change(first, cell) },
      status: cell.group === 'target' && !suppressed ? statusOf(indicator, since, gapBefore, gap) : 'not_assessable',
      longTerm: 'not_assessable',
      statusBasis: cell.group === 'target' && !suppressed ? (standardise && cell.breakdown === '' ? 'standardised' : 'crude') : null,
      statusReason: null,
      definition: indicator.group_definition,
      thirdGeneration: indicator.third_generation.included,
      thirdGenerationJustification: indicator.third_generation.justification?.da ?? null,
      delivery: delivery(indicator, cell.period),
      note: '',
    };
  });
}

function suppress(cells: Cell[], match: (c: Cell) => boolean): void {
  for (const cell of cells) if (match(cell)) cell.suppressed = true;
}

function breakdownsOf(indicator: Indicator, key: string): string[] {
  return indicator.breakdowns.find((b) => b.key === key)?.values.map((v) => `${key}=${v.code}`) ?? [];
}

function cellsFor(indicator: Indicator, rnd: () => number): Cell[] {
  switch (indicator.id) {
    case 'selvforsoergelse':
      // 2021 was never delivered: a gap in the series.
      return proportionCells(
        YEARS.filter((y) => y !== '2021'),
        [''],
        rnd,
        { target: 0.3, comparison: 0.52, trend: 0.014, nTarget: 900, nComparison: 2400, other: true },
      );
    case 'socialpsykiatri': {
      const cells = proportionCells(YEARS.slice(1), ['', ...breakdownsOf(indicator, 'ageband')], rnd, {
        target: 0.045,
        comparison: 0.032,
        trend: 0.001,
        nTarget: 5200,
        nComparison: 41000,
      });
      suppress(cells, (c) => c.group === 'target' && c.breakdown === 'ageband=65+');
      suppress(cells, (c) => c.group === 'comparison' && c.breakdown === 'ageband=18-29' && c.period === '2021');
      return cells;
    }
    case 'hjemmepleje': {
      const cells = proportionCells(YEARS.slice(1), ['', ...breakdownsOf(indicator, 'ageband')], rnd, {
        target: 0.06,
        comparison: 0.11,
        trend: 0.002,
        nTarget: 4800,
        nComparison: 39000,
      });
      suppress(cells, (c) => c.group === 'target' && c.breakdown === 'ageband=85+' && (c.period === '2020' || c.period === '2021'));
      return cells;
    }
    case 'valgdeltagelse':
      return proportionCells(['KV2013', 'KV2017', 'KV2021', 'KV2025'], [''], rnd, {
        target: 0.36,
        comparison: 0.72,
        trend: 0.02,
        nTarget: 3100,
        nComparison: 38000,
        other: true,
      });
    case 'igu-forloeb': {
      const cells = YEARS.map((p, i) => countCell(p, 'target', i === 0 ? 3 : 12 + i * 6 + Math.round(rnd() * 4)));
      // The second figure: courses running in the year (the started ones and those continuing).
      const running = cells.map((c, i) => ({ ...countCell(c.period, 'target', (c.numerator ?? 0) + 9 + i), breakdown: 'variant=running' }));
      suppress(cells, (c) => c.period === '2019');
      return [...cells, ...running];
    }
    case 'sprogstimulering':
      return ['2019-10/2020-09', '2020-10/2021-09', '2021-10/2022-09', '2022-10/2023-09', '2023-10/2024-09', '2024-10/2025-09'].map((p, i) =>
        countCell(p, 'target', 64 - i * 5 + Math.round(rnd() * 3)),
      );
    case 'karaktergennemsnit':
      return ['2019/2020', '2020/2021', '2021/2022', '2022/2023', '2023/2024', '2024/2025'].flatMap((p, i) => [
        meanCell(p, 'target', 5.6 + i * 0.12 + (rnd() - 0.5) * 0.1, 160 + i * 6),
        meanCell(p, 'comparison', 7.3 + (rnd() - 0.5) * 0.1, 1350),
      ]);
    case 'boern-kontaktperson': {
      const cells = proportionCells(YEARS.slice(2), ['', ...breakdownsOf(indicator, 'measure'), ...breakdownsOf(indicator, 'ageband')], rnd, {
        target: 0.034,
        comparison: 0.016,
        trend: -0.001,
        nTarget: 2600,
        nComparison: 14000,
        perThousand: true,
      });
      suppress(cells, (c) => c.group === 'target' && c.breakdown === 'measure=family' && c.period === '2025');
      suppress(cells, (c) => c.group === 'target' && c.breakdown === 'ageband=0-5');
      return cells;
    }
    case 'boligomraader-diversitet':
      return YEARS.slice(3).map((p, i) => ({
        period: p,
        group: 'total' as const,
        breakdown: '',
        numerator: null,
        denominator: null,
        value: round(0.41 + i * 0.012 + (rnd() - 0.5) * 0.004, 4),
        ciLow: null,
        ciHigh: null,
        n: 21000 + i * 150,
        se: 0.004,
      }));
    default:
      return []; // boern-anbringelse: nothing delivered yet; kriminalitet: under examination.
  }
}

/** Makes the suppressed cells leak, as a faulty upstream might (leaky mode only). */
function leak(rows: ResultRow[]): ResultRow[] {
  return rows.map((row) => {
    if (row.suppressed) {
      return {
        ...row,
        numerator: HIDDEN.numerator,
        denominator: HIDDEN.denominator,
        value: HIDDEN.value,
        ciLow: HIDDEN.ciLow,
        ciHigh: HIDDEN.ciHigh,
        n: HIDDEN.denominator,
        gap: row.group === 'target' ? HIDDEN.gap : null,
        standardised: { value: HIDDEN.value, ciLow: HIDDEN.ciLow, ciHigh: HIDDEN.ciHigh },
      };
    }
    if (
      row.indicator === SMALL_CELL.indicator &&
      row.period === SMALL_CELL.period &&
      row.group === SMALL_CELL.group &&
      row.breakdown === SMALL_CELL.breakdown
    ) {
      return { ...row, numerator: 2, value: round(2 / (row.denominator ?? 40)) };
    }
    if (row.indicator === 'socialpsykiatri' && row.group === 'target' && row.breakdown === 'ageband=18-29' && row.period === '2021') {
      return { ...row, gap: HIDDEN.gap, gapCiLow: HIDDEN.ciLow, gapCiHigh: HIDDEN.ciHigh };
    }
    if (row.indicator === 'hjemmepleje' && row.group === 'target' && row.breakdown === 'ageband=85+' && row.period === '2022' && row.value !== null) {
      const from = { fromPeriod: '2021', from: HIDDEN.value, to: row.value, difference: row.value - HIDDEN.value, significant: true, pValue: 0.001 };
      return { ...row, change: { sincePrevious: from, sinceFirst: from } };
    }
    return row;
  });
}

/**
 * The ministry's list as the housing-area page reads it (`housing-criteria --save`): a parallel
 * society (criteria 1, 2 and 4; 56 % non-Western), a prevention area (1 and 2 only at the lower
 * limits; 35 %), an area on no list and one below 1,000 residents.
 */
const LEGAL = [
  {
    area: 'Østerby',
    residents: 2140,
    outsideWorkOrEducation: 0.45,
    convicted: 0.028,
    convictedNationally: 0.009,
    basicEducationOnly: 0.5,
    incomeOfRegion: 0.52,
    nonWestern: 0.56,
  },
  {
    area: 'Søndermarken',
    residents: 1850,
    outsideWorkOrEducation: 0.34,
    convicted: 0.019,
    convictedNationally: 0.009,
    basicEducationOnly: 0.4,
    incomeOfRegion: 0.8,
    nonWestern: 0.35,
  },
  {
    area: 'Vestervang',
    residents: 3100,
    outsideWorkOrEducation: 0.2,
    convicted: 0.005,
    convictedNationally: 0.009,
    basicEducationOnly: 0.3,
    incomeOfRegion: 0.9,
    nonWestern: 0.1,
  },
  {
    area: 'Lille Mølle',
    residents: 640,
    outsideWorkOrEducation: 0.5,
    convicted: 0.04,
    convictedNationally: 0.009,
    basicEducationOnly: 0.7,
    incomeOfRegion: 0.4,
    nonWestern: 0.7,
  },
].map(legalCriteria);

const AREA_NAMES = new Map([
  ['0101', 'Nørrevang'],
  ['0102', 'Søhøj'],
  ['0103', 'Engparken'],
  ['0104', 'Åbyen'],
  ['0105', 'Kildebakken'],
  ['0106', 'Lille Mølle'],
]);

function areas(leaky: boolean): AreaRow[] {
  const rnd = createRandom(77).next;
  const shares: Record<string, number> = { '0101': 0.58, '0102': 0.31, '0103': 0.12, '0104': 0.22, '0105': 0.44, '0106': 0.2 };
  return ['2022', '2023', '2024', '2025'].flatMap((period, i) =>
    [...AREA_NAMES.keys()].map((area): AreaRow => {
      if (area === '0106') {
        // Lille Mølle has too few residents: suppressed.
        return leaky
          ? {
              municipality: '999',
              period,
              area,
              total: HIDDEN.denominator,
              targetShare: HIDDEN.value,
              simpson: HIDDEN.ciLow,
              shannon: HIDDEN.ciHigh,
              suppressed: true,
              aboveHalf: true,
            }
          : { municipality: '999', period, area, total: null, targetShare: null, simpson: null, shannon: null, suppressed: true, aboveHalf: null };
      }
      const share = round((shares[area] ?? 0.3) + i * 0.006 + (rnd() - 0.5) * 0.01, 4);
      const danish = (1 - share) * 0.85;
      const other = 1 - share - danish;
      const simpson = round(1 - (share ** 2 + danish ** 2 + other ** 2), 4);
      const shannon = round(-[share, danish, other].reduce((s, p) => s + p * Math.log(p), 0), 4);
      return {
        municipality: '999',
        period,
        area,
        total: 1800 + Number(area.slice(2)) * 350 + i * 20,
        targetShare: share,
        simpson,
        shannon,
        suppressed: false,
        aboveHalf: share > 0.5,
      };
    }),
  );
}

function segregation(): SegregationRow[] {
  return ['2022', '2023', '2024', '2025'].map((period, i) => ({
    municipality: '999',
    period,
    dissimilarity: round(0.38 - i * 0.01, 4),
    isolation: round(0.29 - i * 0.006, 4),
    exposure: round(0.62 + i * 0.005, 4),
    theil: round(0.11 - i * 0.004, 4),
    coverage: round(0.96 + i * 0.002, 4),
    pooledAreas: 1,
    reason: null,
  }));
}

/**
 * The fake. Deterministic: the same options always give the same data.
 *
 * @example const data = createFakeData(); const app = createApp({ data });
 */
export function createFakeData(options: FakeOptions = {}): FakeData {
  const leaky = options.leaky === true;
  const catalogue = loadCatalogue();
  const results = new Map<string, ResultRow[]>();
  for (const indicator of catalogue.indicators) {
    const rows = toRows(indicator, cellsFor(indicator, createRandom(indicator.order * 1009).next), indicator.age_standardised);
    results.set(indicator.id, leaky ? leak(rows) : rows);
  }
  let version = 1;
  let calls = 0;
  return {
    indicators: async () => catalogue.indicators,
    results: async (id, municipality) => {
      calls++;
      // Only the own municipality (999) has computed rows; others come as imported figures.
      return municipality === undefined || municipality === '999' ? (results.get(id) ?? []) : [];
    },
    areas: async () => areas(leaky),
    segregation: async () => segregation(),
    areaNames: async () => AREA_NAMES,
    legalCriteria: async () => LEGAL,
    version: async () => `fake-${leaky ? 'leaky' : 'clean'}-${version}`,
    bump: () => {
      version++;
    },
    get resultCalls() {
      return calls;
    },
    ...(options.comparison === true
      ? {
          peers: async () => ({
            codes: [...FAKE_PEERS],
            label: { da: 'Kommunegruppe 3 Provinsbykommuner', en: 'Municipality group 3 Provincial municipalities' },
          }),
          importedFigures: async (id: string) => fakeComparison(results.get(id) ?? []),
        }
      : {}),
  };
}
