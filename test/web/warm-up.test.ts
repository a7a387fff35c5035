/**
 * `startServer({ warmUpReports: true })`, as `indikator serve` starts the dashboard: the Word
 * report's layout is warmed up once the server listens, and the server answers meanwhile.
 */
import { describe, expect, it } from 'vitest';
import { startServer } from '../../src/web/index.ts';
import { createFakeData } from './fake-data.ts';

describe('the Word warm-up when the server starts', () => {
  it('runs when asked for, and the server answers', async () => {
    const server = await startServer({ port: 0, data: createFakeData(), warmUpReports: true });
    try {
      const [warmed, page] = await Promise.all([server.warmedUp, fetch(`${server.url}/`)]);
      expect(warmed).toBe(true);
      expect(page.status).toBe(200);
    } finally {
      await server.close();
    }
  }, 60_000);

  it('does not run by default (the tests start many servers)', async () => {
    const server = await startServer({ port: 0, data: createFakeData() });
    try {
      expect(await server.warmedUp).toBe(false);
    } finally {
      await server.close();
    }
  });
});
