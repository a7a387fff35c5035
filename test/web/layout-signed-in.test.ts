/**
 * Layout of the signed-in pages in real Chromium at 1366×768 and 390×844, with the same check as the
 * reader pages (layout-check.ts: nothing wider than the screen, no clipped or overlapping text, chart
 * text ≥ 10 px): the login page; the coordinator's rounds, round page (with the back series to
 * publish), delivery pages (returned and approved versions), target form and audit log; the
 * department steward's rounds, round page with the upload form, a delivery and the list of errors
 * of a broken upload; the administrator's users and audit log; and the refusal a reader gets.
 * Screenshots of every page at both widths go to test-output/screenshots/layout-<role>-*.png.
 *
 * The store: self-support 2021–2024 and home care 2024 imported as `indikator import` does and
 * published by round 1 (2024, with its back series; closed), then a corrected self-support 2023
 * imported; round 2 (calendar year 2025, deadline passed, so items are overdue), where self-support
 * 2025 was returned with a comment, delivered again and approved, and home care 2025 delivered; a
 * target for self-support.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/auth/index.ts';
import { type Catalogue, loadCatalogue } from '../../src/catalogue/index.ts';
import { chromiumArgs } from '../../src/report/pdf/index.ts';
import { storeDashboardData } from '../../src/services/dashboard-data.ts';
import { importDelivery } from '../../src/services/import/import-delivery.ts';
import { setTargetAs } from '../../src/services/targets.ts';
import { addUser } from '../../src/services/users.ts';
import { approveDelivery, closeRound, openRound, publishRound, returnDelivery, submitUpload } from '../../src/services/workflow.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { type RunningServer, startServer } from '../../src/web/index.ts';
import { brokenDelivery, goodDelivery, shareDelivery } from '../auth/fixtures.ts';
import { PASSWORD, testHasher, USERS } from '../auth/helpers.ts';
import { CHROMIUM, NO_BROWSER } from '../browser.ts';
import { problemsOf, SCREENSHOTS, VIEWPORTS } from './layout-check.ts';

let browser: Browser;
let server: RunningServer;
let store: Store;
let dir: string;
/** The delivery ids the pages show: self-support 2025 returned (v1) and approved (v2). */
const ids = { returned: 0, approved: 0 };

const actor = (username: string): Actor => {
  const user = USERS[username];
  if (user === undefined) throw new Error(`no test user ${username}`);
  return { username, role: user.role, departments: user.departments };
};

async function seed(catalogue: Catalogue): Promise<void> {
  for (const [username, user] of Object.entries(USERS)) {
    await addUser({ store, hasher: testHasher, catalogue }, { username, displayName: `Test ${username}`, ...user }, PASSWORD, 'test');
  }
  const file = (name: string, text: string): string => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const share = (indicator: string, period: string, target: number) =>
    shareDelivery(indicator, period, [
      { group: 'target', numerator: target, denominator: 400 },
      { group: 'comparison', numerator: 900, denominator: 2000 },
    ]);
  const history: [string, string, number][] = [
    ['selvforsoergelse', '2021', 96],
    ['selvforsoergelse', '2022', 104],
    ['selvforsoergelse', '2023', 100],
    ['selvforsoergelse', '2024', 110],
    ['hjemmepleje', '2024', 60],
  ];
  for (const [indicator, period, target] of history) {
    await importDelivery(
      { file: file(`${indicator}-${period}.csv`, share(indicator, period, target)), actor: 'import', source: 'file', threshold: 5 },
      catalogue,
      store,
    );
  }
  const deps = { store, catalogue, threshold: 5 };
  const coordinator = actor('koordinator');
  const old = await openRound(deps, { name: 'Årsopfølgning 2024', deadline: '2025-03-01', periods: { calendar_year: '2024' } }, coordinator);
  for (const indicator of ['selvforsoergelse', 'hjemmepleje']) {
    const delivery = (await store.deliveryVersions(indicator, '2024')).at(-1);
    if (delivery !== undefined) await approveDelivery(deps, delivery.id, coordinator);
  }
  await publishRound(deps, old.id, coordinator, { withHistory: true });
  await closeRound(deps, old.id, coordinator);
  // A corrected 2023 after publication: the back series round 2 offers to publish.
  await importDelivery(
    { file: file('selvforsoergelse-2023-rettet.csv', share('selvforsoergelse', '2023', 102)), actor: 'import', source: 'file', threshold: 5 },
    catalogue,
    store,
  );
  const round = await openRound(
    deps,
    { name: 'Årsopfølgning 2025', deadline: '2026-03-01', periods: { calendar_year: '2025', school_year: '2024/2025' } },
    coordinator,
  );
  const upload = async (username: string, name: string, text: string) => {
    const [stored] = await submitUpload(deps, round.id, { path: file(name, text), fileName: name }, actor(username));
    const delivery = stored && (await store.deliveryVersions(stored.indicator, stored.period)).at(-1);
    if (delivery === undefined) throw new Error(`nothing stored from ${name}`);
    return delivery;
  };
  const first = await upload(
    'arbejdsmarked',
    'selvforsoergelse-2025.csv',
    goodDelivery('selvforsoergelse', '2025', 'Uden IGU-forløb, som Jobcentret tæller for sig.'),
  );
  ids.returned = first.id;
  await returnDelivery(deps, first.id, coordinator, 'Målgruppens tæller mangler IGU-forløbene; send venligst en rettet fil.');
  const second = await upload('arbejdsmarked', 'selvforsoergelse-2025-rettet.csv', share('selvforsoergelse', '2025', 150));
  ids.approved = second.id;
  await approveDelivery(deps, second.id, coordinator);
  await upload('social', 'hjemmepleje-2025.csv', share('hjemmepleje', '2025', 64));
  await setTargetAs(deps, { indicator: 'selvforsoergelse', value: '45', year: '2028', decision: 'Byrådet 12. marts 2026, punkt 7' }, coordinator);
}

beforeAll(async () => {
  if (NO_BROWSER) return;
  dir = mkdtempSync(join(tmpdir(), 'indikator-layout-signed-in-'));
  store = await openStore({ dataDir: join(dir, 'data') });
  const catalogue = loadCatalogue();
  await seed(catalogue);
  const data = (statuses?: ['published']) => storeDashboardData({ store, catalogue, threshold: 5, ...(statuses ? { statuses } : {}) });
  server = await startServer({ port: 0, data: data(), auth: { store, catalogue, hasher: testHasher, publishedData: data(['published']) } });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: chromiumArgs() });
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** What a role opens, by file-name-safe label; `act` reaches a page that follows a form (the upload's errors). */
interface Visit {
  name: string;
  path: string;
  status?: number;
  act?: (page: Page) => Promise<void>;
}

function visits(): Record<string, readonly Visit[]> {
  return {
    koordinator: [
      { name: 'runder', path: '/runder' },
      { name: 'runde', path: '/runder/2' },
      { name: 'runde-lukket', path: '/runder/1' },
      { name: 'levering-returneret', path: `/leveringer/${ids.returned}` },
      { name: 'levering-godkendt', path: `/leveringer/${ids.approved}` },
      { name: 'maal', path: '/indikator/selvforsoergelse' },
      { name: 'revision', path: '/revision' },
      { name: 'revision-filter', path: '/revision?action=delivery.status' },
      { name: 'oversigt', path: '/' },
      { name: 'runder-en', path: '/runder?lang=en' },
    ],
    arbejdsmarked: [
      { name: 'runder', path: '/runder' },
      { name: 'runde', path: '/runder/2' },
      { name: 'levering', path: `/leveringer/${ids.approved}` },
      {
        name: 'upload-fejl',
        path: '/runder/2',
        status: 422,
        act: async (page) => {
          await page
            .getByLabel('Fil', { exact: true })
            .setInputFiles({ name: 'selvforsoergelse.csv', mimeType: 'text/csv', buffer: Buffer.from(brokenDelivery('selvforsoergelse', '2025')) });
          await page.getByRole('button', { name: 'Indsend' }).click();
          await page.waitForLoadState('load');
          expect(await page.locator('.upload-errors li').count()).toBe(3);
        },
      },
    ],
    admin: [
      { name: 'brugere', path: '/brugere' },
      { name: 'revision', path: '/revision' },
    ],
    laeser: [
      { name: 'ingen-adgang', path: '/runder', status: 403 },
      { name: 'indikator', path: '/indikator/selvforsoergelse' },
    ],
  };
}

async function logIn(page: Page, username: string): Promise<void> {
  await page.goto(`${server.url}/login?lang=da`);
  await page.getByLabel('Brugernavn').fill(username);
  await page.getByLabel('Adgangskode').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.waitForLoadState('load');
}

describe.skipIf(NO_BROWSER)('layout of the signed-in pages in Chromium', () => {
  for (const viewport of VIEWPORTS) {
    it(`has no page wider than ${viewport.width} px, no clipped or overlapping text; screenshots`, { timeout: 240_000 }, async () => {
      const found: Record<string, string[]> = {};
      const check = async (page: Page, label: string) => {
        await page.screenshot({ path: join(SCREENSHOTS, `layout-${label}-${viewport.name}.png`), fullPage: true });
        const problems = await problemsOf(page);
        if (problems.length > 0) found[label] = problems;
      };
      const options = { viewport: { width: viewport.width, height: viewport.height }, deviceScaleFactor: 1 };
      const anonymous = await browser.newContext(options);
      const login = await anonymous.newPage();
      expect((await login.goto(`${server.url}/login?lang=da`))?.status()).toBe(200);
      await check(login, 'login');
      await anonymous.close();

      for (const [username, pages] of Object.entries(visits())) {
        const context = await browser.newContext(options);
        const page = await context.newPage();
        await logIn(page, username);
        for (const visit of pages) {
          const path = visit.path.includes('lang=') ? visit.path : `${visit.path}${visit.path.includes('?') ? '&' : '?'}lang=da`;
          const response = await page.goto(`${server.url}${path}`);
          if (visit.act === undefined) expect(response?.status(), `${username} ${visit.path}`).toBe(visit.status ?? 200);
          else await visit.act(page);
          await check(page, `${username}-${visit.name}`);
        }
        await context.close();
      }
      expect(found).toEqual({});
    });
  }
});
