/**
 * `indikator user …` as an operator runs it: the first administrator created with a password from
 * standard input (never an argument), a role change, disabling, and refusals with exit code 2.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { argon2idHasher } from '../../src/auth/index.ts';
import { openStore } from '../../src/store/index.ts';

const REPO = resolve(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'indikator-cli-user-'));
const dataDir = join(dir, 'data');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: readonly string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const env: NodeJS.ProcessEnv = { ...process.env, INDIKATOR_DATA_DIR: dataDir };
    delete env.DATABASE_URL;
    const child = spawn(process.execPath, ['bin/indikator.js', 'user', ...args], { cwd: REPO, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('indikator user', () => {
  it('creates the first administrator, changes roles, disables, and refuses bad input', { timeout: 60_000 }, async () => {
    const added = await cli(['add', 'it-drift', '--role', 'admin', '--name', 'IT-drift', '--password-stdin'], 'en-lang-adgangskode\n');
    expect(added).toMatchObject({ code: 0, stdout: 'Oprettet / created: it-drift (admin)\n' });

    const steward = await cli(['add', 'anna', '--role', 'steward', '--department', 'Center for Arbejdsmarked']);
    expect(steward.code).toBe(0);
    expect(steward.stdout).toMatch(/^Oprettet \/ created: anna \(steward\) \[Center for Arbejdsmarked\]\nAdgangskode \/ password: [\w-]{20}\n$/);

    expect(await cli(['role', 'anna', 'coordinator', '--department', 'Politisk Sekretariat'])).toMatchObject({
      code: 0,
      stdout: 'Ændret / changed: anna (coordinator) [Politisk Sekretariat]\n',
    });
    expect((await cli(['disable', 'anna'])).stdout).toBe('Ændret / changed: anna (coordinator) [Politisk Sekretariat] – spærret / disabled\n');

    const refused = await cli(['add', 'bo', '--role', 'steward']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('en dataansvarlig skal have mindst én afdeling / a data steward needs at least one department\n');
    expect((await cli(['add', 'it-drift', '--role', 'reader'])).stderr).toContain('the user name it-drift is taken');
    expect((await cli(['add', 'cy', '--role', 'boss'])).stderr).toContain('unknown role boss');

    const listed = JSON.parse((await cli(['list', '--json'])).stdout) as { username: string; role: string; disabled: boolean; passwordHash?: string }[];
    expect(listed.map((u) => [u.username, u.role, u.disabled, 'passwordHash' in u])).toEqual([
      ['anna', 'coordinator', true, false],
      ['it-drift', 'admin', false, false],
    ]);

    const store = await openStore({ dataDir });
    try {
      const admin = await store.findUserByName('it-drift');
      expect(admin?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      expect(await argon2idHasher().verify(admin?.passwordHash ?? '', 'en-lang-adgangskode')).toBe(true);
      const actions = (await store.auditLog({ objectType: 'user' })).map((e) => `${e.actor.startsWith('cli:') ? 'cli' : e.actor} ${e.action}`);
      expect(actions).toEqual(['cli user.create', 'cli user.create', 'cli user.update', 'cli user.update']);
    } finally {
      await store.close();
    }
  });
});

describe('the Argon2id hasher', () => {
  it('verifies the right password only, and never throws on a foreign or broken hash', async () => {
    const hasher = argon2idHasher({ memoryCost: 1024, timeCost: 1 });
    const stored = await hasher.hash('korrekt-hest-batteri');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=1024,t=1,p=1\$/);
    expect(await hasher.hash('korrekt-hest-batteri')).not.toBe(stored);
    expect(await hasher.verify(stored, 'korrekt-hest-batteri')).toBe(true);
    expect(await hasher.verify(stored, 'Korrekt-hest-batteri')).toBe(false);
    expect(await hasher.verify('$2b$10$abcdefghijklmnopqrstuv', 'x')).toBe(false);
    expect(await hasher.verify('$argon2id$broken', 'x')).toBe(false);
  });
});
