/**
 * Issue 17, item 1, against a real running server (`indikator serve` in its own process, on the
 * loopback address): an upload of up to 20 MB of any shape — XLSX bombs (one 300 MB cell, a million
 * rows, ten million empty cells), a CSV of one endless field, of endless short rows, of an endless
 * header, random bytes — is refused with a clear 422, the process stays up, and other requests are
 * answered all the while. No duration is asserted (a bound of a second failed on a loaded machine
 * while the server was well): that other requests are answered *before* a long check ends is
 * upload-worker.test.ts's test, by the order of the answers. Request loops are bounded; nothing
 * leaves 127.0.0.1.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hugeCellWorkbook, manyCellsWorkbook, manyRowsWorkbook } from '../ingest/xlsx-bombs.ts';
import { type RealServer, type Session, startRealServer } from './real-server.ts';

const MB = 1024 * 1024;
let server: RealServer;

beforeAll(async () => {
  server = await startRealServer([
    ['koordinator', 'coordinator', 'Politisk Sekretariat'],
    ['arbejdsmarked', 'steward', 'Center for Arbejdsmarked'],
  ]);
  const coordinator = await server.login('koordinator');
  const opened = await fetch(`${server.base}/api/rounds`, {
    method: 'POST',
    body: JSON.stringify({ name: 'Runde 2025', deadline: '2026-12-31', periods: { calendar_year: '2025' } }),
    headers: { Cookie: coordinator.cookie, 'X-CSRF-Token': coordinator.csrf, 'Content-Type': 'application/json' },
  });
  if (opened.status !== 201) throw new Error(`open round: ${opened.status} ${await opened.text()}`);
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

const header = 'indicator;period;group;breakdown;numerator;denominator;value;n;definition;third_generation;suppressed;note\n';
const row = 'selvforsoergelse;2025;target;;420;1000;;;origin;false;false;\n';

/** Builds a body of about `bytes` from a head, a repeated unit and nothing else. */
function repeated(head: string, unit: string, bytes: number): Buffer {
  return Buffer.from(head + unit.repeat(Math.floor((bytes - head.length) / unit.length)));
}

const SHAPES: readonly { name: string; file: string; body: () => Buffer; phrase: string }[] = [
  {
    name: 'an XLSX whose one cell inflates to 300 MB',
    file: 'celle.xlsx',
    body: () => hugeCellWorkbook(300),
    phrase: 'a cell holding more than 256 KB of text',
  },
  { name: 'an XLSX of a million rows', file: 'raekker.xlsx', body: () => manyRowsWorkbook(1_000_000), phrase: 'more than 51,000 rows' },
  { name: 'an XLSX of ten million empty cells', file: 'celler.xlsx', body: () => manyCellsWorkbook(10_000_000), phrase: 'more than 1,020,000 cells' },
  {
    name: 'a 19.5 MB CSV that is one field',
    file: 'felt.csv',
    body: () => repeated(header, 'x', 19.5 * MB),
    phrase: 'the row is longer than 1,048,576 characters',
  },
  { name: 'a 19.5 MB CSV of short rows', file: 'mange.csv', body: () => repeated(header, row, 19.5 * MB), phrase: 'more than 50,000 cells (rows)' },
  { name: 'a 19.5 MB header', file: 'overskrift.csv', body: () => repeated('', 'kolonne;', 19.5 * MB), phrase: 'the row is longer than 1,048,576 characters' },
  { name: '19.5 MB of random bytes', file: 'tilfaeldig.csv', body: () => randomBytes(19.5 * MB), phrase: '' },
];

/** Polls a light page every 50 ms while `work` runs (at most 2,000 polls); each must be answered with 200. */
async function pollWhile(work: Promise<unknown>, session: Session): Promise<void> {
  let done = false;
  void work.finally(() => {
    done = true;
  });
  for (let i = 0; i < 2_000 && !done; i++) {
    const res = await fetch(`${server.base}/api/me`, { headers: { Cookie: session.cookie } });
    await res.arrayBuffer();
    expect(res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('a real server under hostile 20 MB uploads', () => {
  it.each(SHAPES)(
    '$name: refused with 422, the server answering others all the while',
    async (shape) => {
      const steward = await server.login('arbejdsmarked');
      const body = shape.body();
      expect(body.length).toBeLessThan(20 * MB);
      const upload = server.upload(steward, '/api/rounds/1/deliveries?check=true', shape.file, body);
      await pollWhile(upload, steward);
      const res = await upload;
      const answer = await res.text();
      expect(res.status, answer.slice(0, 500)).toBe(422);
      if (shape.phrase !== '') expect(answer).toContain(shape.phrase);
      expect(server.exitCode(), server.errors()).toBeNull();
      // No unpacked sheet or upload is left behind in the server's temporary folder.
      expect(readdirSync(server.scratch).filter((name) => !name.startsWith('tsx-'))).toEqual([]);
    },
    120_000,
  );
});
