/**
 * National runs (issue 11): a synthetic 98-municipality extract and an electoral roll, and the
 * turnout job — read, classify, join the votes, count per municipality × group — done by the
 * product (`aggregate --indicator valgdeltagelse`, suppression included) and by DuckDB on the same
 * files, in alternating child processes (P D P D …) so that the machine's drift hits both alike.
 * Each child reports wall time, peak RSS and the counts; the counts are compared cell by cell.
 *
 * Run: `node --import tsx bench/national.bench.ts [persons] [pairs]` (defaults 1,000,000 and 2).
 * DuckDB classifies as the issue's design option says: it finds the distinct combinations of
 * origin facts (own, and each parent's from the parent's row or columns), the product's own rules
 * classify those few, and DuckDB joins and counts. Parents' own origin groups (a chain of linked
 * parents) are not followed there, so a few persons may land in another group; the totals per
 * municipality do not depend on it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { loadCatalogue } from '../src/catalogue/index.ts';
import { createPseudonymiser } from '../src/ingest/index.ts';
import { assignGroup, classifyOrigin, type CountryCode } from '../src/origin/index.ts';
import { aggregateIndicator, readClassifiedPopulation } from '../src/services/aggregate/index.ts';
import { parseCountry } from '../src/services/population/parsers.ts';
import { measure } from './measure.ts';
import { municipalityPicker } from './national-extract.ts';
import { writeSyntheticPopulation } from './synthetic-population.ts';

/** `municipality|group` → [voted, entitled]. */
type Counts = Record<string, [number, number]>;

interface ChildResult {
  seconds: number;
  peakMb: number;
  counts: Counts;
}

async function productTurnout(dir: string): Promise<ChildResult> {
  const pseudonymiser = createPseudonymiser({ dataDir: dir, env: { INDIKATOR_PSEUDONYM_KEY: 'cd'.repeat(32) } });
  const run = await measure(async () => {
    const population = await readClassifiedPopulation(path.join(dir, 'population.csv'), pseudonymiser);
    return aggregateIndicator(
      { indicatorId: 'valgdeltagelse', period: 'KV2025', population, dataFile: path.join(dir, 'votes.csv') },
      { catalogue: loadCatalogue(), pseudonymiser, threshold: 5 },
    );
  });
  const counts: Counts = {};
  for (const c of run.result.cells) {
    if (c.breakdown === '' && !c.suppressed) counts[`${c.municipality}|${c.group}`] = [c.numerator ?? 0, c.denominator ?? 0];
  }
  return { seconds: run.seconds, peakMb: run.peakMb, counts };
}

const FACTS = ['b', 'c', 'r', 'mb', 'mc', 'fb', 'fc'] as const;

function country(text: string): CountryCode | null {
  const parsed = parseCountry(text);
  return parsed.kind === 'ok' ? parsed.value : null;
}

/** The product's group for one combination of facts (a parent without facts is unknown). */
function groupOf(facts: Readonly<Record<(typeof FACTS)[number], string>>): string {
  const parent = (birth: string, citizenship: string) =>
    birth === '' && citizenship === '' ? null : { birthCountry: country(birth), citizenship: country(citizenship), originGroup: null };
  const origin = classifyOrigin({ birthCountry: country(facts.b), citizenship: country(facts.c), mother: parent(facts.mb, facts.mc), father: parent(facts.fb, facts.fc) });
  return assignGroup({ origin, citizenship: country(facts.c), refugee: facts.r === '1' }, 'origin', false);
}

async function duckdbTurnout(dir: string): Promise<ChildResult> {
  const run = await measure(async () => {
    const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
    const db = await instance.connect();
    const csv = (name: string) => `read_csv('${path.join(dir, name)}', delim=';', header=true, all_varchar=true)`;
    await db.run(`CREATE TEMP TABLE pop AS SELECT * FROM ${csv('population.csv')}`);
    await db.run(`CREATE TEMP TABLE facts AS
      SELECT p.person_id AS id, p.municipality AS m, coalesce(p.birth_country, '') AS b, coalesce(p.citizenship, '') AS c,
        coalesce(p.refugee, '') AS r,
        coalesce(mo.birth_country, p.mother_birth_country, '') AS mb, coalesce(mo.citizenship, p.mother_citizenship, '') AS mc,
        coalesce(fa.birth_country, p.father_birth_country, '') AS fb, coalesce(fa.citizenship, p.father_citizenship, '') AS fc
      FROM pop p LEFT JOIN pop mo ON mo.person_id = p.mother_id LEFT JOIN pop fa ON fa.person_id = p.father_id`);
    const combos = (await db.runAndReadAll(`SELECT DISTINCT ${FACTS.join(', ')} FROM facts`)).getRowObjectsJson();
    await db.run(`CREATE TEMP TABLE combos (${FACTS.map((f) => `${f} VARCHAR`).join(', ')}, grp VARCHAR)`);
    const appender = await db.createAppender('combos');
    for (const combo of combos) {
      const facts = Object.fromEntries(FACTS.map((f) => [f, String(combo[f] ?? '')])) as Record<(typeof FACTS)[number], string>;
      for (const f of FACTS) appender.appendVarchar(facts[f]);
      appender.appendVarchar(groupOf(facts));
      appender.endRow();
    }
    appender.closeSync();
    const reader = await db.runAndReadAll(`
      SELECT f.m, k.grp, count(*) FILTER (WHERE v.voted = '1')::INTEGER AS voted, count(*)::INTEGER AS entitled
      FROM ${csv('votes.csv')} v JOIN facts f ON f.id = v.person_id JOIN combos k USING (${FACTS.join(', ')})
      GROUP BY ALL`);
    const rows = reader.getRowObjectsJson();
    db.closeSync();
    instance.closeSync();
    return rows;
  });
  const counts: Counts = {};
  const add = (key: string, voted: number, entitled: number) => {
    const [v, e] = counts[key] ?? [0, 0];
    counts[key] = [v + voted, e + entitled];
  };
  for (const row of run.result) {
    const voted = Number(row.voted);
    const entitled = Number(row.entitled);
    for (const m of [String(row.m), '000']) {
      add(`${m}|${String(row.grp)}`, voted, entitled);
      add(`${m}|total`, voted, entitled);
    }
  }
  return { seconds: run.seconds, peakMb: run.peakMb, counts };
}

function child(engine: 'product' | 'duckdb', dir: string): ChildResult {
  const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), engine, dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 2 ** 20,
  });
  return JSON.parse(out.toString()) as ChildResult;
}

/** Cells the product published whose counts DuckDB gives differently. */
function differences(product: Counts, duck: Counts): { compared: number; differing: string[] } {
  const keys = Object.keys(product);
  const differing = keys.filter((k) => JSON.stringify(product[k]) !== JSON.stringify(duck[k] ?? [0, 0]));
  return { compared: keys.length, differing };
}

const range = (xs: readonly number[], digits: number) => `${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}`;

export async function benchNational(persons = 1_000_000, pairs = 2): Promise<string[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'indikator-bench-national-'));
  try {
    await writeSyntheticPopulation(path.join(dir, 'population.csv'), persons, 1, {
      municipality: municipalityPicker(2),
      votesFile: path.join(dir, 'votes.csv'),
    });
    const product: ChildResult[] = [];
    const duck: ChildResult[] = [];
    for (let i = 0; i < pairs; i++) {
      product.push(child('product', dir));
      duck.push(child('duckdb', dir));
    }
    const ratios = product.map((p, i) => p.seconds / (duck[i]?.seconds ?? Number.NaN));
    const last = differences(product.at(-1)?.counts ?? {}, duck.at(-1)?.counts ?? {});
    const totals = Object.keys(product.at(-1)?.counts ?? {}).filter((k) => k.endsWith('|total'));
    const totalDiffs = last.differing.filter((k) => k.endsWith('|total'));
    return [
      `turnout job, ${persons.toLocaleString('en')} persons, 98 municipalities, ${pairs} paired runs (product, DuckDB alternately):`,
      `  product: ${product.map((r) => r.seconds.toFixed(2)).join(', ')} s; peak RSS ${range(product.map((r) => r.peakMb), 0)} MB`,
      `  DuckDB:  ${duck.map((r) => r.seconds.toFixed(2)).join(', ')} s; peak RSS ${range(duck.map((r) => r.peakMb), 0)} MB`,
      `  product / DuckDB per pair: ${ratios.map((r) => `${r.toFixed(1)}×`).join(', ')}`,
      `  counts: ${last.compared} published cells compared, ${last.differing.length} differ (${totalDiffs.length} of ${totals.length} municipality totals)`,
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [mode, arg] = process.argv.slice(2);
  if (mode === 'product') console.log(JSON.stringify(await productTurnout(arg ?? '.')));
  else if (mode === 'duckdb') console.log(JSON.stringify(await duckdbTurnout(arg ?? '.')));
  else for (const line of await benchNational(Number(mode ?? 1_000_000), Number(arg ?? 2))) console.log(line);
}
