/**
 * The delivery round's verbs — open and close a round, check and submit an upload, approve,
 * return, publish — shared by the web pages, the API and the command line. Each verb checks who is
 * acting (the route table already let only the right roles in; the department rule is checked
 * here, so the API cannot bypass it), refuses a wrong state, and leaves an audit entry.
 */
import { type Actor, maySeeUnpublished } from '../auth/index.ts';
import { type Catalogue, PERIOD_TYPES, parsePeriod, periodErrorMessage } from '../catalogue/index.ts';
import { InputError, InputErrors } from '../ingest/index.ts';
import { DEFAULT_THRESHOLD } from '../stats/index.ts';
import type { NewRound, Round, RoundPeriods, Store } from '../store/index.ts';
import type { DeliveryMeta, DeliveryWithCells } from '../cells/index.ts';
import { RoundNameTakenError } from '../store/index.ts';
import { groupDeliveries, type ImportedDelivery } from './import/import-delivery.ts';
import type { UploadChecker } from './upload/upload-queue.ts';
import { type UploadJob, type UploadSummary, type UploadVerdict, validateUpload } from './upload/validate-upload.ts';
import { refuse } from './workflow-error.ts';

export interface WorkflowDeps {
  store: Store;
  catalogue: Catalogue;
  /** The suppression threshold uploads are audited with (default 5). */
  threshold?: number;
  /** The own municipality's code: uploaded rows without a municipality belong to it (default `999`). */
  municipality?: string;
  /** Checks uploads off the calling thread (the web server's `UploadQueue`); without it they are checked in this thread. */
  uploads?: UploadChecker;
}

/** A delivery file as it arrived: where it lies now and the name the user gave it. */
export interface UploadedFile {
  path: string;
  fileName: string;
}

export type { UploadSummary };
/**
 * A delivery round, as the verbs below take and return it. Its periods are keyed by the catalogue's
 * period types, so it cannot live in the pure `cells/` (which imports no catalogue): the store, the
 * lowest layer that sees the catalogue, defines it, and the pages take it from here.
 */
export type { NewRound, Round };

function requireCoordinator(actor: Actor): void {
  if (actor.role !== 'coordinator') {
    throw refuse('forbidden', 'kun koordinatoren kan gøre dette', 'only the coordinator can do this');
  }
}

/** Opens a round after checking each period against its type and the deadline's form. */
export async function openRound(deps: WorkflowDeps, input: NewRound, actor: Actor): Promise<Round> {
  requireCoordinator(actor);
  const name = input.name.trim();
  if (name === '' || name.length > 120) throw refuse('invalid', 'rundens navn mangler', 'the round needs a name');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.deadline) || Number.isNaN(Date.parse(input.deadline))) {
    throw refuse('invalid', `ugyldig frist: ${input.deadline}`, `invalid deadline: ${input.deadline}`);
  }
  const periods: RoundPeriods = {};
  for (const type of PERIOD_TYPES) {
    const text = input.periods[type]?.trim();
    if (text === undefined || text === '') continue;
    const parsed = parsePeriod(text, type);
    if (!parsed.ok) throw refuse('invalid', periodErrorMessage(parsed.error, 'da'), periodErrorMessage(parsed.error, 'en'));
    periods[type] = text;
  }
  if (Object.keys(periods).length === 0) throw refuse('invalid', 'angiv mindst én periode', 'give at least one period');
  try {
    return await deps.store.openRound({ name, periods, deadline: input.deadline }, actor.username);
  } catch (error) {
    if (error instanceof RoundNameTakenError) throw refuse('conflict', `runden ${name} findes allerede`, `the round ${name} already exists`);
    throw error;
  }
}

/** A round by id, or a `not_found` refusal. */
export async function findRound(deps: WorkflowDeps, id: number): Promise<Round> {
  const round = Number.isSafeInteger(id) ? await deps.store.getRound(id) : undefined;
  if (round === undefined) throw refuse('not_found', `runde ${id} findes ikke`, `round ${id} does not exist`);
  return round;
}

/** The rounds `actor` sees: a coordinator every round, everyone else the open ones. */
export async function visibleRounds(deps: WorkflowDeps, actor: Pick<Actor, 'role'>): Promise<Round[]> {
  const rounds = await deps.store.listRounds();
  return actor.role === 'coordinator' ? rounds : rounds.filter((r) => r.closedAt === null);
}

/** Whether `delivery` is the newest version of its indicator × period (an older one is shown as history). */
export async function isNewestVersion(deps: WorkflowDeps, delivery: Pick<DeliveryMeta, 'id' | 'indicator' | 'period'>): Promise<boolean> {
  const newest = (await deps.store.deliveryVersions(delivery.indicator, delivery.period)).at(-1);
  return newest?.id === delivery.id;
}

/** Closes a round: no more uploads into it. */
export async function closeRound(deps: WorkflowDeps, id: number, actor: Actor): Promise<Round> {
  requireCoordinator(actor);
  await findRound(deps, id);
  return deps.store.closeRound(id, actor.username);
}

/**
 * Checks an upload in a worker thread (`deps.uploads`; in this thread without one) after the round
 * is found open; a rejected file is audited before its errors are thrown.
 */
async function readUpload(
  deps: WorkflowDeps,
  roundId: number,
  upload: UploadedFile,
  actor: Actor,
  submit: boolean,
): Promise<{ round: Round; verdict: UploadVerdict }> {
  const round = await findRound(deps, roundId);
  if (round.closedAt !== null) throw refuse('conflict', `runden ${round.name} er lukket`, `the round ${round.name} is closed`);
  const job: UploadJob = {
    path: upload.path,
    fileName: upload.fileName,
    indicators: deps.catalogue.indicators,
    round,
    actor: { username: actor.username, role: actor.role, departments: [...actor.departments] },
    ...(deps.municipality === undefined ? {} : { municipality: deps.municipality }),
    submit,
    threshold: deps.threshold ?? DEFAULT_THRESHOLD,
  };
  try {
    return { round, verdict: await (deps.uploads === undefined ? validateUpload(job) : deps.uploads.run(job)) };
  } catch (error) {
    if (error instanceof InputErrors || error instanceof InputError) {
      const count = error instanceof InputErrors ? error.total : 1;
      await deps.store.appendAudit({
        actor: actor.username,
        action: 'delivery.upload_rejected',
        objectType: 'round',
        objectId: String(round.id),
        details: { fileName: upload.fileName, errors: count },
      });
    }
    throw error;
  }
}

/**
 * Validates an upload completely — the file, the catalogue, the department and the round's periods —
 * without storing it. Throws `InputErrors` with every problem.
 */
export async function checkUpload(deps: WorkflowDeps, roundId: number, upload: UploadedFile, actor: Actor): Promise<UploadSummary[]> {
  const { round, verdict } = await readUpload(deps, roundId, upload, actor, false);
  const summary = verdict.summary;
  await deps.store.appendAudit({
    actor: actor.username,
    action: 'delivery.check',
    objectType: 'round',
    objectId: String(round.id),
    details: { fileName: upload.fileName, deliveries: summary.map((s) => `${s.indicator} ${s.period}`) },
  });
  return summary;
}

/** Validates like `checkUpload`, then stores each indicator × period as a new, `delivered` version. */
export async function submitUpload(deps: WorkflowDeps, roundId: number, upload: UploadedFile, actor: Actor): Promise<ImportedDelivery[]> {
  const { round, verdict } = await readUpload(deps, roundId, upload, actor, true);
  const fileHash = verdict.fileHash ?? '';
  // The worker ran the small-cell rule and its audit on these very rows (`validateUpload`).
  const deliveries = groupDeliveries(verdict.rows, { fileName: upload.fileName, fileHash, source: 'upload', createdBy: actor.username });
  const results = await deps.store.saveDeliveries(deliveries);
  const imported = results.map((r): ImportedDelivery => {
    const d = r.delivery;
    return { indicator: d.indicator, period: d.period, version: d.version, cells: d.cellCount, outcome: r.kind };
  });
  await deps.store.appendAudit({
    actor: actor.username,
    action: 'delivery.upload',
    objectType: 'round',
    objectId: String(round.id),
    details: {
      fileName: upload.fileName,
      fileHash,
      deliveries: results.map((r) => ({
        id: r.delivery.id,
        indicator: r.delivery.indicator,
        period: r.delivery.period,
        version: r.delivery.version,
        outcome: r.kind,
      })),
    },
  });
  return imported;
}

/** One delivery version with cells, if the actor may see it unpublished. */
export async function deliveryFor(deps: WorkflowDeps, id: number, actor: Actor): Promise<DeliveryWithCells> {
  const delivery = Number.isSafeInteger(id) ? await deps.store.getDelivery(id) : undefined;
  if (delivery === undefined) throw refuse('not_found', `levering ${id} findes ikke`, `delivery ${id} does not exist`);
  const indicator = deps.catalogue.get(delivery.indicator);
  if (indicator === undefined || !maySeeUnpublished(actor, indicator)) {
    throw refuse('forbidden', 'du har ikke adgang til denne levering', 'you have no access to this delivery');
  }
  return delivery;
}

async function latestVersion(deps: WorkflowDeps, id: number, actor: Actor): Promise<DeliveryMeta> {
  const delivery = await deliveryFor(deps, id, actor);
  const newest = (await deps.store.deliveryVersions(delivery.indicator, delivery.period)).at(-1);
  if (newest !== undefined && newest.id !== delivery.id) {
    const title = deps.catalogue.get(delivery.indicator)?.title;
    throw refuse(
      'conflict',
      `der findes en nyere version (${newest.version}) af »${title?.da ?? delivery.indicator}« ${delivery.period}`,
      `a newer version (${newest.version}) of “${title?.en ?? delivery.indicator}” ${delivery.period} exists`,
    );
  }
  return delivery;
}

function wrongState(d: DeliveryMeta, verbDa: string, verbEn: string): Error {
  return refuse('conflict', `levering ${d.id} har status ${d.status} og kan ikke ${verbDa}`, `delivery ${d.id} is ${d.status} and cannot be ${verbEn}`);
}

/** delivered → approved. */
export async function approveDelivery(deps: WorkflowDeps, id: number, actor: Actor, comment = ''): Promise<DeliveryMeta> {
  requireCoordinator(actor);
  const d = await latestVersion(deps, id, actor);
  if (d.status !== 'delivered') throw wrongState(d, 'godkendes', 'approved');
  return deps.store.setDeliveryStatus(id, 'approved', comment.trim(), actor.username);
}

/** delivered or approved → returned, with a comment saying what to correct. */
export async function returnDelivery(deps: WorkflowDeps, id: number, actor: Actor, comment: string): Promise<DeliveryMeta> {
  requireCoordinator(actor);
  const text = comment.trim();
  if (text === '') throw refuse('invalid', 'skriv hvad der skal rettes', 'say what needs correcting');
  if (text.length > 2000) throw refuse('invalid', 'kommentaren er for lang', 'the comment is too long');
  const d = await latestVersion(deps, id, actor);
  if (d.status !== 'delivered' && d.status !== 'approved') throw wrongState(d, 'sendes retur', 'returned');
  return deps.store.setDeliveryStatus(id, 'returned', text, actor.username);
}

/** approved → published: readers see it from now on. */
export async function publishDelivery(deps: WorkflowDeps, id: number, actor: Actor): Promise<DeliveryMeta> {
  requireCoordinator(actor);
  const d = await latestVersion(deps, id, actor);
  if (d.status !== 'approved') throw wrongState(d, 'offentliggøres', 'published');
  return deps.store.setDeliveryStatus(id, 'published', d.statusComment, actor.username);
}

/**
 * The back series a round can publish along with its own period: for each indicator the round
 * asks for, the newest version of every *earlier* period that is delivered or approved — not
 * returned (the coordinator said no) and not already published. Without it a reader would see one
 * point where the store holds ten years.
 */
export async function pendingHistory(deps: WorkflowDeps, round: Round): Promise<DeliveryMeta[]> {
  const pending: DeliveryMeta[] = [];
  for (const indicator of deps.catalogue.indicators) {
    const due = round.periods[indicator.period_type];
    if (due === undefined) continue;
    for (const d of await deps.store.latestDeliveries({ indicator: indicator.id })) {
      // Periods of one type sort as text (`2024` < `2025`, `2023/2024` < `2024/2025`, `KV2021` < `KV2025`).
      if (d.period < due && (d.status === 'delivered' || d.status === 'approved')) pending.push(d);
    }
  }
  return pending;
}

/** True while nothing in the store is published: the first publication offers the history by default. */
export async function nothingPublished(deps: WorkflowDeps): Promise<boolean> {
  return (await deps.store.latestDeliveries({ status: ['published'] })).length === 0;
}

/**
 * Publishes every approved newest version in the round and, with `withHistory`, the round's back
 * series (`pendingHistory`): the coordinator's explicit choice stands in for approving each old
 * period one by one, and the audit log records every one with the comment "tidsserie".
 */
export async function publishRound(deps: WorkflowDeps, roundId: number, actor: Actor, options: { withHistory?: boolean } = {}): Promise<DeliveryMeta[]> {
  requireCoordinator(actor);
  const round = await findRound(deps, roundId);
  const published: DeliveryMeta[] = [];
  for (const indicator of deps.catalogue.indicators) {
    const period = round.periods[indicator.period_type];
    if (period === undefined) continue;
    const newest = (await deps.store.deliveryVersions(indicator.id, period)).at(-1);
    if (newest?.status === 'approved') published.push(await publishDelivery(deps, newest.id, actor));
  }
  if (options.withHistory === true) {
    for (const d of await pendingHistory(deps, round)) published.push(await deps.store.setDeliveryStatus(d.id, 'published', HISTORY_COMMENT, actor.username));
  }
  return published;
}

/** The status comment on a version published as part of a back series. */
export const HISTORY_COMMENT = 'tidsserie';
