/**
 * Runtime configuration, read once from the environment at the edge (CLI, server) and passed down.
 * `readEnvironment` here is the only place in the product that reads `process.env`
 * (test/architecture/layers.test.ts holds it to that); every other module is handed values, or
 * (the authentication settings, parsed by `auth/`) the record this returns.
 */
import path from 'node:path';
import { z } from 'zod';
import { DEMO_MUNICIPALITY, municipalityName } from '../municipalities/index.ts';
// The suppression rule's own constant, imported from its leaf module so that reading the
// configuration does not load the rule's solver.
import { DEFAULT_THRESHOLD } from '../stats/suppression/types.ts';
import { usageProblem } from './problems.ts';

export interface AppConfig {
  /** Where the SQLite store and the pseudonymisation key live. */
  dataDir: string;
  /** PostgreSQL connection string; when absent, the embedded SQLite store is used. */
  databaseUrl: string | undefined;
  /** Counts from 1 to threshold − 1 are never published (DATA.md §6). */
  suppressionThreshold: number;
  statbankUrl: string;
  /**
   * The own municipality's three-digit kommunekode: a delivery without a `municipality` column
   * belongs to it, and it is the default view everywhere. Default `999`, the demo's code.
   */
  municipalityCode: string;
  /** The own municipality's name: `INDIKATOR_MUNICIPALITY`, else the data file's name for the code. */
  municipalityName: string;
  /** The Chromium binary that prints the PDF report (`INDIKATOR_CHROMIUM`). */
  chromiumPath: string;

  /** The pseudonymisation key as configured (`INDIKATOR_PSEUDONYM_KEY`, hex or base64); absent: the key file in `dataDir`. */
  pseudonymKey: string | undefined;
}

/** The environment's variables as the parsers in this product take them. */
export type Environment = Readonly<Record<string, string | undefined>>;

/** The process's environment: read here and nowhere else. */
export function readEnvironment(): Environment {
  return { ...process.env };
}

/** The address `serve` listens on by default: `PORT` (3000) and `HOST` (127.0.0.1, never the network unasked). */
export function serveDefaults(env: Environment = readEnvironment()): { port: string; host: string } {
  return { port: env.PORT || '3000', host: env.HOST || '127.0.0.1' };
}

/** Debian's Chromium, where `.ci/run` and the Debian package put it. */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

const envSchema = z.object({
  INDIKATOR_DATA_DIR: z.string().min(1).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL skal begynde med postgres:// / must start with postgres://')
    .optional(),
  INDIKATOR_SUPPRESSION_THRESHOLD: z.coerce.number().int().min(1).max(100).optional(),
  STATBANK_URL: z.string().url().optional(),
  INDIKATOR_MUNICIPALITY: z.string().min(1).optional(),
  INDIKATOR_CHROMIUM: z.string().min(1).optional(),
  INDIKATOR_PSEUDONYM_KEY: z.string().trim().min(1).optional(),
  INDIKATOR_MUNICIPALITY_CODE: z
    .string()
    .trim()
    .regex(/^[0-9]{3}$/, 'INDIKATOR_MUNICIPALITY_CODE skal være en kommunekode med tre cifre, fx 101 / must be a three-digit kommunekode, e.g. 101')
    .refine((c) => c !== '000', 'INDIKATOR_MUNICIPALITY_CODE kan ikke være 000 (hele landet) / cannot be 000 (the whole country)')
    .optional(),
});

/** Reads the configuration from environment variables, with the documented defaults. */
export function configFromEnv(env: Environment = readEnvironment(), cwd = process.cwd()): AppConfig {
  const result = envSchema.safeParse(stripEmpty(env));
  if (!result.success) {
    // A mistyped setting is the operator's mistake: name the variable, not a stack trace.
    const issue = result.error.issues[0];
    const name = String(issue?.path[0] ?? '');
    throw usageProblem(`miljøvariablen ${name} er ugyldig: ${issue?.message ?? ''}`, `the environment variable ${name} is invalid: ${issue?.message ?? ''}`);
  }
  const parsed = result.data;
  const code = parsed.INDIKATOR_MUNICIPALITY_CODE ?? DEMO_MUNICIPALITY.code;
  return {
    dataDir: path.resolve(cwd, parsed.INDIKATOR_DATA_DIR ?? 'data'),
    databaseUrl: parsed.DATABASE_URL,
    suppressionThreshold: parsed.INDIKATOR_SUPPRESSION_THRESHOLD ?? DEFAULT_THRESHOLD,
    statbankUrl: parsed.STATBANK_URL ?? 'https://api.statbank.dk/v1',
    municipalityCode: code,
    municipalityName: parsed.INDIKATOR_MUNICIPALITY ?? municipalityName(code, DEMO_MUNICIPALITY.name),
    chromiumPath: parsed.INDIKATOR_CHROMIUM ?? DEFAULT_CHROMIUM,
    pseudonymKey: parsed.INDIKATOR_PSEUDONYM_KEY,
  };
}

function stripEmpty(env: Environment): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && v !== '') out[k] = v;
  return out;
}
