/**
 * The dashboard with a target: the card shows the progress status, the page the target section,
 * the chart's target line and the definitions; a `follow` indicator reads "Følges" (one rule), and
 * an indicator without a target shows its long-term verdict beside the year-on-year status.
 */
import { describe, expect, it } from 'vitest';
import type { ResultRow } from '../../src/cells/index.ts';
import type { Target } from '../../src/cells/index.ts';
import { createApp } from '../../src/web/index.ts';
import { createFakeData } from './fake-data.ts';

const target: Target = {
  indicator: 'selvforsoergelse',
  measure: 'level',
  group: 'target',
  value: 0.6,
  year: 2030,
  baseline: null,
  decision: 'Byrådet 12. marts 2026',
  version: 3,
  createdAt: '2026-03-13T08:00:00.000Z',
  createdBy: 'koordinator',
};

function app() {
  const data = createFakeData();
  // The fake's long-term verdicts are not computed; IGU's latest target row is marked improved here.
  const results = async (id: string): Promise<readonly ResultRow[]> => {
    const rows = await data.results(id);
    if (id !== 'igu-forloeb') return rows;
    const latest = rows.filter((r) => r.group === 'target' && r.breakdown === '').at(-1);
    return rows.map((r) => (r === latest ? { ...r, longTerm: 'improved' as const } : r));
  };
  return createApp({ data: { ...data, results, targets: async () => [target] } });
}

describe('targets on the dashboard', () => {
  const web = app();
  const body = async (path: string) => (await web.request(path)).text();

  it('cards: progress towards the target, the long-term verdict, and "Følges" for follow indicators', async () => {
    const page = await body('/');
    const card = (id: string, next: string) => page.slice(page.indexOf(`/indikator/${id}`), page.indexOf(`/indikator/${next}`));
    expect(card('selvforsoergelse', 'socialpsykiatri')).toMatch(/Byrådets mål \(60,0 % i 2030\): <span class="status progress--[a-z-]+">/);
    expect(card('igu-forloeb', 'sprogstimulering')).toContain(
      '<p class="card__longterm"><span class="visually-hidden">På længere sigt: </span>Statistisk sikker forbedring siden 20',
    );
    for (const [id, next] of [
      ['socialpsykiatri', 'hjemmepleje'],
      ['boern-kontaktperson', 'boern-anbringelse'],
    ] as const) {
      expect(card(id, next)).toContain('◇</span> Følges');
      expect(card(id, next)).not.toMatch(/Forbedret|Forværret|Uændret/);
    }
  });

  it('the indicator page: target section, chart line to the target year, definitions', async () => {
    const page = await body('/indikator/selvforsoergelse');
    expect(page).toContain('<h2 id="maal">Byrådets mål</h2>');
    expect(page).toContain('Byrådets mål er 60,0 % for målgruppen i 2030 (Byrådet 12. marts 2026).');
    expect(page).toMatch(/der mangler \d+,\d procentpoint/);
    expect(page).toContain('<g class="goal">');
    expect(page).toContain('Mål 2030: 60,0 %');
    expect(page).toMatch(/<text[^>]*>2030<\/text>/);
    expect(page).toContain(
      '<dt>Byrådets mål</dt><dd>Byrådets mål er 60,0 % for målgruppen i 2030 (Byrådet 12. marts 2026). (basisperiode første periode; version 3, 13. marts 2026)</dd>',
    );
    // No form without a signed-in coordinator.
    expect(page).not.toContain('/maal"');
    // A breakdown's chart carries no target (it is for the whole group).
    const other = await body('/indikator/socialpsykiatri');
    expect(other).not.toContain('<g class="goal">');
  });

  it('the API: target and progress', async () => {
    const json = (await (await web.request('/api/indicators/selvforsoergelse')).json()) as {
      target: Target;
      progress: { status: string; periodsUsed: number };
    };
    expect(json.target).toEqual(target);
    expect(['reached', 'on_track', 'needs_acceleration', 'moving_away', 'not_assessable']).toContain(json.progress.status);
    expect(json.progress.periodsUsed).toBeGreaterThan(2);
    const none = (await (await web.request('/api/indicators/igu-forloeb')).json()) as { target: null; progress: null };
    expect(none.target).toBeNull();
    expect(none.progress).toBeNull();
  });
});
