import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/web/exports/csv.ts';
import { html, raw } from '../../src/web/html.ts';
import { dictionary, resolveLang } from '../../src/web/i18n/index.ts';
import { ResponseCache } from '../../src/web/response-cache.ts';
import { breakdownLabel, breakdownOptions } from '../../src/web/view/labels.ts';
import { fillPeriods, sortPeriods } from '../../src/catalogue/index.ts';
import { loadCatalogue } from '../../src/catalogue/index.ts';
import { da } from '../../src/web/i18n/da.ts';
import { en } from '../../src/web/i18n/en.ts';

describe('html', () => {
  it('escapes interpolations but not nested templates or raw markup', () => {
    expect(html`<p title="${'"x"'}">${'<b>&'}</p>`.value).toBe('<p title="&quot;x&quot;">&lt;b&gt;&amp;</p>');
    expect(html`<ul>${['a', 'b'].map((x) => html`<li>${x}</li>`)}</ul>`.value).toBe('<ul><li>a</li><li>b</li></ul>');
    expect(html`${raw('<svg/>')}${null}${false}${0}`.value).toBe('<svg/>0');
  });
});

describe('periods', () => {
  it('sorts by date and fills missing periods', () => {
    expect(sortPeriods(['2025', '2019', '2021', '2019'])).toEqual(['2019', '2021', '2025']);
    expect(fillPeriods(['2022', '2019'])).toEqual(['2019', '2020', '2021', '2022']);
    expect(fillPeriods(['KV2025', 'KV2017'])).toEqual(['KV2017', 'KV2021', 'KV2025']);
    expect(fillPeriods(['2023/2024', '2021/2022'])).toEqual(['2021/2022', '2022/2023', '2023/2024']);
    expect(fillPeriods(['2024-10/2025-09', '2022-10/2023-09'])).toEqual(['2022-10/2023-09', '2023-10/2024-09', '2024-10/2025-09']);
    expect(fillPeriods(['x', '2020'])).toEqual(['2020', 'x']);
  });
});

describe('breakdown labels', () => {
  const catalogue = loadCatalogue();
  const kontakt = catalogue.get('boern-kontaktperson')!;
  const areas = new Map([['0101', 'Nørrevang']]);

  it('names breakdowns from the catalogue and the area register', () => {
    expect(breakdownLabel('', kontakt, areas, 'da', da)).toBe('Hele gruppen (ingen opdeling)');
    expect(breakdownLabel('ageband=0-5', kontakt, areas, 'da', da)).toMatch(/^Aldersgruppe: 0/);
    expect(breakdownLabel('area=0101', kontakt, areas, 'en', en)).toBe('area: Nørrevang');
    expect(breakdownLabel('measure=unknown', kontakt, areas, 'da', da)).toMatch(/: unknown$/);
  });

  it("names the region of origin and MENAPT cells in the reader's language (issue 14)", () => {
    expect(breakdownLabel('region=asia', kontakt, areas, 'da', da)).toBe('Oprindelsesregion: Asien');
    expect(breakdownLabel('region=south_central_america', kontakt, areas, 'en', en)).toBe('Region of origin: South and Central America');
    expect(breakdownLabel('menapt=yes', kontakt, areas, 'da', da)).toBe('MENAPT-lande: Oprindelse i et MENAPT-land');
  });

  it('orders breakdown options by the catalogue', () => {
    const options = breakdownOptions(['', 'ageband=12-17', 'ageband=0-5', 'measure=family', 'measure=child'], kontakt);
    expect(options).toEqual([
      { key: 'measure', values: ['measure=child', 'measure=family'] },
      { key: 'ageband', values: ['ageband=0-5', 'ageband=12-17'] },
    ]);
  });
});

describe('languages', () => {
  it('prefers the query, then the cookie, then Danish', () => {
    expect(resolveLang('en', 'da')).toBe('en');
    expect(resolveLang(undefined, 'en')).toBe('en');
    expect(resolveLang('fr', undefined)).toBe('da');
    expect(dictionary('en').status.improved).toBe('Improved');
  });

  it('has the same keys in both dictionaries', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
    expect(keys(en).sort()).toEqual(keys(da).sort());
  });
});

describe('toCsv', () => {
  const table = {
    name: 't',
    columns: [
      { name: 'text', kind: 'text' as const },
      { name: 'value', kind: 'decimal' as const },
      { name: 'suppressed', kind: 'boolean' as const },
    ],
    rows: [
      ['a, "b"', 0.5, false],
      ['x', null, true],
    ],
  };
  it('quotes, leaves empty cells empty and ends lines with CRLF', () => {
    expect(toCsv(table)).toBe('text,value,suppressed\r\n"a, ""b""",0.5,false\r\nx,,true\r\n');
  });
  it('writes the Danish Excel form on request', () => {
    expect(toCsv(table, { danish: true })).toBe('\uFEFFtext;value;suppressed\r\n"a, ""b""";0,5;false\r\nx;;true\r\n');
  });
});

describe('ResponseCache', () => {
  const ok = (body: string) => async () => ({ status: 200, contentType: 'text/plain', body });

  it('serves a hit, empties on a new version and evicts the least recently used', async () => {
    const cache = new ResponseCache(2);
    expect((await cache.get('v1', 'a', ok('A'))).body).toBe('A');
    expect((await cache.get('v1', 'a', ok('other'))).body).toBe('A');
    await cache.get('v1', 'b', ok('B'));
    await cache.get('v1', 'a', ok('other'));
    await cache.get('v1', 'c', ok('C'));
    expect((await cache.get('v1', 'b', ok('B2'))).body).toBe('B2');
    expect((await cache.get('v2', 'a', ok('A2'))).body).toBe('A2');
    expect(cache.size).toBe(1);
  });

  it('renders once for concurrent requests and does not cache errors', async () => {
    const cache = new ResponseCache();
    let renders = 0;
    const slow = async () => {
      renders++;
      await new Promise((r) => setTimeout(r, 10));
      return { status: 200, contentType: 'text/plain', body: 'x' };
    };
    await Promise.all([cache.get('v', 'k', slow), cache.get('v', 'k', slow), cache.get('v', 'k', slow)]);
    expect(renders).toBe(1);
    await cache.get('v', 'e', async () => ({ status: 404, contentType: 'text/plain', body: 'no' }));
    expect((await cache.get('v', 'e', ok('yes'))).body).toBe('yes');
  });
});
