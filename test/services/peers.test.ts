/**
 * Peers: the own kommunegruppe by default (group 3 for the demo), the coordinator's choice stored as
 * a versioned, audited setting, and refusals naming the bad code.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPeers, setPeers } from '../../src/services/peers.ts';
import { openStore, type Store } from '../../src/store/index.ts';

describe('peers', () => {
  let dir: string;
  let store: Store;

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'indikator-peers-'));
    store = await openStore({ dataDir: path.join(dir, 'data') });
  });

  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('defaults to the own kommunegruppe without the own municipality', async () => {
    // Odense (461) is a Storbykommune with Aarhus (751) and Aalborg (851).
    expect(await loadPeers(store, '461')).toMatchObject({
      isDefault: true,
      version: null,
      codes: ['751', '851'],
      label: { da: 'Kommunegruppe 2 Storbykommuner' },
    });
    const demo = await loadPeers(store, '999');
    expect(demo.choice).toEqual({ kind: 'group', group: '3' });
    expect(demo.codes).toHaveLength(16);
  });

  it('stores the coordinator’s choice as versions, audited, and goes back to the default', async () => {
    expect(await setPeers(store, '999', { kind: 'municipalities', codes: ['751', '101', '751'] }, 'koordinator')).toMatchObject({
      version: 1,
      codes: ['101', '751'],
    });
    expect(await setPeers(store, '999', { kind: 'municipalities', codes: ['101', '751'] }, 'koordinator')).toBeNull();
    expect(await loadPeers(store, '999')).toMatchObject({
      isDefault: false,
      version: 1,
      codes: ['101', '751'],
      label: { da: 'Valgte kommuner: København, Aarhus' },
    });
    expect(await setPeers(store, '999', null, 'koordinator')).toMatchObject({ version: 2, isDefault: true });
    expect((await loadPeers(store, '999')).codes).toHaveLength(16);
    const audit = (await store.auditLog()).filter((e) => e.action === 'setting.set');
    expect(audit.map((e) => e.details)).toEqual([
      { version: 1, before: null, after: { kind: 'municipalities', codes: ['101', '751'] } },
      { version: 2, before: { kind: 'municipalities', codes: ['101', '751'] }, after: { kind: 'default' } },
    ]);
  });

  it('refuses an unknown code, the country and an unknown group, storing nothing', async () => {
    await expect(setPeers(store, '999', { kind: 'municipalities', codes: ['101', '123'] }, 'k')).rejects.toThrow(
      'Ukendt kommunekode "123" / Unknown municipality code "123"',
    );
    await expect(setPeers(store, '999', { kind: 'municipalities', codes: ['000'] }, 'k')).rejects.toThrow(/Hele landet \(000\) vises altid/);
    await expect(setPeers(store, '999', { kind: 'group', group: '7' }, 'k')).rejects.toThrow('Ukendt kommunegruppe "7" (kendte: 1, 2, 3, 4, 5)');
    expect(await store.currentSetting('peers')).toBeUndefined();
  });
});
