/**
 * A whole delivery round in real headless Chromium: the coordinator opens a round; the steward
 * uploads a broken file and sees every error, then a good one (whose note tries a script); the
 * coordinator returns it with a comment; the steward corrects it; the coordinator approves and
 * publishes; the reader sees the new figure; the audit log shows the whole round. Runs under CI;
 * skipped only when Chromium (INDIKATOR_CHROMIUM, default /usr/bin/chromium) is missing and CI is not set.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { chromiumArgs } from '../../src/report/pdf/index.ts';
import { CHROMIUM, NO_BROWSER } from '../browser.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/index.ts';
import { storeDashboardData } from '../../src/services/dashboard-data.ts';
import { addUser } from '../../src/services/users.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { type RunningServer, startServer } from '../../src/web/index.ts';
import { brokenDelivery, goodDelivery, shareDelivery } from '../auth/fixtures.ts';
import { PASSWORD, testHasher } from '../auth/helpers.ts';

const skip = NO_BROWSER;
const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'test-output', 'screenshots');

let browser: Browser;
let server: RunningServer;
let store: Store;
let dir: string;

beforeAll(async () => {
  if (skip) return;
  dir = mkdtempSync(join(tmpdir(), 'indikator-e2e-round-'));
  store = await openStore({ dataDir: join(dir, 'data') });
  const catalogue = await loadCatalogue();
  const users = [
    ['koordinator', 'coordinator', ['Politisk Sekretariat']],
    ['arbejdsmarked', 'steward', ['Center for Arbejdsmarked']],
    ['laeser', 'reader', []],
  ] as const;
  for (const [username, role, departments] of users) {
    await addUser(
      { store, hasher: testHasher, catalogue },
      { username, displayName: `Test ${username}`, role, departments: [...departments] },
      PASSWORD,
      'test',
    );
  }
  const data = (statuses?: ['published']) => storeDashboardData({ store, catalogue, threshold: 5, ...(statuses ? { statuses } : {}) });
  server = await startServer({
    port: 0,
    data: data(),
    auth: { store, catalogue, hasher: testHasher, publishedData: data(['published']) },
  });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: chromiumArgs(),
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Person {
  page: Page;
  context: BrowserContext;
  /** Console errors (a CSP violation is one), uncaught exceptions and any alert() that ran. */
  problems: string[];
}

/** Opens `start`, is sent to the login page, logs in and lands back on `start`. */
async function logIn(username: string, start = '/runder'): Promise<Person> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    // A page answered 422 (errors in the file) or 403 (no access) is logged too; it is expected here.
    if (m.type() === 'error' && !/status of (422|403)/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page: ${e.message}`));
  page.on('dialog', async (d) => {
    problems.push(`dialog: ${d.message()}`);
    await d.dismiss();
  });
  await page.goto(`${server.url}${start}`);
  expect(new URL(page.url()).pathname).toBe('/login');
  await page.getByLabel('Brugernavn').fill(username);
  await page.getByLabel('Adgangskode').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.waitForLoadState('load');
  return { page, context, problems };
}

async function upload(person: Person, name: string, text: string): Promise<void> {
  await person.page.goto(`${server.url}/runder/1`);
  await person.page.getByLabel('Fil', { exact: true }).setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  await person.page.getByRole('button', { name: 'Indsend' }).click();
  await person.page.waitForLoadState('load');
}

describe.skipIf(skip)('a whole delivery round in Chromium', () => {
  it('runs from opening the round to the reader seeing the published figure, all in the audit log', async () => {
    // The coordinator opens the round.
    const coordinator = await logIn('koordinator');
    expect(new URL(coordinator.page.url()).pathname).toBe('/runder');
    await coordinator.page.getByLabel('Navn').fill('Årsopfølgning 2025');
    await coordinator.page.getByLabel('Frist').fill('2099-03-01');
    await coordinator.page.getByLabel('Kalenderår (fx 2025)').fill('2025');
    await coordinator.page.getByRole('button', { name: 'Åbn runden' }).click();
    await expect.poll(() => coordinator.page.locator('h1').textContent()).toBe('Årsopfølgning 2025');

    // The steward uploads a broken file and sees every error in the page.
    const steward = await logIn('arbejdsmarked');
    await upload(steward, 'selvforsoergelse.csv', brokenDelivery('selvforsoergelse', '2025'));
    const errors = steward.page.locator('.upload-errors li');
    await expect.poll(() => errors.count()).toBe(3);
    expect(await errors.allTextContents()).toEqual([
      expect.stringContaining('selvforsoergelse.csv, række 2, kolonne E (numerator)'),
      expect.stringContaining('selvforsoergelse.csv, række 3, kolonne C (group)'),
      expect.stringContaining('selvforsoergelse.csv, række 4, kolonne E (numerator)'),
    ]);
    await steward.page.screenshot({ path: join(SCREENSHOTS, 'levering-fejl.png'), fullPage: true });

    // … then a good one, whose note tries to run a script.
    await upload(steward, 'selvforsoergelse.csv', goodDelivery('selvforsoergelse', '2025', '<script>alert(1)</script>'));
    await expect.poll(() => steward.page.locator('.notice--ok').textContent()).toContain('Filen er modtaget');

    // The coordinator reads it (the note shows as text) and returns it with a comment.
    await coordinator.page.goto(`${server.url}/runder/1`);
    await coordinator.page.getByRole('link', { name: 'Selvforsørgelse' }).first().click();
    await expect.poll(() => coordinator.page.locator('.cell-note').first().textContent()).toBe('<script>alert(1)</script>');
    await coordinator.page.getByLabel('Hvad skal rettes?').fill('Målgruppens tæller mangler IGU-forløbene.');
    await coordinator.page.getByRole('button', { name: 'Send retur' }).click();
    await expect.poll(() => coordinator.page.locator('.notice--ok').textContent()).toBe('Leveringen er sendt retur.');

    // The steward sees the comment and delivers a corrected file (150 of 400 = 37,5 %).
    await steward.page.goto(`${server.url}/runder/1`);
    expect(await steward.page.locator('tr', { hasText: 'Selvforsørgelse' }).textContent()).toContain('Målgruppens tæller mangler IGU-forløbene.');
    const corrected = shareDelivery('selvforsoergelse', '2025', [
      { group: 'target', numerator: 150, denominator: 400 },
      { group: 'comparison', numerator: 900, denominator: 2000 },
    ]);
    await upload(steward, 'selvforsoergelse-rettet.csv', corrected);
    await expect.poll(() => steward.page.locator('.notice--ok').textContent()).toContain('Filen er modtaget');
    await steward.page.screenshot({ path: join(SCREENSHOTS, 'levering-runde.png'), fullPage: true });

    // The coordinator approves and publishes version 2.
    await coordinator.page.goto(`${server.url}/runder/1`);
    await coordinator.page.getByRole('link', { name: 'Selvforsørgelse' }).first().click();
    expect(await coordinator.page.locator('h1').textContent()).toContain('version 2');
    await coordinator.page.getByRole('button', { name: 'Godkend' }).click();
    await expect.poll(() => coordinator.page.locator('.notice--ok').textContent()).toBe('Leveringen er godkendt.');
    await coordinator.page.getByRole('button', { name: 'Offentliggør' }).click();
    await expect.poll(() => coordinator.page.locator('.notice--ok').textContent()).toBe('Tallene er offentliggjort.');

    // The reader sees the new figure.
    const reader = await logIn('laeser', '/');
    expect(new URL(reader.page.url()).pathname).toBe('/');
    await reader.page.goto(`${server.url}/indikator/selvforsoergelse`);
    expect(await reader.page.locator('main').textContent()).toContain('37,5');
    await reader.page.screenshot({ path: join(SCREENSHOTS, 'laeser-selvforsoergelse.png'), fullPage: true });
    await reader.page.goto(`${server.url}/runder`);
    expect(await reader.page.locator('h1').textContent()).toBe('Ingen adgang');

    // The audit log shows the whole round.
    await coordinator.page.goto(`${server.url}/revision`);
    // The action is shown in words, with its code as the tooltip (the CSV export keeps the codes).
    const cells = coordinator.page.locator('.audit-table tbody tr td:nth-child(3) span');
    const actions: string[] = [];
    for (let i = (await cells.count()) - 1; i >= 0; i--) actions.push((await cells.nth(i).getAttribute('title')) ?? '');
    const words = await coordinator.page.locator('.audit-table tbody tr td:nth-child(3)').allTextContents();
    expect(words).toContain('Runde åbnet');
    expect(words).toContain('Logget ind');
    expect(words.some((w) => w.includes('.'))).toBe(false);
    const round = actions.filter((a) => !a.startsWith('auth.') && !a.startsWith('user.') && a !== 'catalogue.change');
    expect(round).toEqual([
      'round.open',
      'delivery.upload_rejected',
      'delivery.import',
      'delivery.upload',
      'delivery.status',
      'delivery.import',
      'delivery.upload',
      'delivery.status',
      'delivery.status',
    ]);
    expect(actions.filter((a) => a === 'auth.login')).toHaveLength(3);
    await coordinator.page.screenshot({ path: join(SCREENSHOTS, 'revisionslog.png'), fullPage: true });

    for (const person of [coordinator, steward, reader]) {
      expect(person.problems).toEqual([]);
      await person.context.close();
    }
  });
});
