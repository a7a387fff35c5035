/**
 * Where the pseudonymisation key comes from: the environment variable INDIKATOR_PSEUDONYM_KEY (hex or
 * base64, at least 32 bytes), or else the key file `<dataDir>/pseudonym.key`, which is created on
 * first use with 32 random bytes (written as hex), readable only by its owner (0600), in a data folder
 * created readable only by its owner (0700). The key lives outside the database (ARCHITECTURE.md).
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The environment variable holding the key. */
export const PSEUDONYM_KEY_ENV = 'INDIKATOR_PSEUDONYM_KEY';
/** The key file's name inside the data folder. */
export const PSEUDONYM_KEY_FILE = 'pseudonym.key';

const MIN_KEY_BYTES = 32;

/** A loaded key and where it came from. */
export interface PseudonymKey {
  readonly bytes: Buffer;
  readonly source: 'env' | 'file' | 'created';
}

/**
 * The configured key (the value of `INDIKATOR_PSEUDONYM_KEY`), else the key from (or newly created in) `dataDir`.
 * @example loadPseudonymKey('./data', undefined).source // 'file' | 'created'
 */
export function loadPseudonymKey(dataDir: string, fromEnv: string | undefined): PseudonymKey {
  if (fromEnv !== undefined && fromEnv.trim() !== '') {
    return { bytes: decodeKey(fromEnv, `the environment variable ${PSEUDONYM_KEY_ENV}`), source: 'env' };
  }
  const path = join(dataDir, PSEUDONYM_KEY_FILE);
  const existing = readKeyFile(path);
  if (existing !== undefined) return { bytes: decodeKey(existing, path), source: 'file' };
  return createKeyFile(dataDir, path);
}

/** Decodes a key written as hex or base64; refuses keys shorter than 32 bytes. */
export function decodeKey(text: string, where: string): Buffer {
  const t = text.trim();
  const bytes = /^(?:[0-9a-fA-F]{2})+$/.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
  if (bytes.length < MIN_KEY_BYTES) {
    throw new Error(
      `Pseudonymiseringsnøglen i ${where} er for kort (mindst ${MIN_KEY_BYTES} bytes, hex eller base64). / ` +
        `The pseudonymisation key in ${where} is too short (at least ${MIN_KEY_BYTES} bytes, hex or base64).`,
    );
  }
  return bytes;
}

function readKeyFile(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function createKeyFile(dataDir: string, path: string): PseudonymKey {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const bytes = randomBytes(MIN_KEY_BYTES);
  try {
    writeFileSync(path, `${bytes.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return { bytes: decodeKey(readFileSync(path, 'utf8'), path), source: 'file' };
  }
  chmodSync(path, 0o600);
  return { bytes, source: 'created' };
}
