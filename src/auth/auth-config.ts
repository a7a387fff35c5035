/**
 * The authentication settings an operator can change, read once from the environment at the edge:
 * `INDIKATOR_AUTH=required` forces login even before the first user exists;
 * `INDIKATOR_COOKIE_SECURE=false` drops the Secure flag for a plain-HTTP test installation (never in
 * production); `INDIKATOR_SESSION_HOURS` sets the session lifetime; `INDIKATOR_UPLOAD_MAX_MB` the
 * largest delivery file accepted.
 */
import { z } from 'zod';

export interface AuthConfig {
  required: boolean;
  secureCookies: boolean;
  sessionHours: number;
  uploadMaxBytes: number;
}

const envSchema = z.object({
  INDIKATOR_AUTH: z.enum(['required', 'auto']).optional(),
  INDIKATOR_COOKIE_SECURE: z.enum(['true', 'false']).optional(),
  INDIKATOR_SESSION_HOURS: z.coerce.number().positive().max(24 * 30).optional(),
  INDIKATOR_UPLOAD_MAX_MB: z.coerce.number().positive().max(1024).optional(),
});

/** Reads the settings; throws a zod error naming the variable when one is malformed. */
export function authConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const picked = Object.fromEntries(
    Object.keys(envSchema.shape)
      .map((key) => [key, env[key]])
      .filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = envSchema.parse(picked);
  return {
    required: parsed.INDIKATOR_AUTH === 'required',
    secureCookies: parsed.INDIKATOR_COOKIE_SECURE !== 'false',
    sessionHours: parsed.INDIKATOR_SESSION_HOURS ?? 8,
    uploadMaxBytes: Math.round((parsed.INDIKATOR_UPLOAD_MAX_MB ?? 20) * 1024 * 1024),
  };
}
