/**
 * Targets in the store: versioned (a new version per change, a removal is a version too), audited
 * in the same transaction, and the rows refuse updates and deletes — on every backend.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.ts';
import type { NewTarget } from '../../src/cells/index.ts';
import { backends, type TestDatabase } from './backends.ts';
import { tickingClock } from './helpers.ts';

const target = (partial: Partial<NewTarget> = {}): NewTarget => ({
  indicator: 'selvforsoergelse',
  measure: 'level',
  group: 'target',
  value: 0.6,
  year: 2028,
  baseline: '2020',
  decision: 'Byrådet 12. marts 2026, punkt 7',
  ...partial,
});

describe.each(backends)('targets on $name', ({ create }) => {
  let testDb: TestDatabase;
  let store: Store;

  beforeEach(async () => {
    testDb = await create();
    store = await openStore({ ...testDb.options, now: tickingClock() });
  });

  afterEach(async () => {
    await store?.close();
    await testDb?.cleanup();
  });

  it('keeps every version, shows the latest in force and audits each change', async () => {
    expect(await store.writeTarget('selvforsoergelse', target(), 'koordinator')).toMatchObject({ version: 1 });
    expect(await store.writeTarget('selvforsoergelse', target(), 'koordinator')).toBeNull();
    expect(await store.writeTarget('selvforsoergelse', target({ value: 0.65 }), 'koordinator')).toMatchObject({ version: 2 });
    expect((await store.currentTargets()).map((t) => [t.indicator, t.value, t.version])).toEqual([['selvforsoergelse', 0.65, 2]]);

    expect(await store.writeTarget('selvforsoergelse', null, 'koordinator')).toMatchObject({ version: 3, target: null });
    expect(await store.currentTargets()).toEqual([]);
    const versions = await store.targetVersions('selvforsoergelse');
    expect(versions.map((v) => [v.version, v.target?.value ?? null])).toEqual([
      [1, 0.6],
      [2, 0.65],
      [3, null],
    ]);

    const audit = (await store.auditLog()).filter((e) => e.objectType === 'target');
    expect(audit.map((e) => e.action)).toEqual(['target.set', 'target.set', 'target.remove']);
    expect(audit[1]?.details).toMatchObject({ version: 2, before: { value: 0.6 }, after: { value: 0.65, year: 2028, baseline: '2020' } });
  });

  it('refuses to change or delete a stored version', async () => {
    await store.writeTarget('selvforsoergelse', target(), 'koordinator');
    await expect(testDb.exec('update targets set value = 0.1')).rejects.toThrow();
    await expect(testDb.exec('delete from targets')).rejects.toThrow();
    expect((await store.currentTargets())[0]?.value).toBe(0.6);
  });
});
