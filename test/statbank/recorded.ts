/**
 * The real StatBank answers recorded in `fixtures/recorded/` — a copy of the project's shared
 * `../shared/fixtures/statbank/`, kept in the repository so the tests need nothing outside it (each `NAME.request.json`
 * describes the request — method, URI, body — and the status and content type; the body is in
 * `NAME.json` or `NAME.csv`), served by the fixture server only to a request with the same
 * parameters. The recordings were made with GET query strings and with POST bodies; the client
 * always POSTs, so parameters are compared wherever they came from: a query `id` is the body's
 * `table` (tableinfo), a list equals its comma-joined text, and `format` ignores case.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRecordedAnswers } from '../../src/statbank-client/recorded-answers.ts';
import type { Answer, Exchange, Responder } from './fixture-server.ts';

export const RECORDED_DIR = resolve(dirname(fileURLToPath(import.meta.url)), 'fixtures/recorded');

export interface Recording {
  name: string;
  endpoint: string;
  params: Record<string, unknown>;
  answer: Answer;
}

function normalise(endpoint: string, params: Record<string, unknown>): string {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    const name = endpoint === 'tableinfo' && key === 'id' ? 'table' : key;
    let v: unknown = value;
    if (Array.isArray(value) && value.every((x) => typeof x === 'string')) v = value.join(',');
    if (name === 'format' && typeof v === 'string') v = v.toLowerCase();
    out[name] = v;
  }
  return JSON.stringify(Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1))));
}

/** Every recording in the fixtures folder, read by the product's own reader of the recorded format. */
export function loadRecordings(dir = RECORDED_DIR): Recording[] {
  return readRecordedAnswers(dir).map(({ name, endpoint, params, meta, body }) => ({
    name,
    endpoint,
    params,
    answer: { status: meta.status.code, contentType: meta.content_type, body },
  }));
}

/** A responder that answers exactly the recorded requests. */
export function recordedResponder(recordings: readonly Recording[] = loadRecordings()): Responder {
  const byKey = new Map(recordings.map((r) => [`${r.endpoint} ${normalise(r.endpoint, r.params)}`, r.answer]));
  return (e: Exchange) => byKey.get(`${e.endpoint} ${normalise(e.endpoint, e.params)}`);
}

/** The recording called `name` (e.g. `data_straf42_csv_0`). */
export function recording(name: string, recordings: readonly Recording[] = loadRecordings()): Recording {
  const found = recordings.find((r) => r.name === name);
  if (found === undefined) throw new Error(`no recording ${name}`);
  return found;
}
