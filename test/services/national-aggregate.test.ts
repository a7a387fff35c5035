/**
 * A national-style extract through the real readers and the aggregation: every municipality's
 * cells and the country's (`000`) for all eleven indicators, checked against a second computation
 * — each municipality's residents and the whole extract aggregated on their own, the way a single
 * municipality's extract always was. Small: the demo generator's 15,000 persons spread over five
 * municipalities.
 */
import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nationalisePopulation } from '../../bench/national-extract.ts';
import { type AggregatedCell, type AggregationPerson, type AggregationRow, aggregate, type CountedCell, type PersonIndex } from '../../src/counting/index.ts';
import { ageBands, loadCatalogue, parsePeriod, periodRange, referenceDate, secondFigures } from '../../src/catalogue/index.ts';
import { generateDemo } from '../../src/demo/index.ts';
import type { DemoManifest } from '../../src/demo/manifest.ts';
import { createPseudonymiser } from '../../src/ingest/index.ts';
import {
  aggregateIndicator,
  aggregateIndicators,
  type ClassifiedPopulation,
  joinKeys,
  personsFor,
  readClassifiedPopulation,
} from '../../src/services/aggregate-delivery/index.ts';
import { suppressDelivery } from '../../src/services/aggregate-delivery/aggregate-indicator.ts';
import { claim, countingOrder, type SuppressionJob, SuppressionThread } from '../../src/services/aggregate-delivery/suppression-threads.ts';
import { unsuppressedCell } from '../../src/cells/index.ts';
import { readIndicatorRows } from '../../src/services/aggregate-delivery/read-indicator-rows.ts';

const CODES = ['147', '461', '751', '787', '860'];
const catalogue = loadCatalogue();
let dir: string;
let manifest: DemoManifest;
let population: ClassifiedPopulation;
const pseudonymiser = createPseudonymiser({ dataDir: os.tmpdir(), key: '5a'.repeat(32) });

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'indikator-national-'));
  manifest = await generateDemo({ seed: 11, outDir: dir, persons: 15_000, years: [2025, 2025] });
  const file = manifest.populationFiles[0]?.file ?? '';
  await nationalisePopulation(file, 5, CODES);
  population = await readClassifiedPopulation(file, pseudonymiser);
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The persons of `all` that `keep` accepts, without municipalities: a single municipality's extract. */
function ownExtract(all: PersonIndex, keep: (p: AggregationPerson) => boolean): PersonIndex {
  const persons = new Map<string, AggregationPerson>();
  for (const p of all.values()) if (keep(p)) persons.set(p.id, { ...facts(p), municipality: null });
  return persons;
}

/** A person's facts as a plain object (the service's persons are views over the population's columns). */
function facts(p: AggregationPerson): AggregationPerson {
  const { id, birthDate, sex, group, refugee, area, originGroup, originCountry, arrivalDate, municipality } = p;
  return { id, birthDate, sex, group, refugee, area, originGroup, originCountry, arrivalDate, municipality };
}

/** The counts of a cell, in a form that compares exactly (means to 12 digits). */
function figures(c: CountedCell): string {
  const round = (x: number | null) => (x === null ? 'null' : Number(x.toPrecision(12)).toString());
  return `${c.group}|${c.breakdown}|${c.numerator}|${c.denominator}|${round(c.value)}|${round(c.sd)}|${c.n}`;
}

async function inputFor(indicatorId: string, period: string, dataFile: string | null) {
  const indicator = catalogue.get(indicatorId);
  if (indicator === undefined) throw new Error(indicatorId);
  const parsed = parsePeriod(period, indicator.period_type);
  if (!parsed.ok) throw new Error(period);
  const range = periodRange(parsed.period);
  const rows: AggregationRow[] = dataFile === null ? [] : (await readIndicatorRows(indicatorId, dataFile, pseudonymiser, undefined, joinKeys(population))).rows;
  return {
    indicatorId,
    period: { start: range.start, end: range.end, label: period },
    referenceDate: referenceDate(parsed.period),
    persons: personsFor(indicator, population),
    rows,
    ageBands: ageBands(indicator),
    // Every second figure the catalogue computes (issue 14): their cells must follow the municipalities too.
    secondFigures: secondFigures(indicator).map((v) => v.id),
  };
}

describe('a national extract, all eleven indicators', () => {
  it('spreads the persons over the five municipalities', () => {
    const codes = new Set(Array.from({ length: population.population.persons.size }, (_, i) => population.population.persons.municipality(i)));
    expect([...codes].sort()).toEqual(CODES);
  });

  it('covers the eleven indicators of the catalogue', () => {
    expect(manifest.entries.map((e) => e.indicator).sort()).toEqual([...catalogue.ids].sort());
  });

  it("gives every municipality's and the country's cells the counts of a separate run on their own persons", async () => {
    for (const entry of manifest.entries) {
      const input = await inputFor(entry.indicator, entry.period, entry.dataFile);
      const national = aggregate(input).cells;
      const of = (code: string) => national.filter((c: AggregatedCell) => c.municipality === code).map(figures);
      expect([...new Set(national.map((c) => c.municipality))], entry.indicator).toEqual([...CODES, '000']);
      for (const code of CODES) {
        const alone = aggregate({ ...input, persons: ownExtract(input.persons, (p) => p.municipality === code) });
        expect(of(code), `${entry.indicator} ${code}`).toEqual(alone.cells.map(figures));
      }
      const country = aggregate({ ...input, persons: ownExtract(input.persons, () => true) });
      const expected = country.cells.filter((c) => !c.breakdown.startsWith('area=')).map(figures);
      expect(of('000'), `${entry.indicator} 000`).toEqual(expected);
    }
  }, 60_000);

  it('has something to count in every indicator (the comparison is not vacuous)', async () => {
    for (const entry of manifest.entries) {
      const cells = aggregate(await inputFor(entry.indicator, entry.period, entry.dataFile)).cells;
      const total = cells.find((c) => c.municipality === '000' && c.group === 'total' && c.breakdown === '');
      expect(total?.numerator ?? total?.n, entry.indicator).toBeGreaterThan(0);
    }
  }, 60_000);

  it('writes the second figures for every municipality as for the country (the comparison above covers them)', async () => {
    const withSeconds: string[] = [];
    for (const entry of manifest.entries) {
      const cells = aggregate(await inputFor(entry.indicator, entry.period, entry.dataFile)).cells.filter((c) => c.breakdown.startsWith('variant='));
      if (cells.length === 0) continue;
      withSeconds.push(entry.indicator);
      for (const code of [...CODES, '000']) expect(cells.filter((c) => c.municipality === code).length, `${entry.indicator} ${code}`).toBe(cells.length / 6);
    }
    expect(withSeconds.sort()).toEqual([
      'boern-anbringelse',
      'boern-kontaktperson',
      'hjemmepleje',
      'igu-forloeb',
      'karaktergennemsnit',
      'kriminalitet',
      'selvforsoergelse',
      'sprogstimulering',
    ]);
  }, 60_000);
});

describe('several indicators in one run (aggregateIndicators)', () => {
  it('suppresses each on a second thread while the next is counted, with the outcomes of aggregating them one by one', async () => {
    const picked = manifest.entries.filter((e) => ['valgdeltagelse', 'igu-forloeb', 'kriminalitet'].includes(e.indicator));
    const requests = picked.map((e) => ({ indicatorId: e.indicator, period: e.period, population, dataFile: e.dataFile }));
    const deps = { catalogue, pseudonymiser, threshold: 5, municipality: '999' };
    const together = await aggregateIndicators(requests, deps);
    const oneByOne = [];
    for (const request of requests) oneByOne.push(await aggregateIndicator(request, deps));
    expect(together.map((o) => o.indicator.id)).toEqual(picked.map((e) => e.indicator));
    expect(picked).toHaveLength(3);
    expect(together).toEqual(oneByOne);
    // Not vacuous: the suppression withheld cells of municipalities and of the country.
    const withheld = together.flatMap((o) => o.cells).filter((c) => c.suppressed);
    expect(new Set(withheld.map((c) => c.municipality)).size).toBeGreaterThan(1);
  }, 120_000);

  it('starts a thread that suppresses as suppressDelivery does', async () => {
    const thread = new SuppressionThread();
    try {
      expect(await thread.threaded).toBe(true);
      const indicator = catalogue.get('valgdeltagelse');
      if (indicator === undefined) throw new Error('valgdeltagelse');
      const counted = [
        { municipality: '101', group: 'target' as const, breakdown: '', numerator: 2, denominator: 40 },
        { municipality: '101', group: 'comparison' as const, breakdown: '', numerator: 30, denominator: 50 },
        { municipality: '101', group: 'total' as const, breakdown: '', numerator: 32, denominator: 90 },
      ].map((c) => unsuppressedCell({ ...c, value: c.numerator / c.denominator, sd: null, n: null }, c.municipality));
      expect(await thread.suppress(indicator, counted, 5)).toEqual(suppressDelivery(indicator, counted, 5));
    } finally {
      await thread.close();
    }
  });

  it('lets this thread suppress the deliveries the other has not started, with the same cells', async () => {
    const indicator = catalogue.get('valgdeltagelse');
    if (indicator === undefined) throw new Error('valgdeltagelse');
    const deliveries = [2, 3, 4, 6, 8, 12].map((small) =>
      [
        { municipality: '101', group: 'target' as const, breakdown: '', numerator: small, denominator: 40 },
        { municipality: '101', group: 'comparison' as const, breakdown: '', numerator: 30, denominator: 50 },
        { municipality: '101', group: 'total' as const, breakdown: '', numerator: 30 + small, denominator: 90 },
      ].map((c) => unsuppressedCell({ ...c, value: c.numerator / c.denominator, sd: null, n: null }, c.municipality)),
    );
    const thread = new SuppressionThread();
    try {
      expect(await thread.threaded).toBe(true);
      const answers = deliveries.map((cells) => thread.suppress(indicator, cells, 5));
      // At once: the other thread has started the first of them at most.
      await thread.suppressWaiting();
      expect(await Promise.all(answers)).toEqual(deliveries.map((cells) => suppressDelivery(indicator, cells, 5)));
    } finally {
      await thread.close();
    }
  });

  it('gives a delivery to one thread only', () => {
    const job = { claim: new Int32Array(new SharedArrayBuffer(4)) } as SuppressionJob;
    expect(claim(job, 'thread')).toBe(true);
    expect(claim(job, 'here')).toBe(false);
    expect(claim(job, 'thread')).toBe(false);
  });

  it('counts the smallest data file first and the population-only indicators last, a missing file first of all', async () => {
    const sized = (name: string, bytes: number) => {
      const file = path.join(dir, name);
      writeFileSync(file, 'x'.repeat(bytes));
      return file;
    };
    const order = countingOrder([
      { dataFile: sized('big.csv', 3000) },
      { dataFile: null },
      { dataFile: sized('small.csv', 10) },
      { dataFile: path.join(dir, 'not-there.csv') },
      { dataFile: sized('small-too.csv', 10) },
    ]);
    // Equal sizes keep the requests' order.
    expect(order).toEqual([3, 2, 4, 0, 1]);
  });

  it('reports a bad file as aggregateIndicator does, and leaves no thread behind', async () => {
    const deps = { catalogue, pseudonymiser, threshold: 5, municipality: '999' };
    const first = manifest.entries[0];
    const requests = [
      { indicatorId: first?.indicator ?? '', period: first?.period ?? '', population, dataFile: first?.dataFile ?? null },
      { indicatorId: 'valgdeltagelse', period: 'KV2025', population, dataFile: path.join(dir, 'missing.csv') },
    ];
    await expect(aggregateIndicators(requests, deps)).rejects.toThrow(/missing\.csv/);
  }, 60_000);
});
