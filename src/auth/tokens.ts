/**
 * Unguessable tokens (session ids, CSRF tokens) and their comparison in constant time, so that
 * neither can be guessed nor found out one character at a time.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 32 random bytes as base64url (43 characters). */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** True when both are non-empty strings with the same content, compared in constant time. */
export function tokensEqual(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined || a === '' || b === '') return false;
  // Hashing first makes the lengths equal, so the comparison leaks nothing about either length.
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}
