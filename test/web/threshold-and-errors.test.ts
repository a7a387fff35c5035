/**
 * One threshold, said everywhere: with the suppression threshold at 10, no page, no API text and
 * no report says 5 or "1 til 4"; each says 10 (or 1 to 9). And the web app's one mapping of user
 * errors: a `UserError` answers with its own status and message in the page's language, with no
 * stack trace; any other error is a 500 that says nothing about the code.
 */
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors/user-error.ts';
import { UsageProblem } from '../../src/services/problems.ts';
import { WorkflowError } from '../../src/services/workflow-error.ts';
import { createApp } from '../../src/web/index.ts';
import { createFakeData } from './fake-data.ts';

const FIVE = [/færre end 5\b/, /fewer than 5\b/, /1 til 4\b/, /1 to 4\b/, /< ?5\b/];

describe('with INDIKATOR_SUPPRESSION_THRESHOLD=10', () => {
  const app = createApp({ data: createFakeData(), suppressionThreshold: 10 });
  const text = async (path: string) => {
    const response = await app.request(path);
    expect(response.status).toBe(200);
    return response.text();
  };

  it.each(['/', '/?lang=en', '/indikator/selvforsoergelse', '/indikator/selvforsoergelse?lang=en', '/boligomraader'])('%s says 10, never 5', async (path) => {
    const page = await text(path);
    for (const five of FIVE) expect(page).not.toMatch(five);
    expect(page).toMatch(path.includes('lang=en') ? /fewer than 10 persons/ : /færre end 10 personer/);
  });

  it('the OpenAPI description says 1 to 9', async () => {
    const document = await text('/api/openapi.json');
    for (const five of FIVE) expect(document).not.toMatch(five);
    expect(document).toContain('a count from 1 to 9 persons');
  });

  it('the downloaded report says 1 til 9 (Danish) and 1 to 9 (English)', async () => {
    const da = await text('/rapport/rapport.html');
    const en = await text('/rapport/rapport.html?lang=en');
    for (const five of FIVE) {
      expect(da).not.toMatch(five);
      expect(en).not.toMatch(five);
    }
    expect(da).toContain('1 til 9 personer');
    expect(en).toContain('1 to 9 persons');
  });
});

describe('a user error in the web app', () => {
  const app = createApp({ data: createFakeData() });
  app.get('/api/test-usage', () => {
    throw new UsageProblem('ukendt periode', 'unknown period');
  });
  app.get('/test-refused', () => {
    throw new WorkflowError('forbidden', 'ikke din afdeling', 'not your department');
  });
  app.get('/test-bug', () => {
    throw new TypeError('x is undefined');
  });

  it('answers an API request with its status and both languages as JSON', async () => {
    const response = await app.request('/api/test-usage');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { status: 400, code: 'user_error', message: 'unknown period', message_da: 'ukendt periode' } });
  });

  it('answers a page request with its status and the message in the page language', async () => {
    const da = await app.request('/test-refused');
    expect(da.status).toBe(403);
    expect(await da.text()).toContain('ikke din afdeling');
    const en = await app.request('/test-refused?lang=en');
    expect(await en.text()).toContain('not your department');
  });

  it('answers anything else with a 500 that reveals nothing', async () => {
    const response = await app.request('/test-bug');
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('x is undefined');
  });

  it('every user error carries an exit code and a status; a plain one is a 400 and exit 2', () => {
    const plain = new UserError('da', 'en');
    expect([plain.exitCode, plain.httpStatus, plain.message]).toEqual([2, 400, 'da / en']);
    expect(new WorkflowError('conflict', 'a', 'b').httpStatus).toBe(409);
  });
});
