/**
 * Chart specs shared by the golden tests: fixed values, Danish labels, one suppressed period and
 * one missing period, so every feature of the renderer appears in a golden file.
 */
import type { BarChartSpec, GapChartSpec, SparklineSpec, TimeSeriesSpec } from '../../src/charts/index.ts';
import { formatTick } from '../../src/format/index.ts';

const percent = { unit: 'percent', decimals: 1 } as const;
export const percentTick = (v: number, step: number): string => formatTick(v, percent, step, 'da');
export const pointTick = percentTick;

export const LABELS = { interval: '95 %-konfidensinterval', suppressed: 'diskretioneret (færre end 5 personer)' };

export const timeSeries: TimeSeriesSpec = {
  id: 'chart-selvforsoergelse',
  title: 'Selvforsørgelse: målgruppe og personer med dansk oprindelse, 2019–2025',
  description: 'Andelen i målgruppen steg fra 31,0 % i 2019 til 40,0 % i 2025.',
  categories: ['2019', '2020', '2021', '2022', '2023', '2024', '2025'],
  series: [
    {
      label: 'Målgruppe',
      points: [
        { value: 0.31, low: 0.27, high: 0.35 },
        { value: 0.33, low: 0.29, high: 0.37 },
        null,
        { value: 0.35, low: 0.31, high: 0.39 },
        { value: null, suppressed: true },
        { value: 0.38, low: 0.34, high: 0.42 },
        { value: 0.4, low: 0.36, high: 0.44 },
      ],
    },
    {
      label: 'Dansk oprindelse',
      points: [
        { value: 0.52, low: 0.5, high: 0.54 },
        { value: 0.53, low: 0.51, high: 0.55 },
        null,
        { value: 0.52, low: 0.5, high: 0.54 },
        { value: 0.55, low: 0.53, high: 0.57 },
        { value: 0.54, low: 0.52, high: 0.56 },
        { value: 0.55, low: 0.53, high: 0.57 },
      ],
    },
  ],
  formatTick: percentTick,
  labels: LABELS,
  yLabel: 'Andel',
};

export const gap: GapChartSpec = {
  id: 'gap-selvforsoergelse',
  title: 'Forskel mellem målgruppe og personer med dansk oprindelse',
  description: 'Forskellen blev indsnævret fra -21,0 til -15,0 procentpoint.',
  categories: ['2023', '2024', '2025'],
  gaps: [{ value: -0.21, low: -0.25, high: -0.17 }, null, { value: -0.15, low: -0.19, high: -0.11 }],
  label: 'Forskel (målgruppe minus dansk oprindelse)',
  formatTick: pointTick,
  labels: { ...LABELS, noGap: 'Ingen forskel' },
  yLabel: 'Procentpoint',
};

export const bars: BarChartSpec = {
  id: 'areas',
  title: 'Andel ikke-vestlige beboere pr. boligområde, 2025',
  description: 'Nørrevang har 62,0 % og ligger over 50 %.',
  bars: [
    { label: 'Nørrevang', value: 0.62, valueLabel: '62,0 %', suppressed: false, flagged: true },
    { label: 'Søhøj', value: 0.31, valueLabel: '31,0 %', suppressed: false, flagged: false },
    { label: 'Engparken', value: null, valueLabel: 'diskretioneret', suppressed: true, flagged: false },
  ],
  formatTick: percentTick,
  reference: { value: 0.5, label: '50 %' },
  labels: { flagged: 'over 50 %', ramp: 'Andel' },
};

export const sparkline: SparklineSpec = {
  id: 'spark-selvforsoergelse',
  title: 'Udvikling 2021–2025',
  description: 'Målgruppe: 33,0 %, 35,0 %, diskretioneret, 38,0 %, 40,0 %.',
  series: [
    [0.33, 0.35, null, 0.38, 0.4],
    [0.53, 0.52, 0.55, 0.54, 0.55],
  ],
};
