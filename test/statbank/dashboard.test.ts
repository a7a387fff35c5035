/**
 * The dashboard shows the StatBank context beside the indicators it belongs to — with the table,
 * the period, the source and the date StatBank updated the table — from the store after a fetch
 * over the BUILT fixtures; and it never shows a small count, even one that arrives unsuppressed.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/index.ts';
import { storeDashboardData } from '../../src/services/dashboard-data.ts';
import { fetchContext } from '../../src/services/statbank.ts';
import type { ContextRow } from '../../src/cells/index.ts';
import { createApp } from '../../src/web/index.ts';
import { createFakeData } from '../web/fake-data.ts';
import { builtResponder } from './built.ts';
import { clientFor, serve, sqliteStore, tickingClock } from './helpers.ts';

async function appAfterFetch() {
  const server = await serve(builtResponder());
  const store = await sqliteStore();
  await fetchContext({ municipality: '825' }, { client: clientFor(server), store, threshold: 5, now: tickingClock(), actor: 'test' });
  return createApp({ data: storeDashboardData({ store, catalogue: loadCatalogue(), threshold: 5 }) });
}

/** The text of the context box on a page (tags removed, spaces collapsed). */
function box(page: string): string {
  const start = page.indexOf('<section aria-labelledby="context"');
  if (start < 0) return '';
  const end = page.indexOf('</section>', start);
  return page
    .slice(start, end)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

describe('the StatBank context on the dashboard', () => {
  it('shows employment rates by origin beside selvforsoergelse, with source and updated date', async () => {
    const app = await appAfterFetch();
    const text = box(await (await app.request('/indikator/selvforsoergelse')).text());
    expect(text).toContain('Offentlig statistik (Danmarks Statistik)');
    expect(text).toContain('Tabel RAS200, 2023');
    expect(text).toContain('Indvandrere fra ikke-vestlige lande (målgruppe) 55,2 % 58,1 %');
    expect(text).toContain('Indvandrere fra vestlige lande (øvrige) diskretioneret 71,3 %');
    expect(text).toContain('Kilde: Danmarks Statistik, Statistikbanken, tabel RAS200: Erhvervs- og beskæftigelsesfrekvenser (ultimo november)');
    expect(text).toContain('Opdateret i Statistikbanken: 20. november 2024');
    // FOLK1E's origin mix is beside every indicator: 151 of 1,539 residents of Læsø are in the target group.
    expect(text).toContain('Tabel FOLK1E, 3. kvt. 2025');
    expect(text).toContain('Befolkning (personer) Målgruppe 151 857.000');
    expect(text).toContain('Andel af befolkningen Målgruppe 9,8 %');
  });

  it('shows crime by origin beside kriminalitet, the parish indices beside boligomraader-diversitet, and English', async () => {
    const app = await appAfterFetch();
    const crime = box(await (await app.request('/indikator/kriminalitet')).text());
    expect(crime).toContain('Tabel STRAFNA9, 2023');
    expect(crime).toContain('Skyldige pr. 1.000 indbyggere (15-79 år) Målgruppe 27,0 pr. 1.000');
    expect(crime).toContain('Tabel STRAFNA6, 2023');
    expect(crime).toContain('Skyldige personer Udenlandsk oprindelse (ikke opdelt) 6 21.500');
    expect(crime).toContain('Voldsforbrydelser i alt 4.000 9.000 750 13.750');
    expect(crime).toContain('511 Foranstaltningsdomme');
    const areas = box(await (await app.request('/indikator/boligomraader-diversitet')).text());
    expect(areas).toContain('Tabel KMSTA001, 2025');
    expect(areas).toContain('Dissimilaritetsindeks (sogne) I alt 0,185');
    expect(areas).not.toContain('Nordby');
    const english = box(await (await app.request('/indikator/selvforsoergelse?lang=en')).text());
    expect(english).toContain('Public statistics (Statistics Denmark)');
    expect(english).toContain('Immigrants from non-Western countries (target group) 55.2% 58.1%');
    expect(english).toContain('Updated in StatBank: 20 November 2024');
  });

  it('shows no box where nothing has been fetched', async () => {
    const store = await sqliteStore();
    const app = createApp({ data: storeDashboardData({ store, catalogue: loadCatalogue(), threshold: 5 }) });
    const page = await (await app.request('/indikator/selvforsoergelse')).text();
    expect(page).not.toContain('Offentlig statistik');
  });

  it('shows a small count that arrives unsuppressed as suppressed', async () => {
    const leaky: ContextRow = {
      tableId: 'FOLK1E',
      updated: '2025-08-11T08:00:00',
      fetchedAt: '2025-09-01T10:00:00.000Z',
      municipality: '825',
      scope: 'municipal',
      series: 'population',
      breakdown: '',
      period: '2025K3',
      group: 'other',
      category: '',
      label: '',
      value: 3,
      unit: 'persons',
      suppressed: false,
      source: 'Danmarks Statistik, Statistikbanken, tabel FOLK1E: Befolkningen den 1. i kvartalet',
    };
    const fake = createFakeData();
    const data = Object.assign(Object.create(fake) as typeof fake, { context: async () => [leaky, { ...leaky, group: 'total' as const, value: 1539 }] });
    const text = box(await (await createApp({ data }).request('/indikator/selvforsoergelse')).text());
    expect(text).toContain('Befolkning (personer) Øvrige diskretioneret');
    expect(text).toContain('Befolkning (personer) I alt 1.539');
  });
});
