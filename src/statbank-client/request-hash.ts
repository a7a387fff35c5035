/**
 * The identity of a request for the cache: the sha256 of its canonical JSON body (object keys
 * sorted at every level, arrays in their given order, no whitespace), so that the same question
 * asked twice — in any key order — finds the same cached answer.
 */
import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * sha256 hex of the canonical body of a request to `endpoint`.
 * @example requestHash('data', { table: 'FOLK1E', format: 'csv' }) === requestHash('data', { format: 'csv', table: 'FOLK1E' })
 */
export function requestHash(endpoint: string, params: unknown): string {
  return createHash('sha256')
    .update(`${endpoint}\n${canonicalJson(params)}`)
    .digest('hex');
}
