/**
 * End-to-end tests in real headless Chromium (playwright-core): the pages work, the language
 * switch and the breakdown form work (with and without JavaScript), a CSV download matches the
 * API, axe-core finds no WCAG 2.1 A/AA violations, the CSP lets our own files through, and
 * screenshots are written to test-output/screenshots/. Skipped only when Chromium is missing and
 * CI is not set; under CI they always run.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { chromiumArgs } from '../../src/report/pdf/index.ts';
import { CHROMIUM, NO_BROWSER } from '../browser.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/index.ts';
import type { ResultRow } from '../../src/cells/index.ts';
import { type RunningServer, startServer } from '../../src/web/index.ts';
import { createFakeData } from './fake-data.ts';
import { csvRecords } from './helpers.ts';

const skip = NO_BROWSER;
const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'test-output', 'screenshots');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const catalogue = loadCatalogue();

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  if (skip) return;
  server = await startServer({ port: 0, data: createFakeData() });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: chromiumArgs(),
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page that records console errors and uncaught exceptions (a CSP violation is a console error). */
async function openPage(options: { javaScriptEnabled?: boolean; bypassCSP?: boolean } = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  // Browser-side code is passed as text: the tests compile without the DOM library.
  const result = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_TAGS)} } })`)) as {
    violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
  };
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe.skipIf(skip)('end to end in Chromium', () => {
  it('opens the overview with every indicator, the stylesheet and the script, without errors', async () => {
    const { page, errors } = await openPage();
    await page.goto(`${server.url}/`);
    expect(await page.locator('h1').textContent()).toBe('Indikatorer for integrationsområdet');
    expect(await page.locator('li.card').count()).toBe(catalogue.indicators.length);
    expect(await page.evaluate(`getComputedStyle(document.querySelector('.site-nav')).backgroundColor`)).toBe('rgb(22, 61, 99)');
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'overview.png') });
    await page.goto(`${server.url}/indikator/selvforsoergelse`);
    await expect.poll(() => page.locator('.page-tools button').count()).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'indikator-selvforsoergelse.png') });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens every indicator page', async () => {
    const { page, errors } = await openPage();
    for (const indicator of catalogue.indicators) {
      const response = await page.goto(`${server.url}/indikator/${indicator.id}`);
      expect(response?.status(), indicator.id).toBe(200);
      expect(await page.locator('h1').textContent()).toBe(indicator.title.da);
      expect(await page.locator('p.narrative').count()).toBe(1);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('switches language and keeps it while navigating', async () => {
    const { page } = await openPage();
    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: 'English' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe('Indicators for the integration area');
    await page.getByRole('link', { name: 'Home care' }).click();
    expect(await page.locator('h1').textContent()).toBe('Home care');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('link', { name: 'Dansk' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Hjemmepleje');
    await page.context().close();
  });

  it('uses the breakdown selector, with and without JavaScript', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const { page } = await openPage({ javaScriptEnabled });
      await page.goto(`${server.url}/indikator/hjemmepleje`);
      await page.getByLabel('Opdeling', { exact: true }).selectOption('ageband=85+');
      await page.getByRole('button', { name: 'Vis' }).click();
      await page.waitForURL(/breakdown=ageband%3D85%2B/);
      expect(await page.locator('table caption').textContent()).toBe('Hjemmepleje: Aldersgruppe: 85 år og derover');
      expect(await page.locator('td.suppressed').first().textContent()).toBe('diskretioneret');
      await page.context().close();
    }
  });

  it('downloads a CSV whose numbers match the API', async () => {
    const { page } = await openPage();
    await page.goto(`${server.url}/indikator/selvforsoergelse`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tabellen som maskinlæsbar CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('selvforsoergelse-hele-gruppen-maskinlaesbar.csv');
    const records = csvRecords(readFileSync(await download.path(), 'utf8'));
    const api = (await (await fetch(`${server.url}/api/results?indicator=selvforsoergelse&breakdown=`)).json()) as ResultRow[];
    const shown = api.filter((r) => r.group === 'target' || r.group === 'comparison');
    expect(records).toHaveLength(shown.length);
    for (const row of shown) {
      const record = records.find((r) => r.period === row.period && r.group === row.group);
      expect(Number(record?.value)).toBe(row.value);
      expect(Number(record?.n)).toBe(row.n);
    }
    await page.context().close();
  });

  it('downloads the CSV for Danish Excel from the page link: BOM, semicolons, Danish headers', async () => {
    const { page } = await openPage();
    await page.goto(`${server.url}/indikator/selvforsoergelse`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tabellen som CSV (til Excel)' }).click()]);
    expect(download.suggestedFilename()).toBe('selvforsoergelse-hele-gruppen.csv');
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').startsWith('\uFEFFKommunekode;Indikator;Periode;Gruppe;Opdeling;Tæller;')).toBe(true);
    await page.context().close();
  });

  it('shows progress while a report is made, then saves it under its own name', async () => {
    const { page, errors } = await openPage();
    // The fake store's report is ready at once; held back two seconds, the progress can be seen.
    await page.route('**/rapport/rapport.docx', async (route) => {
      await new Promise((done) => setTimeout(done, 2000));
      await route.continue();
    });
    await page.goto(`${server.url}/`);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      (async () => {
        await page.getByRole('link', { name: 'Word' }).click();
        expect(await page.locator('.report-status').textContent()).toMatch(/^Rapporten laves … det kan tage op til et halvt minut \(Word, \d+ s\)$/);
        // The links say they are not available while the report is made, and a second click starts nothing.
        expect(await page.getByRole('link', { name: 'PDF' }).getAttribute('aria-disabled')).toBe('true');
        await page.getByRole('link', { name: 'PDF' }).dispatchEvent('click');
        expect(await page.locator('.report-status').textContent()).toContain('(Word,');
      })(),
    ]);
    expect(download.suggestedFilename()).toBe('integrationsindikatorer-rapport.docx');
    await expect.poll(() => page.locator('.report-status').textContent()).toBe('Rapporten er hentet.');
    expect(await page.getByRole('link', { name: 'PDF' }).getAttribute('aria-disabled')).toBeNull();
    expect(errors).toEqual([]);
    await page.context().close();
  }, 90_000);

  it('lets keyboard users skip to the content', async () => {
    const { page } = await openPage();
    await page.goto(`${server.url}/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Gå til hovedindhold');
    expect(await page.locator('.skip-link').evaluate((el) => el.getBoundingClientRect().top >= 0)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate('document.activeElement?.id')).toBe('main');
    await page.context().close();
  });

  it('has no WCAG 2.1 A/AA violations (axe-core) on the overview, an indicator page and the housing areas', async () => {
    // axe is injected as an inline script, which the real CSP forbids; this context bypasses it.
    const { page } = await openPage({ bypassCSP: true });
    for (const path of ['/', '/?lang=en', '/indikator/hjemmepleje?breakdown=ageband%3D85%2B', '/indikator/kriminalitet', '/boligomraader']) {
      await page.goto(`${server.url}${path}`);
      expect(await axeViolations(page), path).toEqual([]);
    }
    // The check can fail: an image without a text alternative is reported.
    await page.evaluate(`document.querySelector('main').insertAdjacentHTML('beforeend', '<img src="/static/favicon.svg">')`);
    expect((await axeViolations(page)).some((v) => v.startsWith('image-alt'))).toBe(true);
    await page.context().close();
  });
});
