/**
 * What the signed-in routes share: the auth object and the services' dependencies, the signed-in
 * user of a request, a page response that is never cached, the HTTP status for a refused action,
 * today's date for deadlines, and upload handling (the browser's file to a private temporary
 * folder under its own, cleaned name, and its validation errors in the request's language).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SignedIn } from '../../auth/index.ts';
import type { Lang } from '../../catalogue/index.ts';
import { formatInputError, InputError, InputErrors, withoutIdentifiers } from '../../ingest/index.ts';
import { copenhagenDate } from '../../services/round-overview.ts';
import { uploadsBusy } from '../../services/upload/upload-queue.ts';
import type { UploadedFile, WorkflowDeps } from '../../services/workflow.ts';
import { WorkflowError, type WorkflowErrorKind } from '../../services/workflow-error.ts';
import type { WebAuth } from '../auth/web-auth.ts';
import type { SafeHtml } from '../html.ts';
import type { UploadOutcome } from '../pages/upload-panel.ts';
import { type AppContext, type RouteContext, toResponse } from './context.ts';
import { renderPage } from './page-routes.ts';

export interface WorkflowRouteContext {
  readonly ctx: RouteContext;
  readonly auth: WebAuth;
  readonly deps: WorkflowDeps;
}

/** The signed-in user; the auth middleware has already refused anonymous requests to these routes. */
export function signedInOf(c: AppContext): SignedIn {
  const signedIn = c.get('auth')?.signedIn;
  if (signedIn === undefined) throw new Error('route reached without a session');
  return signedIn;
}

/** A whole page, not cached. */
export function pageResponse(c: AppContext, w: WorkflowRouteContext, title: string, body: SafeHtml, status = 200): Response {
  return toResponse(c, { ...renderPage(c, w.ctx, c.get('lang'), { title, body }, status), headers: { 'Cache-Control': 'private, no-store' } });
}

/** HTTP status of a refusal. */
export function refusalStatus(kind: WorkflowErrorKind): 400 | 403 | 404 | 409 | 503 {
  return kind === 'forbidden' ? 403 : kind === 'not_found' ? 404 : kind === 'conflict' ? 409 : kind === 'busy' ? 503 : 400;
}

/** Sets `Retry-After` for a refusal that says when to try again (a full upload line). */
export function retryAfter(c: AppContext, e: WorkflowError): void {
  if (e.retryAfterSeconds !== undefined) c.header('Retry-After', String(e.retryAfterSeconds));
}

/** Refuses an upload at once, before its body is read, when the upload line is full. */
export function refuseWhenBusy(w: WorkflowRouteContext): void {
  if (w.deps.uploads?.isFull() === true) throw uploadsBusy();
}

/** Runs `fn`; a `WorkflowError` becomes `onRefusal(error)`. */
export async function catchRefusal<T>(fn: () => Promise<T>, onRefusal: (error: WorkflowError) => T | Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof WorkflowError) return onRefusal(error);
    throw error;
  }
}

/** Today in Copenhagen by the app's clock. */
export function today(w: WorkflowRouteContext): string {
  return copenhagenDate(w.auth.now());
}

/** A positive integer id from a path segment, or NaN. */
export function idParam(text: string): number {
  return /^[1-9]\d{0,14}$/.test(text) ? Number(text) : Number.NaN;
}

/** A file name safe to show and to write: no folders, no control characters, at most 120 characters. */
export function cleanFileName(name: string): string {
  // A CPR number in a file's name would be shown, stored with the delivery and audited: it goes first.
  const base = withoutIdentifiers(name.split(/[\\/]/).pop() ?? '');
  const cleaned = base
    .replace(/[^\p{L}\p{N} ._()-]/gu, '_')
    .replace(/^\.+/, '')
    .slice(-120);
  return cleaned === '' ? 'upload.csv' : cleaned;
}

/**
 * Writes an uploaded file to a fresh private folder, runs `fn` on it and removes the folder.
 * @example await withUpload(file, (upload) => checkUpload(deps, roundId, upload, actor));
 */
export async function withUpload<T>(file: File, fn: (upload: UploadedFile) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'indikator-upload-'));
  try {
    const fileName = cleanFileName(file.name);
    const path = join(dir, fileName);
    await writeFile(path, new Uint8Array(await file.arrayBuffer()), { mode: 0o600 });
    return await fn({ path, fileName });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The validation errors of an upload, each naming the file by its own name, not the temporary path. */
export function uploadErrors(error: InputError | InputErrors, fileName: string, lang: Lang): UploadOutcome & { kind: 'errors' } {
  const list = error instanceof InputErrors ? error.errors : [error];
  const messages = list.map((e) =>
    formatInputError(
      new InputError({
        code: e.code,
        file: fileName,
        messageDa: e.messageDa,
        messageEn: e.messageEn,
        ...(e.row === undefined ? {} : { row: e.row }),
        ...(e.column === undefined ? {} : { column: e.column }),
        ...(e.columnNumber === undefined ? {} : { columnNumber: e.columnNumber }),
      }),
      lang,
    ),
  );
  const omitted = error instanceof InputErrors ? error.omitted : 0;
  return { kind: 'errors', messages, total: list.length + omitted };
}

/** A form field as trimmed text ('' when absent or a file). */
export function field(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  return typeof value === 'string' ? value.trim() : '';
}

/** A multi-valued form field (from `parseBody({ all: true })`). */
export function fields(body: Record<string, unknown>, name: string): string[] {
  const value = body[name];
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list
    .filter((v): v is string => typeof v === 'string')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** A refusal as the API's JSON error (English message, Danish in `message_da`). */
export function jsonRefusal(c: AppContext, e: WorkflowError): Response {
  const status = refusalStatus(e.kind);
  retryAfter(c, e);
  return c.json({ error: { status, code: e.kind, message: e.messageEn, message_da: e.messageDa } }, status);
}
