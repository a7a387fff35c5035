/**
 * A mean over nobody: a national run writes the mean of a group without pupils in a municipality
 * as n = 0 and no value. That is a complete cell (there is no mean to give), not a missing value.
 */
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, useTempDir } from './helpers.ts';

const temp = useTempDir('import-empty-mean');

describe('import of a mean over nobody', () => {
  it('accepts n = 0 without a value, and still refuses a missing value behind pupils', async () => {
    const header = 'indicator,period,group,breakdown,numerator,denominator,value,sd,n,definition,third_generation,suppressed,note';
    const ok = temp.path('ok.csv');
    writeFileSync(ok, `${header}\nkaraktergennemsnit,2024/2025,target,,,,6.5,2.4,40,,,,\nkaraktergennemsnit,2024/2025,other,,,,,,0,,,,\n`);
    const imported = await runCli(['import', ok], { dataDir: temp.path('store') });
    expect(imported.code).toBe(0);
    const bad = temp.path('bad.csv');
    writeFileSync(bad, `${header}\nkaraktergennemsnit,2024/2025,target,,,,,2.4,40,,,,\n`);
    const refused = await runCli(['import', bad], { dataDir: temp.path('store2') });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('the mean (value) is missing');
  });
});
