/**
 * The committee report for a demo-sized municipality: every indicator of the memo over 2015–2025
 * (age bands, 20 housing areas, three elections), computed by the real `computeResults`, then the
 * time to build the model and to render HTML, Word and PDF. Aim: HTML and Word under 3 s, PDF
 * under 10 s. Run: `node --import tsx bench/report.bench.ts`.
 */
import { type Indicator, loadCatalogue } from '../src/catalogue/index.ts';
import { createRandom } from '../src/demo/random.ts';
import type { DeliveryGroup } from '../src/origin/types.ts';
import { buildReportModel, renderReport, warmUpDocx } from '../src/report/index.ts';
import { computeResults } from '../src/services/compute/index.ts';
import type { Cell, DeliveryWithCells } from '../src/cells/index.ts';
import { DEFAULT_THRESHOLD } from '../src/stats/index.ts';
import { measure } from './measure.ts';

const rnd = createRandom(2025).next;
const GROUPS = ['target', 'comparison', 'other'] as const;
const SIZE: Record<(typeof GROUPS)[number], number> = { target: 6000, comparison: 38000, other: 4000 };

function cell(group: DeliveryGroup, breakdown: string, numerator: number | null, denominator: number | null, extra: Partial<Cell> = {}): Cell {
  return {
    municipality: '999',
    group,
    breakdown,
    numerator,
    denominator,
    value: null,
    sd: null,
    n: denominator ?? numerator,
    suppressed: false,
    note: '',
    ...extra,
  };
}

function periods(indicator: Indicator): string[] {
  const years = Array.from({ length: 11 }, (_, i) => 2015 + i);
  switch (indicator.period_type) {
    case 'calendar_year':
      return years.map(String);
    case 'school_year':
      return years.slice(0, -1).map((y) => `${y}/${y + 1}`);
    case 'oct_sep':
      return years.slice(0, -1).map((y) => `${y}-10/${y + 1}-09`);
    case 'election':
      return ['KV2017', 'KV2021', 'KV2025'];
  }
}

/** Shares by group and age band (bands add up to the whole), and the total. */
function proportionCells(indicator: Indicator, i: number): Cell[] {
  const bands = indicator.breakdowns.find((b) => b.key === 'ageband')?.values.map((v) => `ageband=${v.code}`) ?? [''];
  const cells: Cell[] = [];
  const total = new Map<string, [number, number]>();
  for (const group of GROUPS) {
    const p = (group === 'target' ? 0.08 : 0.05) * (1 + 0.03 * i) * (0.8 + 0.4 * rnd());
    let x = 0;
    let n = 0;
    for (const band of bands) {
      const bn = Math.round(SIZE[group] / bands.length);
      const bx = Math.round(bn * p * (0.5 + rnd()));
      if (band !== '') cells.push(cell(group, band, bx, bn));
      const t = total.get(band) ?? [0, 0];
      total.set(band, [t[0] + bx, t[1] + bn]);
      x += bx;
      n += bn;
    }
    cells.push(cell(group, '', x, n));
  }
  for (const [band, [x, n]] of total) cells.push(cell('total', band, x, n));
  return cells;
}

function areaCells(): Cell[] {
  const cells: Cell[] = [];
  for (let a = 1; a <= 20; a++) {
    const counts = GROUPS.map((g) => Math.round((SIZE[g] / 20) * (0.3 + 1.4 * rnd())));
    const all = counts.reduce((s, c) => s + c, 0);
    const area = `area=${String(a).padStart(4, '0')}`;
    GROUPS.forEach((g, k) => {
      cells.push(cell(g, area, counts[k] ?? 0, all));
    });
    cells.push(cell('total', area, all, all));
  }
  return cells;
}

function cellsFor(indicator: Indicator, i: number): Cell[] {
  switch (indicator.measure.kind) {
    case 'share':
    case 'rate':
      return proportionCells(indicator, i);
    case 'count': {
      const c = GROUPS.map((g) => Math.round((g === 'target' ? 50 : 8) * (0.8 + 0.4 * rnd())));
      return [
        ...GROUPS.map((g, k) => cell(g, '', c[k] ?? 0, null, { value: c[k] ?? 0 })),
        cell(
          'total',
          '',
          c.reduce((s, x) => s + x, 0),
          null,
        ),
      ];
    }
    case 'mean':
      return GROUPS.map((g) =>
        cell(g, '', null, null, { value: (g === 'target' ? 5.8 : 7.1) + 0.05 * i + rnd() * 0.3, sd: 2.5, n: g === 'target' ? 90 : 600 }),
      );
    case 'index':
      return areaCells();
  }
}

/** Every delivery of the demo-sized municipality (kriminalitet stays under examination). */
export function benchDeliveries(): DeliveryWithCells[] {
  let id = 1;
  return loadCatalogue()
    .indicators.filter((indicator) => indicator.status === 'active')
    .flatMap((indicator) =>
      periods(indicator).map((period, i) => {
        const cells = cellsFor(indicator, i);
        return {
          id: id++,
          indicator: indicator.id,
          period,
          version: 1,
          fileName: `${indicator.id}.csv`,
          fileHash: 'bench',
          source: 'demo' as const,
          definition: 'origin' as const,
          thirdGeneration: indicator.third_generation.included,
          createdAt: '2025-09-01T08:00:00.000Z',
          createdBy: 'bench',
          status: 'published' as const,
          statusComment: '',
          cellCount: cells.length,
          cells,
        };
      }),
    );
}

export async function benchReport(): Promise<string> {
  const catalogue = loadCatalogue();
  const results = computeResults(catalogue, benchDeliveries(), { threshold: 5 });
  const model = await measure(async () =>
    buildReportModel({
      catalogue,
      results,
      municipality: 'Demo Kommune',
      threshold: DEFAULT_THRESHOLD,
      generatedAt: '2025-10-01',
      dataFreeze: '2025-09-30T12:00:00Z',
    }),
  );
  const lines = [`report model (${results.rows.length.toLocaleString('en')} result rows): ${model.seconds.toFixed(2)} s`];
  const runs: { label: string; render: () => Promise<string | Buffer> }[] = [
    { label: 'html', render: () => renderReport(model.result, 'html') },
    // The dashboard warms the Word layout up when it starts (`indikator serve`); `indikator report`,
    // one report per process, pays it with its report (BENCHMARKS.md).
    { label: 'Word warm-up (once, when the dashboard starts)', render: () => warmUpDocx() },
    { label: 'docx (after the warm-up)', render: () => renderReport(model.result, 'docx') },
    { label: 'docx without TOC page numbers', render: () => renderReport(model.result, 'docx', { docxPageNumbers: false }) },
    { label: 'pdf', render: () => renderReport(model.result, 'pdf') },
  ];
  for (const { label, render } of runs) {
    const run = await measure(render);
    lines.push(
      `report ${label}: ${run.seconds.toFixed(2)} s (CPU ${run.cpuSeconds.toFixed(2)} s), ${(run.result.length / 1024).toFixed(0)} KiB, peak RSS ${run.peakMb.toFixed(0)} MB`,
    );
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await benchReport());
}
