/**
 * Issue 17, done-when: "a server under a 20 MB upload of any shape stays up and answers other
 * requests". A real server (`indikator serve`, compiled) gets a valid 20 MB delivery of many tiny
 * housing-area cells — seconds of parsing and of the small-cell rule's interval audit — and an
 * XLSX bomb built here; meanwhile a client asks for `GET /` and `GET /api/results`, one request
 * after the other. The upload is checked in a worker thread, so those requests are answered while
 * it is processed: all of them before the upload's own answer. (When the check ran on the web
 * thread, the audit held every request until the upload was answered.) The order of the answers
 * is asserted, never a duration. A second server with a small heap for uploads shows that a worker
 * running out of memory costs the uploader a clear error and the server nothing.
 */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goodDelivery } from '../auth/fixtures.ts';
import { manyCellsWorkbook, plainWorkbook } from '../ingest/xlsx-bombs.ts';
import { tinyAreasDelivery } from '../services/tiny-areas.ts';
import { type RealServer, type Session, startRealServer } from './real-server.ts';

const MB = 1024 * 1024;
const USERS = [
  ['koordinator', 'coordinator', 'Politisk Sekretariat'],
  ['byerhverv', 'steward', 'Center for By, Erhverv og Miljø'],
  ['arbejdsmarked', 'steward', 'Center for Arbejdsmarked'],
] as const;

/**
 * 300 areas of 1–7 persons in municipality 101 beside four municipalities' 1,175 large areas,
 * a 950-character note on each of the 20,000 rows: 20.7 million bytes, just under 20 MiB.
 */
const TINY_CELLS = tinyAreasDelivery({ tinyAreas: 300, largeMunicipalities: 4, largeAreas: 1_175, noteLength: 950 });

/**
 * Requests answered one after another before the upload's answer. On the web thread about 280
 * were answered (while the body arrived and was parsed, 2026-12-06) before the audit held the rest
 * until the upload was answered; with the worker, over 5,000.
 */
const REQUESTS = 1_000;

async function openRound(server: RealServer): Promise<void> {
  const coordinator = await server.login('koordinator');
  const opened = await fetch(`${server.base}/api/rounds`, {
    method: 'POST',
    body: JSON.stringify({ name: 'Runde 2025', deadline: '2026-12-31', periods: { calendar_year: '2025' } }),
    headers: { Cookie: coordinator.cookie, 'X-CSRF-Token': coordinator.csrf, 'Content-Type': 'application/json' },
  });
  if (opened.status !== 201) throw new Error(`open round: ${opened.status} ${await opened.text()}`);
}

/**
 * Asks for `GET /` and `GET /api/results` in turn, each once the previous was answered, until
 * `count` were answered or `upload` was; returns how many were answered before the upload and
 * every status.
 */
async function requestsDuring(server: RealServer, session: Session, upload: Promise<Response>, count: number): Promise<{ before: number; statuses: number[] }> {
  let uploadAnswered = false;
  void upload.then(
    () => {
      uploadAnswered = true;
    },
    () => {
      uploadAnswered = true;
    },
  );
  const statuses: number[] = [];
  let before = 0;
  for (let i = 0; i < count && !uploadAnswered; i++) {
    // A connection the server dropped counts as status 0: an answer that never came.
    const status = await fetch(`${server.base}${i % 2 === 0 ? '/' : '/api/results'}`, { headers: { Cookie: session.cookie } }).then(
      async (res) => {
        await res.arrayBuffer();
        return res.status;
      },
      () => 0,
    );
    statuses.push(status);
    if (!uploadAnswered) before++;
  }
  return { before, statuses };
}

describe('a real server while a 20 MB upload is processed', () => {
  let server: RealServer;
  beforeAll(async () => {
    server = await startRealServer(USERS);
    await openRound(server);
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  });

  it('answers other requests before the upload of 20 MB of tiny cells, then stores it', async () => {
    expect(TINY_CELLS.length).toBeGreaterThan(19.5 * MB);
    expect(TINY_CELLS.length).toBeLessThan(20 * MB);
    const steward = await server.login('byerhverv');
    const upload = server.upload(steward, '/api/rounds/1/deliveries', 'boligomraader.csv', TINY_CELLS);
    const seen = await requestsDuring(server, steward, upload, REQUESTS);
    const res = await upload;
    const answer = await res.text();
    expect(seen.before).toBe(REQUESTS);
    expect(seen.statuses).toEqual(Array.from({ length: REQUESTS }, () => 200));
    expect(res.status, answer.slice(0, 500)).toBe(201);
    expect(JSON.parse(answer)).toEqual({
      deliveries: [{ indicator: 'boligomraader-diversitet', period: '2025', version: 1, cells: 20_000, outcome: 'created' }],
    });
    expect(server.exitCode(), server.errors()).toBeNull();
  }, 300_000);

  it('answers other requests before an XLSX bomb of the same tiny cells (under 2 MB, about 30 MB unpacked) is stored', async () => {
    const bomb = plainWorkbook(
      TINY_CELLS.trimEnd()
        .split('\n')
        .map((line) => line.split(';')),
    );
    expect(bomb.length).toBeLessThan(2 * MB);
    const steward = await server.login('byerhverv');
    const upload = server.upload(steward, '/api/rounds/1/deliveries', 'boligomraader.xlsx', bomb);
    const seen = await requestsDuring(server, steward, upload, REQUESTS);
    const res = await upload;
    const answer = await res.text();
    expect(seen.before).toBe(REQUESTS);
    expect(seen.statuses).toEqual(Array.from({ length: REQUESTS }, () => 200));
    expect(res.status, answer.slice(0, 500)).toBe(201);
    // The same cells as the CSV before it: no new version.
    expect(JSON.parse(answer)).toEqual({
      deliveries: [{ indicator: 'boligomraader-diversitet', period: '2025', version: 1, cells: 20_000, outcome: 'unchanged' }],
    });
    expect(server.exitCode(), server.errors()).toBeNull();
  }, 300_000);

  it('answers other requests while an XLSX bomb of ten million cells is refused', async () => {
    // Refused at its 1,020,001st cell, streaming, in well under a second: a few requests fit in.
    const steward = await server.login('arbejdsmarked');
    const bomb = manyCellsWorkbook(10_000_000);
    const upload = server.upload(steward, '/api/rounds/1/deliveries?check=true', 'celler.xlsx', bomb);
    const seen = await requestsDuring(server, steward, upload, REQUESTS);
    const res = await upload;
    const answer = await res.text();
    expect(seen.before).toBeGreaterThan(0);
    expect(res.status, answer.slice(0, 500)).toBe(422);
    expect(answer).toContain('more than 1,020,000 cells');
    expect(seen.statuses.every((s) => s === 200)).toBe(true);
    expect(server.exitCode(), server.errors()).toBeNull();
    expect(readdirSync(server.scratch).filter((name) => !name.startsWith('tsx-'))).toEqual([]);
  }, 300_000);
});

describe('a real server whose upload worker runs out of memory', () => {
  let server: RealServer;
  beforeAll(async () => {
    // 32 MB of heap for an upload's check: the 20 MB delivery's rows alone do not fit.
    server = await startRealServer(USERS, { INDIKATOR_UPLOAD_HEAP_MB: '32' });
    await openRound(server);
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  });

  it('tells the uploader, stays up, and checks the next upload in a fresh thread', async () => {
    const steward = await server.login('byerhverv');
    const res = await server.upload(steward, '/api/rounds/1/deliveries', 'boligomraader.csv', TINY_CELLS);
    expect(res.status).toBe(422);
    const { error } = (await res.json()) as { error: { errors: unknown[] } };
    expect(error.errors).toEqual([
      {
        file: 'boligomraader.csv',
        row: null,
        column: null,
        code: 'check_out_of_memory',
        message: 'checking the file needed more than 32 MB of memory and was stopped; nothing was stored',
        message_da: 'kontrollen af filen brugte mere end 32 MB hukommelse og blev stoppet; intet er gemt',
      },
    ]);
    expect(server.exitCode(), server.errors()).toBeNull();
    expect((await fetch(`${server.base}/`, { headers: { Cookie: steward.cookie } })).status).toBe(200);
    const other = await server.login('arbejdsmarked');
    const next = await server.upload(other, '/api/rounds/1/deliveries', 'selvforsoergelse.csv', goodDelivery('selvforsoergelse', '2025'));
    expect(next.status).toBe(201);
    expect(readdirSync(server.scratch).filter((name) => !name.startsWith('tsx-'))).toEqual([]);
  }, 300_000);
});
