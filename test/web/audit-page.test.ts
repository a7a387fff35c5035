/**
 * The audit log as a reader reads it: every action the code writes has Danish and English words
 * (found by reading the source, so a new action without words fails here), the action filter
 * offers the words, and details read as `key: value` without JSON's braces and quotes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../src/accounts/index.ts';
import { auditPage, detailText } from '../../src/web/pages/audit-page.ts';
import { workflowDa } from '../../src/web/i18n/workflow-da.ts';
import { workflowEn } from '../../src/web/i18n/workflow-en.ts';

const SRC = join(import.meta.dirname, '..', '..', 'src');

/** Every `action: 'x.y'` and SQL-written `'store.migrate'`-like action in the source. */
function writtenActions(): string[] {
  const found = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) {
        const text = readFileSync(path, 'utf8');
        for (const m of text.matchAll(/action: (?:[^'\n]*\? )?'([a-z_]+\.[a-z_]+)'(?: : '([a-z_]+\.[a-z_]+)')?/g)) {
          found.add(m[1] as string);
          if (m[2] !== undefined) found.add(m[2]);
        }
        for (const m of text.matchAll(/'system', '([a-z_]+\.[a-z_]+)'/g)) found.add(m[1] as string);
      }
    }
  };
  walk(SRC);
  for (const m of readFileSync(join(SRC, 'store', 'targets.ts'), 'utf8').matchAll(/'(target\.[a-z_]+)'/g)) found.add(m[1] as string);
  return [...found].sort();
}

describe('the audit log page', () => {
  it('has words for every action the code writes, in both languages', () => {
    const actions = writtenActions();
    expect(actions).toEqual(
      expect.arrayContaining(['delivery.status', 'round.open', 'store.migrate', 'target.set', 'target.remove', 'setting.set', 'comparison.import']),
    );
    for (const action of actions) {
      expect(workflowDa.auditActions[action], action).toBeDefined();
      expect(workflowEn.auditActions[action], action).toBeDefined();
    }
  });

  it('writes details without braces or quotes, and nothing as a dash', () => {
    expect(detailText({ status: 'returned', comment: 'Tælleren mangler' })).toBe('status: returned; comment: Tælleren mangler');
    expect(detailText({ status: 'delivered', comment: '' })).toBe('status: delivered; comment: –');
    expect(detailText([{ added: 2, removed: 0 }, 'x'])).toBe('added: 2; removed: 0, x');
    expect(detailText(null)).toBe('–');
    expect(detailText([])).toBe('–');
    expect(detailText(0.45)).toBe('0.45');
  });

  it('shows a target entry in words and filters by actions named in words', () => {
    const entry: AuditEntry = {
      id: 1,
      at: '2026-03-12T09:30:00.000Z',
      actor: 'koordinator',
      action: 'target.set',
      objectType: 'target',
      objectId: 'selvforsoergelse',
      details: { version: 1, after: { value: 0.45, year: 2028 } },
    };
    const page = String(auditPage({ words: workflowDa, entries: [entry], action: 'target.set', actor: '', lang: 'da' }));
    expect(page).toContain('<td><span title="target.set">Mål sat</span></td><td>Mål for selvforsoergelse</td>');
    expect(page).toContain('12. marts 2026 kl. 10.30');
    expect(page).toContain('after:</span> value: 0.45; year: 2028');
    expect(page).toContain('<option value="">Alle handlinger</option>');
    expect(page).toContain('<option value="target.set" selected>Mål sat</option>');
  });
});
