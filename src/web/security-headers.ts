/**
 * The security headers every response carries. The Content-Security-Policy allows scripts and
 * styles only from this origin's files — no inline script, no inline style, no external fonts or
 * CDNs — and forbids framing.
 */

/** The default policy. Inline SVG's presentation attributes are not styles, so they are allowed. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Header name → value, for a given policy. */
export function securityHeaders(policy: string = CONTENT_SECURITY_POLICY): Readonly<Record<string, string>> {
  return {
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}
