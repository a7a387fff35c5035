/**
 * `indikator aggregate --plan`: several deliveries from one population extract in one run (the
 * population read once, each indicator suppressed beside the counting of the next) — each file the
 * same bytes as its own `aggregate` run gives, every plan problem named by row and column before
 * the population is read.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, useTempDir } from './helpers.ts';

const temp = useTempDir('aggregate-plan-');
const env = () => ({ dataDir: temp.path('data') });
const population = () => temp.path('files/befolkning-2025.csv');

beforeAll(async () => {
  const demo = await runCli(['demo', '--out', temp.path('files'), '--persons', '2000'], env());
  expect(demo.code, demo.stderr).toBe(0);
}, 120_000);

describe('aggregate --plan', () => {
  it('writes every planned delivery, each as its own run writes it, paths from the plan’s folder', async () => {
    await writeFile(
      temp.path('files/plan.csv'),
      [
        'indikator;periode;datafil;levering',
        'valgdeltagelse;KV2025;valgdeltagelse-KV2025.csv;../out-valg.csv',
        'kriminalitet;2025;kriminalitet-2025.csv;../out-krim.csv',
        'boligomraader-diversitet;2025;;../out-bolig.csv',
        // A period and a file name whose digits read as a date and four more: not an id.
        'sprogstimulering;2024-10/2025-09;sprogstimulering-2024-10_2025-09.csv;../out-sprog.csv',
      ].join('\r\n'),
    );
    const planned = await runCli(['aggregate', '--population', population(), '--plan', temp.path('files/plan.csv')], env());
    expect(planned.code, planned.stderr).toBe(0);
    expect(planned.stdout.trim().split('\n')).toHaveLength(4);
    const alone = await runCli(
      [
        'aggregate',
        '--population',
        population(),
        '--indicator',
        'kriminalitet',
        '--period',
        '2025',
        '--data',
        temp.path('files/kriminalitet-2025.csv'),
        '--out',
        temp.path('alone-krim.csv'),
      ],
      env(),
    );
    expect(alone.code, alone.stderr).toBe(0);
    const [together, single] = await Promise.all([readFile(temp.path('out-krim.csv'), 'utf8'), readFile(temp.path('alone-krim.csv'), 'utf8')]);
    expect(together).toBe(single);
    expect(together.split('\n').length).toBeGreaterThan(20);
    expect(await readFile(temp.path('out-valg.csv'), 'utf8')).toContain(',valgdeltagelse,KV2025,target,,');
    expect(await readFile(temp.path('out-bolig.csv'), 'utf8')).toContain(',boligomraader-diversitet,2025,');
  }, 120_000);

  it('names each bad row of a plan and writes nothing', async () => {
    await writeFile(
      temp.path('files/bad.csv'),
      [
        'indicator;period;data;out',
        'valgdeltagelse;KV2025;valgdeltagelse-KV2025.csv;../bad-a.csv',
        'kriminalitet;2025;kriminalitet-2025.csv;../bad-a.csv',
        ';2025;x.csv;../bad-c.csv',
      ].join('\n'),
    );
    const result = await runCli(['aggregate', '--population', population(), '--plan', temp.path('files/bad.csv')], env());
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/række 3, kolonne D \(out\).*række 2 skriver også til denne fil/);
    expect(result.stderr).toMatch(/række 4, kolonne A \(indicator\): værdien mangler/);
    await expect(readFile(temp.path('bad-a.csv'))).rejects.toThrow();
  });

  it('refuses an unknown indicator of a plan, and a single run without --indicator, --period and --out', async () => {
    await writeFile(temp.path('files/unknown.csv'), ['indicator;period;data;out', 'nope;2025;;../nope.csv'].join('\n'));
    const unknown = await runCli(['aggregate', '--population', population(), '--plan', temp.path('files/unknown.csv')], env());
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown indicator 'nope'");
    const incomplete = await runCli(['aggregate', '--population', population(), '--indicator', 'kriminalitet'], env());
    expect(incomplete.code).toBe(2);
    expect(incomplete.stderr).toContain('give --indicator, --period and --out, or --plan');
    const both = await runCli(['aggregate', '--population', population(), '--plan', temp.path('files/unknown.csv'), '--indicator', 'kriminalitet'], env());
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('with --plan the deliveries are in the plan');
  });
});
