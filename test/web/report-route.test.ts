import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/web/index.ts';
import { createFakeData, HIDDEN_PATTERNS } from './fake-data.ts';

/** The committee report downloaded from the web application: same figures, same suppression. */
describe('report download', () => {
  const app = createApp({ data: createFakeData({ leaky: true }) });

  it('serves the HTML report with every indicator title and without hidden small-cell values', async () => {
    const response = await app.request('/rapport/rapport.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('content-disposition')).toContain('integrationsindikatorer-rapport.html');
    const text = await response.text();
    for (const title of ['Selvforsørgelse', 'Hjemmepleje', 'Kriminalitet']) expect(text).toContain(title);
    for (const pattern of HIDDEN_PATTERNS) expect(text).not.toContain(pattern);
  });

  it('serves the Word report as a .docx (a zip with the document part)', async () => {
    const response = await app.request('/rapport/rapport.docx');
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
    expect(Buffer.from(bytes).includes('word/document.xml')).toBe(true);
  });

  it('answers an unknown report format with 404', async () => {
    expect((await app.request('/rapport/rapport.exe')).status).toBe(404);
  });
});
