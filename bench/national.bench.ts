/**
 * National runs (issue 11): a synthetic 98-municipality extract and an electoral roll, and the
 * turnout job — read, classify, join the votes, count per municipality × group — done by the
 * product (`aggregate --indicator valgdeltagelse`, suppression included) and by DuckDB on the same
 * files, in alternating child processes (P D P D …) so that the machine's drift hits both alike.
 * Each child reports wall time, peak RSS and the counts; the counts are compared cell by cell.
 *
 * Run: `node --import tsx bench/national.bench.ts [persons] [pairs]` (defaults 1,000,000 and 2).
 * DuckDB classifies as the issue's design option says: it finds the distinct combinations of
 * origin facts (own, and each parent's from the parent's row and classification, or the parent
 * columns), the product's own rules classify those few, and DuckDB joins and counts — in rounds,
 * parents before children, so that the counts agree exactly with the product's.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { assignGroup, classifyOrigin, type CountryCode, type OriginGroup, type ParentFacts } from '../src/origin/index.ts';
import { parseCountry } from '../src/services/population/parsers.ts';
import { measure } from './measure.ts';
import { municipalityPicker } from './national-extract.ts';
import { compiled } from './product.ts';
import { writeSyntheticPopulation } from './synthetic-population.ts';

/** `municipality|group` → [voted, entitled]. */
type Counts = Record<string, [number, number]>;

interface ChildResult {
  seconds: number;
  cpuSeconds: number;
  peakMb: number;
  counts: Counts;
}

async function productTurnout(dir: string): Promise<ChildResult> {
  // The product compiled, as `indikator aggregate` runs it; DuckDB's side classifies with the sources' rules.
  const { loadCatalogue } = await compiled<typeof import('../src/catalogue/index.ts')>('catalogue/index');
  const { createPseudonymiser } = await compiled<typeof import('../src/ingest/index.ts')>('ingest/index');
  const { aggregateIndicator, readClassifiedPopulation } =
    await compiled<typeof import('../src/services/aggregate-delivery/index.ts')>('services/aggregate-delivery/index');
  const pseudonymiser = createPseudonymiser({ dataDir: dir, key: 'cd'.repeat(32) });
  const run = await measure(async () => {
    const population = await readClassifiedPopulation(path.join(dir, 'population.csv'), pseudonymiser);
    return aggregateIndicator(
      { indicatorId: 'valgdeltagelse', period: 'KV2025', population, dataFile: path.join(dir, 'votes.csv') },
      { catalogue: loadCatalogue(), pseudonymiser, threshold: 5, municipality: '999' },
    );
  });
  const counts: Counts = {};
  for (const c of run.result.cells) {
    if (c.breakdown === '' && !c.suppressed) counts[`${c.municipality}|${c.group}`] = [c.numerator ?? 0, c.denominator ?? 0];
  }
  return { seconds: run.seconds, cpuSeconds: run.cpuSeconds, peakMb: run.peakMb, counts };
}

/** One person's origin facts as DuckDB hands them over: own, then mother's and father's. */
const FACTS = ['b', 'c', 'r', 'ml', 'mb', 'mc', 'mg', 'mo', 'fl', 'fb', 'fc', 'fg', 'fo'] as const;
type Facts = Readonly<Record<(typeof FACTS)[number], string>>;

function country(text: string): CountryCode | null {
  const parsed = parseCountry(text);
  return parsed.kind === 'ok' ? parsed.value : null;
}

/**
 * A parent as the product's reader hands it to the rules: a linked parent (a row of the extract)
 * with that row's facts and classification, else the parent columns, null when empty.
 */
function parentOf(linked: string, birth: string, citizenship: string, group: string, originCountry: string): ParentFacts | null {
  if (linked !== '1' && birth === '' && citizenship === '') return null;
  return {
    birthCountry: country(birth),
    citizenship: country(citizenship),
    originGroup: linked === '1' ? (group as OriginGroup) : null,
    ...(linked === '1' ? { originCountry: originCountry as CountryCode } : {}),
  };
}

/** The product's rules on one combination of facts: origin group, origin country and group. */
function classifyCombination(f: Facts): [string, string, string] {
  const origin = classifyOrigin({
    birthCountry: country(f.b),
    citizenship: country(f.c),
    mother: parentOf(f.ml, f.mb, f.mc, f.mg, f.mo),
    father: parentOf(f.fl, f.fb, f.fc, f.fg, f.fo),
  });
  return [origin.originGroup, origin.originCountry, assignGroup({ origin, citizenship: country(f.c), refugee: f.r === '1' }, 'origin', false)];
}

/** Parent columns of one round: the linked parent's row and classification, else the extract's parent columns. */
function parentColumns(alias: string, prefix: 'mother' | 'father', short: 'm' | 'f'): string {
  return `CASE WHEN ${alias}.id IS NULL THEN '0' ELSE '1' END AS ${short}l,
    CASE WHEN ${alias}.id IS NULL THEN coalesce(p.${prefix}_birth_country, '') ELSE coalesce(${alias}.b, '') END AS ${short}b,
    CASE WHEN ${alias}.id IS NULL THEN coalesce(p.${prefix}_citizenship, '') ELSE coalesce(${alias}.c, '') END AS ${short}c,
    coalesce(${alias}.og, '') AS ${short}g, coalesce(${alias}.oc, '') AS ${short}o`;
}

/**
 * Classifies every person in rounds, parents before children (a linked parent's own origin group
 * and country are facts of the child): each round takes the persons whose linked parents are
 * classified, the product's rules classify their distinct combinations of facts, and DuckDB
 * joins the answers back.
 */
async function classifyInRounds(db: DuckDBConnection): Promise<void> {
  await db.run('CREATE TEMP TABLE cls (id VARCHAR, b VARCHAR, c VARCHAR, m VARCHAR, og VARCHAR, oc VARCHAR, grp VARCHAR)');
  for (let round = 0; round < 100; round++) {
    await db.run(`CREATE OR REPLACE TEMP TABLE ready AS
      SELECT p.person_id AS id, p.municipality AS m, coalesce(p.birth_country, '') AS b, coalesce(p.citizenship, '') AS c,
        coalesce(p.refugee, '') AS r, ${parentColumns('mo', 'mother', 'm')}, ${parentColumns('fa', 'father', 'f')}
      FROM pop p
        LEFT JOIN pop pm ON pm.person_id = p.mother_id LEFT JOIN cls mo ON mo.id = pm.person_id
        LEFT JOIN pop pf ON pf.person_id = p.father_id LEFT JOIN cls fa ON fa.id = pf.person_id
      WHERE p.person_id NOT IN (SELECT id FROM cls)
        AND (pm.person_id IS NULL OR mo.id IS NOT NULL) AND (pf.person_id IS NULL OR fa.id IS NOT NULL)`);
    const combos = (await db.runAndReadAll(`SELECT DISTINCT ${FACTS.join(', ')} FROM ready`)).getRowObjectsJson();
    if (combos.length === 0) return;
    await db.run(`CREATE OR REPLACE TEMP TABLE combos (${FACTS.map((f) => `${f} VARCHAR`).join(', ')}, og VARCHAR, oc VARCHAR, grp VARCHAR)`);
    const appender = await db.createAppender('combos');
    for (const combo of combos) {
      const facts = Object.fromEntries(FACTS.map((f) => [f, String(combo[f] ?? '')])) as Facts;
      for (const f of FACTS) appender.appendVarchar(facts[f]);
      for (const value of classifyCombination(facts)) appender.appendVarchar(value);
      appender.endRow();
    }
    appender.closeSync();
    await db.run(`INSERT INTO cls SELECT r.id, r.b, r.c, r.m, k.og, k.oc, k.grp FROM ready r JOIN combos k USING (${FACTS.join(', ')})`);
  }
  throw new Error('parent links deeper than 100 generations');
}

async function duckdbTurnout(dir: string): Promise<ChildResult> {
  const run = await measure(async () => {
    const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
    const db = await instance.connect();
    const csv = (name: string) => `read_csv('${path.join(dir, name)}', delim=';', header=true, all_varchar=true)`;
    await db.run(`CREATE TEMP TABLE pop AS SELECT * FROM ${csv('population.csv')}`);
    await classifyInRounds(db);
    const reader = await db.runAndReadAll(`
      SELECT k.m, k.grp, count(*) FILTER (WHERE v.voted = '1')::INTEGER AS voted, count(*)::INTEGER AS entitled
      FROM ${csv('votes.csv')} v JOIN cls k ON k.id = v.person_id
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
  return { seconds: run.seconds, cpuSeconds: run.cpuSeconds, peakMb: run.peakMb, counts };
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
      `  product: wall ${product.map((r) => r.seconds.toFixed(2)).join(', ')} s; CPU ${product.map((r) => r.cpuSeconds.toFixed(1)).join(', ')} s; peak RSS ${range(
        product.map((r) => r.peakMb),
        0,
      )} MB`,
      `  DuckDB:  wall ${duck.map((r) => r.seconds.toFixed(2)).join(', ')} s; CPU ${duck.map((r) => r.cpuSeconds.toFixed(1)).join(', ')} s (2 threads); peak RSS ${range(
        duck.map((r) => r.peakMb),
        0,
      )} MB`,
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
