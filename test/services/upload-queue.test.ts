/**
 * Issue 17: uploads are checked in a worker thread. These run real files through the real worker
 * (`UploadQueue`): a bad file's errors come back as the same `InputErrors` naming file, row and
 * column as a check in this thread; a full line refuses at once with "busy" and a Retry-After; a
 * check past its time or heap limit is stopped with a clear error, and the next upload is checked
 * by a fresh thread as if nothing happened.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/auth/index.ts';
import { loadCatalogue } from '../../src/catalogue/index.ts';
import { UserError } from '../../src/errors/user-error.ts';
import { InputError, InputErrors } from '../../src/ingest/index.ts';
import { endIdleUploadThreads, UploadQueue } from '../../src/services/upload/upload-queue.ts';
import { type UploadJob, validateUpload } from '../../src/services/upload/validate-upload.ts';
import { WorkflowError } from '../../src/services/workflow-error.ts';
import type { Round } from '../../src/store/index.ts';
import { brokenDelivery, goodDelivery } from '../auth/fixtures.ts';
import { tinyAreasDelivery } from './tiny-areas.ts';

const dir = mkdtempSync(join(tmpdir(), 'indikator-upload-queue-'));
afterAll(async () => {
  await endIdleUploadThreads();
  rmSync(dir, { recursive: true, force: true });
});

const round: Round = {
  id: 1,
  name: 'Runde 2025',
  periods: { calendar_year: '2025' },
  deadline: '2026-03-01',
  openedBy: 'koordinator',
  openedAt: '2026-01-01T00:00:00.000Z',
  closedAt: null,
  closedBy: null,
};
const steward: Actor = { username: 'steward', role: 'steward', departments: ['Center for Arbejdsmarked', 'Center for By, Erhverv og Miljø'] };

function job(name: string, text: string, submit = false): UploadJob {
  const path = join(dir, name);
  writeFileSync(path, text);
  return { path, fileName: name, indicators: loadCatalogue().indicators, round, actor: steward, municipality: '101', submit, threshold: 5 };
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => 'no error',
    (error: unknown) => error,
  );
}

describe('checking uploads in a worker thread', () => {
  it('answers a good file with its summary, rows and hash, as a check in this thread does', async () => {
    const queue = new UploadQueue();
    const submitted = job('god.csv', goodDelivery('selvforsoergelse', '2025'), true);
    const verdict = await queue.run(submitted);
    expect(verdict.summary).toEqual([{ indicator: 'selvforsoergelse', period: '2025', cells: 3 }]);
    expect(verdict.rows.map((r) => [r.rowNumber, r.group, r.numerator, r.denominator])).toEqual([
      [2, 'target', 120, 400],
      [3, 'comparison', 900, 2000],
      [4, 'total', 1100, 2600],
    ]);
    expect(verdict).toEqual(await validateUpload(submitted));
  });

  it("returns a bad file's errors as the same InputErrors, naming file, row and column", async () => {
    const bad = job('fejl.csv', brokenDelivery('selvforsoergelse', '2025'));
    const inWorker = await failure(new UploadQueue().run(bad));
    const here = await failure(validateUpload(bad));
    expect(inWorker).toBeInstanceOf(InputErrors);
    expect(inWorker).toBeInstanceOf(UserError);
    const errors = (inWorker as InputErrors).errors;
    expect(errors.map((e) => [e.file, e.row, e.column, e.code])).toEqual([
      [bad.path, 2, 'numerator', 'numerator_above_denominator'],
      [bad.path, 3, 'group', 'invalid_value'],
      [bad.path, 4, 'numerator', 'invalid_value'],
    ]);
    expect(errors.every((e) => e instanceof InputError)).toBe(true);
    expect((inWorker as InputErrors).message).toBe((here as InputErrors).message);
  });

  it('refuses a third upload at once while one runs and one waits, with a time to retry', async () => {
    const queue = new UploadQueue({ concurrent: 1, waiting: 1 });
    const first = queue.run(job('a.csv', goodDelivery('selvforsoergelse', '2025')));
    const second = queue.run(job('b.csv', goodDelivery('selvforsoergelse', '2025')));
    expect(queue.isFull()).toBe(true);
    const third = await failure(queue.run(job('c.csv', goodDelivery('selvforsoergelse', '2025'))));
    expect(third).toBeInstanceOf(WorkflowError);
    expect(third).toMatchObject({ kind: 'busy', httpStatus: 503, retryAfterSeconds: 30, messageEn: 'other files are being checked; try again in 30 seconds' });
    expect((await first).summary[0]?.cells).toBe(3);
    expect((await second).summary[0]?.cells).toBe(3);
    expect(queue.isFull()).toBe(false);
  });

  it('stops a check past its time limit, then checks the next file in a fresh thread', async () => {
    // 2,000 areas of 1–7 persons: the small-cell audit alone takes far more than a second.
    const queue = new UploadQueue({ timeoutMs: 1_000 });
    const slow = job('langsom.csv', tinyAreasDelivery({ tinyAreas: 2_000 }), true);
    const error = await failure(queue.run(slow));
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: 'check_timeout', file: slow.path, httpStatus: 422 });
    expect((error as InputError).messageEn).toBe(
      'checking the file took more than 1 seconds and was stopped; nothing was stored. Contact IT operations if the file must go through',
    );
    expect((await queue.run(job('efter.csv', goodDelivery('selvforsoergelse', '2025')))).summary[0]?.cells).toBe(3);
  }, 60_000);

  it('stops a check that needs more than its heap, then checks the next file', async () => {
    const queue = new UploadQueue({ heapMb: 32 });
    // 20,000 rows with a 950-character note each: the rows alone outgrow a 32 MB heap.
    const big = job('stor.csv', tinyAreasDelivery({ tinyAreas: 10, largeMunicipalities: 4, largeAreas: 1_250, noteLength: 950 }));
    const error = await failure(queue.run(big));
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: 'check_out_of_memory', file: big.path });
    expect((error as InputError).messageDa).toBe('kontrollen af filen brugte mere end 32 MB hukommelse og blev stoppet; intet er gemt');
    expect((await queue.run(job('lille.csv', goodDelivery('selvforsoergelse', '2025')))).summary[0]?.cells).toBe(3);
  }, 60_000);
});
