import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPseudonymiser, normalisePersonId } from '../../src/ingest/index.ts';
import { generatedCpr, useTempDir } from './helpers.ts';

const temp = useTempDir();
const keyHex = (byte: number) => Buffer.alloc(32, byte).toString('hex');

describe('createPseudonymiser', () => {
  it('computes HMAC-SHA-256 under the key, as 32 hex characters', () => {
    const key = Buffer.alloc(32, 7);
    const p = createPseudonymiser({ dataDir: temp.path('unused'), key: key.toString('hex') });
    const expected = createHmac('sha256', key).update('P000123').digest('hex').slice(0, 32);
    expect(p.pseudonymise('P000123')).toBe(expected);
    expect(p.pseudonymise('P000123')).toMatch(/^[0-9a-f]{32}$/);
    expect(p.keySource).toBe('env');
    expect(existsSync(temp.path('unused'))).toBe(false);
  });

  it('differs from the input, never contains it, is stable for a key and differs between keys', () => {
    const a = createPseudonymiser({ dataDir: temp.dir, key: keyHex(1) });
    const a2 = createPseudonymiser({ dataDir: temp.dir, key: keyHex(1) });
    const b = createPseudonymiser({ dataDir: temp.dir, key: keyHex(2) });
    for (let seed = 0; seed < 200; seed++) {
      const cpr = generatedCpr(seed);
      const pseudonym = a.pseudonymise(cpr);
      expect(pseudonym).not.toBe(cpr);
      expect(pseudonym).not.toContain(cpr);
      expect(pseudonym).not.toContain(cpr.slice(0, 6));
      expect(a2.pseudonymise(cpr)).toBe(pseudonym);
      expect(b.pseudonymise(cpr)).not.toBe(pseudonym);
    }
  });

  it('gives distinct persons distinct pseudonyms', () => {
    const p = createPseudonymiser({ dataDir: temp.dir, key: keyHex(3) });
    const ids = Array.from({ length: 5000 }, (_, i) => `P${String(i).padStart(6, '0')}`);
    expect(new Set(ids.map((id) => p.pseudonymise(id))).size).toBe(ids.length);
  });

  it('treats a dashed CPR, the same without dash, and a lost leading zero as one person', () => {
    const p = createPseudonymiser({ dataDir: temp.dir, key: keyHex(4) });
    const seed = 3; // day 04 → starts with a zero
    const plain = generatedCpr(seed);
    expect(plain.startsWith('0')).toBe(true);
    const pseudonym = p.pseudonymise(plain);
    expect(p.pseudonymise(generatedCpr(seed, true))).toBe(pseudonym);
    expect(p.pseudonymise(` ${plain} `)).toBe(pseudonym);
    expect(p.pseudonymise(plain.slice(1))).toBe(pseudonym);
    expect(p.pseudonymise('')).toBe('');
    expect(p.pseudonymise('  ')).toBe('');
  });

  it('accepts a base64 key and refuses a short one', () => {
    const key = randomBytes(48);
    const p = createPseudonymiser({ dataDir: temp.dir, key: key.toString('base64') });
    expect(p.pseudonymise('P1')).toBe(createHmac('sha256', key).update('P1').digest('hex').slice(0, 32));
    expect(() => createPseudonymiser({ dataDir: temp.dir, key: 'abcd' })).toThrow(/too short/);
  });

  it('creates the key file on first use (folder 0700, file 0600) and reuses it', () => {
    const dataDir = join(temp.dir, 'fresh', 'data');
    const first = createPseudonymiser({ dataDir });
    expect(first.keySource).toBe('created');
    const keyFile = join(dataDir, 'pseudonym.key');
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(readFileSync(keyFile, 'utf8')).toMatch(/^[0-9a-f]{64}\n$/);
    const second = createPseudonymiser({ dataDir });
    expect(second.keySource).toBe('file');
    expect(second.pseudonymise('P000001')).toBe(first.pseudonymise('P000001'));
  });

  it('prefers the configured key (INDIKATOR_PSEUDONYM_KEY) over the key file', () => {
    const dataDir = join(temp.dir, 'with-file');
    createPseudonymiser({ dataDir });
    writeFileSync(join(dataDir, 'pseudonym.key'), keyHex(9));
    const fromFile = createPseudonymiser({ dataDir }).pseudonymise('P1');
    const fromEnv = createPseudonymiser({ dataDir, key: keyHex(8) }).pseudonymise('P1');
    expect(fromFile).toBe(createHmac('sha256', Buffer.alloc(32, 9)).update('P1').digest('hex').slice(0, 32));
    expect(fromEnv).toBe(createHmac('sha256', Buffer.alloc(32, 8)).update('P1').digest('hex').slice(0, 32));
  });
});

describe('normalisePersonId', () => {
  it('trims, removes the CPR dash and restores a lost leading zero, and leaves other ids alone', () => {
    const dashed = generatedCpr(40, true);
    expect(normalisePersonId(dashed)).toBe(dashed.replace('-', ''));
    expect(normalisePersonId(' P000123 ')).toBe('P000123');
    expect(normalisePersonId('123456789')).toBe('0123456789');
    expect(normalisePersonId('12-34')).toBe('12-34');
    expect(normalisePersonId('12345-67890')).toBe('12345-67890');
  });
});
