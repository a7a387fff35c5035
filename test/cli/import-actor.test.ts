/**
 * Issue 17, item 11: `import --actor NAME` cannot put any name into the audit log as the actor. The
 * actor is the operating-system user who ran the command; the given name is kept as a note.
 */
import os from 'node:os';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { deliveryCsv, shareRow } from './delivery-files.ts';
import { runCli, useTempDir } from './helpers.ts';

const temp = useTempDir('import-actor');

describe('import --actor', () => {
  it('records the operating-system user as the actor and the given name as a note', async () => {
    const dataDir = temp.path('store');
    const file = temp.path('levering.csv');
    writeFileSync(file, deliveryCsv([shareRow('target', 412, 1000), shareRow('comparison', 900, 2000)]));
    const result = await runCli(['import', file, '--actor', 'admin'], { dataDir });
    expect(result.code, result.stderr).toBe(0);
    const store = await openStore({ dataDir });
    try {
      const [entry] = await store.auditLog({ action: 'delivery.import' });
      expect(entry?.actor).toBe(os.userInfo().username);
      expect(entry?.details).toMatchObject({ actorNote: 'admin' });
      const [delivery] = await store.latestDeliveries({});
      expect(delivery?.createdBy).toBe(os.userInfo().username);
    } finally {
      await store.close();
    }
  }, 60_000);
});
