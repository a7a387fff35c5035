/**
 * Catalogue changes in the audit log. The catalogue is a set of files under version control, not
 * rows in the database, so its changes are noticed when the application starts: each indicator's
 * definition is fingerprinted, compared with the fingerprints of the last `catalogue.change` entry,
 * and any difference — added, removed or changed indicators, before and after — is appended.
 */
import { createHash } from 'node:crypto';
import type { Catalogue } from '../catalogue/index.ts';
import type { Store } from '../store/index.ts';
import type { AuditEntry } from '../accounts/index.ts';

/** Indicator id → sha256 of its definition. */
export function catalogueFingerprints(catalogue: Catalogue): Record<string, string> {
  return Object.fromEntries(catalogue.indicators.map((i) => [i.id, createHash('sha256').update(JSON.stringify(i)).digest('hex')]));
}

/**
 * Appends a `catalogue.change` entry if the catalogue differs from the last recorded one; returns it,
 * or undefined when nothing changed.
 */
export async function recordCatalogueChanges(store: Store, catalogue: Catalogue, actor: string): Promise<AuditEntry | undefined> {
  const after = catalogueFingerprints(catalogue);
  const [last] = await store.auditLog({ action: 'catalogue.change', newestFirst: true, limit: 1 });
  const before = (last?.details.after ?? {}) as Record<string, string>;
  const ids = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const added = ids.filter((id) => before[id] === undefined);
  const removed = ids.filter((id) => after[id] === undefined);
  const changed = ids.filter((id) => before[id] !== undefined && after[id] !== undefined && before[id] !== after[id]);
  if (added.length + removed.length + changed.length === 0) return undefined;
  return store.appendAudit({
    actor,
    action: 'catalogue.change',
    objectType: 'catalogue',
    objectId: 'indicators',
    details: { added, removed, changed, before, after },
  });
}
