import { describe, expect, it } from 'vitest';
import { definitionHashes, loadCatalogue } from '../../src/catalogue/index.ts';
import { fakeApp } from './helpers.ts';

const { app, data } = fakeApp();
const ids = loadCatalogue().ids;

async function page(path: string, init?: RequestInit): Promise<{ status: number; body: string; headers: Headers }> {
  const res = await app.request(path, init);
  return { status: res.status, body: await res.text(), headers: res.headers };
}

describe('pages', () => {
  it('serves the overview in Danish with every indicator, grouped by department', async () => {
    const { status, body, headers } = await page('/');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(body).toContain('<html lang="da">');
    for (const id of ids) expect(body).toContain(`href="/indikator/${id}"`);
    expect(body).toContain('<h2 id="department-1">Center for Arbejdsmarked</h2>');
    expect(body).toMatch(/Seneste tal: 2025/);
    expect(body).toContain('Uden ansvarlig enhed endnu');
  });

  it('shows status as icon and word, and kriminalitet as under examination', async () => {
    const { body } = await page('/');
    expect(body).toMatch(
      /<span class="status status--[a-z-]+"><span class="status__icon" aria-hidden="true">[▲●▼○◆]<\/span> (Forbedret|Uændret|Forværret|Kan ikke vurderes|Undersøges)<\/span>/,
    );
    const crime = body.slice(body.indexOf('/indikator/kriminalitet'));
    expect(crime.slice(0, 600)).toContain('◆</span> Undersøges');
    const placement = body.slice(body.indexOf('/indikator/boern-anbringelse'));
    expect(placement.slice(0, 400)).toContain('Der er endnu ingen data for denne indikator.');
  });

  it('shows the latest values, the gap and a sparkline on a card', async () => {
    const { body } = await page('/');
    const card = body.slice(body.indexOf('/indikator/selvforsoergelse'), body.indexOf('/indikator/socialpsykiatri'));
    expect(card).toMatch(/<dt>Målgruppe<\/dt><dd>\d+,\d %<\/dd>/);
    expect(card).toMatch(/<dt>Dansk oprindelse<\/dt><dd>\d+,\d %<\/dd>/);
    expect(card).toMatch(/<dt>Forskel<\/dt><dd>-\d+,\d procentpoint<\/dd>/);
    expect(card).toContain('<svg xmlns="http://www.w3.org/2000/svg" id="spark-selvforsoergelse"');
  });

  it('switches to English with ?lang=en and remembers it in a cookie', async () => {
    const en = await page('/?lang=en');
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain('Indicators for the integration area');
    expect(en.body).toContain('href="/?lang=da" lang="da" hreflang="da"');
    expect(en.headers.get('set-cookie')).toMatch(/^lang=en; Max-Age=31536000; Path=\/; HttpOnly; SameSite=Lax/);
    const again = await page('/indikator/hjemmepleje', { headers: { cookie: 'lang=en' } });
    expect(again.body).toContain('<html lang="en">');
    expect(again.body).toContain('Home care');
    const danish = await page('/', { headers: { cookie: 'lang=da' } });
    expect(danish.body).toContain('href="/?lang=en" lang="en" hreflang="en"');
  });

  it('serves every indicator page, with every breakdown, in both languages', async () => {
    for (const id of ids) {
      for (const lang of ['da', 'en']) {
        const { status, body } = await page(`/indikator/${id}?lang=${lang}`);
        expect(status, `${id} ${lang}`).toBe(200);
        expect(body).toContain(`<html lang="${lang}">`);
        const options = [...body.matchAll(/<option value="([^"]+)"/g)].map((m) => m[1] as string);
        for (const breakdown of options) {
          const res = await page(`/indikator/${id}?lang=${lang}&breakdown=${encodeURIComponent(breakdown)}`);
          expect(res.status, `${id} ${breakdown}`).toBe(200);
        }
      }
    }
  });

  it('offers a second figure (another definition) under its own name, with its definition where it is shown', async () => {
    const base = await page('/indikator/igu-forloeb');
    expect(base.body).toContain('<optgroup label="Anden definition"><option value="variant=running">Forløb i gang i året</option></optgroup>');
    expect(base.body).not.toContain('class="note second-figure"');
    const second = await page('/indikator/igu-forloeb?breakdown=variant%3Drunning');
    expect(second.body).toContain(
      '<p class="note second-figure">Andet tal, ikke standarddefinitionen — Forløb i gang i året: IGU-forløb, der har været i gang på et tidspunkt i kalenderåret, talt én gang pr. år (produktets opgørelse før issue 14).</p>',
    );
    const english = await page('/indikator/igu-forloeb?lang=en&breakdown=variant%3Drunning');
    expect(english.body).toContain('A second figure, not the default definition — Courses running in the year: IGU courses in progress');
  });

  it('selects a breakdown with a plain GET form', async () => {
    const base = await page('/indikator/hjemmepleje');
    expect(base.body).toContain('<form class="breakdown-form" method="get" action="/indikator/hjemmepleje">');
    expect(base.body).toContain('<label for="breakdown">Opdeling</label>');
    expect(base.body).toContain('<option value="ageband=85+">85 år og derover</option>');
    const chosen = await page('/indikator/hjemmepleje?breakdown=ageband%3D85%2B');
    expect(chosen.body).toContain('<option value="ageband=85+" selected>');
    expect(chosen.body).toContain('<caption>Hjemmepleje: Aldersgruppe: 85 år og derover</caption>');
    expect(chosen.body).toContain('<td class="num suppressed">diskretioneret</td>');
    expect(chosen.body).toContain('href="/download/hjemmepleje.csv?breakdown=ageband%3D85%2B"');
    expect((await page('/indikator/hjemmepleje?breakdown=ageband%3D99')).status).toBe(404);
  });

  it('shows other groups and the total on request', async () => {
    const main = await page('/indikator/valgdeltagelse');
    expect(main.body).not.toContain('<td>Øvrige</td>');
    const all = await page('/indikator/valgdeltagelse?groups=all');
    expect(all.body).toContain('<td>Øvrige</td>');
    expect(all.body).toContain('<td>I alt</td>');
    expect(all.body).toContain('name="groups" value="all" checked');
  });

  it('carries the narrative, the charts with text alternatives, the table and the definitions', async () => {
    const { body } = await page('/indikator/selvforsoergelse');
    // The same generator as the report (src/narrative): level, change, significance, gap, wanted direction.
    expect(body).toMatch(
      /<p class="narrative">Andelen af målgruppen, der blev selvforsørgende, (steg|faldt) fra \d+,\d % i 2024 til \d+,\d % i 2025\. (Stigningen|Faldet) er (ikke )?statistisk sikker\. .*Forskellen til personer med dansk oprindelse \(\d+,\d %\) er (indsnævret|øget) fra \d+,\d til \d+,\d procentpoint\. Der ønskes en stigning\.<\/p>/,
    );
    expect(body).toContain('role="img" aria-labelledby="chart-selvforsoergelse-title chart-selvforsoergelse-desc"');
    expect(body).toContain('<desc id="chart-selvforsoergelse-desc">Figuren viser Målgruppe: 2019 ');
    expect(body).toContain('2021 ingen data');
    expect(body).toContain('id="gap-selvforsoergelse"');
    expect(body).toContain('<th scope="col" class="num">95 %-konfidensinterval</th>');
    expect(body).toContain('<dt>Afgrænsning af målgruppen</dt><dd>Herkomst efter Danmarks Statistiks regler');
    expect(body).toContain('<dt>Tredjegenerationsindvandrere</dt><dd>Tredjegenerationsindvandrere (børn af efterkommere) indgår ikke i målgruppen.</dd>');
    // Issue 14: the official definition it deviates from, with its address, and the variant the figures follow.
    expect(body).toContain('<dt>Officiel definition</dt><dd>Afviger fra den officielle definition (Styrelsen for Arbejdsmarked og Rekruttering');
    expect(body).toContain('<a href="https://www.jobindsats.dk" rel="noopener">www.jobindsats.dk</a>');
    expect(body).toContain('<dt>Varianter</dt><dd>Tallene følger: Afgang med selvforsørgelse som årsag — ');
    // A second figure is named with its definition.
    expect(body).toContain('Andre varianter: Selvforsørget 3 måneder efter (vist som andet tal: Af dem med en ydelse i året, andelen der forlod ydelsen');
    // … and what the figures count, with the definitions' version every downloaded file carries.
    const version = definitionHashes(loadCatalogue()).indicators.selvforsoergelse?.slice(0, 12);
    expect(body).toContain(
      `<dt>Tallenes definition</dt><dd>Ydelsesforløb, der sluttede i året med afgangsårsagen job, IGU, uddannelse eller anden selvforsørgelse. Definitionsversion ${version}.</dd>`,
    );
    expect(body).toMatch(/<dt>Levering<\/dt><dd>Version \d \(levering nr\. \d+\), 15\. februar 2026 kl\. 10\.30<\/dd>/);
  });

  it('marks the COVID series break of the grade average in the chart, the table and a note (issue 14)', async () => {
    const { body } = await page('/indikator/karaktergennemsnit');
    expect(body).toContain('<g class="series-break"><title>† Brud i serien 2019/2020–2021/2022: prøverne blev aflyst');
    expect(body).toMatch(/<th scope="row">[^<]*2019\/20 †<\/th>/);
    expect(body).toMatch(/<th scope="row">[^<]*2021\/22 †<\/th>/);
    expect(body).not.toMatch(/<th scope="row">[^<]*2022\/23 †<\/th>/);
    expect(body).toContain('<p class="note">† Brud i serien 2019/2020–2021/2022: prøverne blev aflyst');
  });

  it('states the third generation and why, and the age-standardised value', async () => {
    const sprog = await page('/indikator/sprogstimulering');
    expect(sprog.body).toContain('Tredjegenerationsindvandrere (børn af efterkommere) indgår i målgruppen. Begrundelse:');
    // The law's definition by language is named as a second figure, with its definition (issue 14).
    expect(sprog.body).toContain('Tosprogede efter sprog (loven) (vist som andet tal: Af hver gruppes talte børn');
    const hjem = await page('/indikator/hjemmepleje');
    expect(hjem.body).toMatch(/Aldersstandardiseret til sammenligningsgruppens aldersfordeling var værdien for målgruppen \d+,\d % i 2025/);
    expect(hjem.body).toContain('<th scope="col" class="num">Aldersstandardiseret</th>');
  });

  it('shows an indicator under examination or without data without numbers', async () => {
    const crime = await page('/indikator/kriminalitet');
    expect(crime.status).toBe(200);
    expect(crime.body).toContain('Undersøges');
    expect(crime.body).toContain('Det undersøges, om der kan udtrækkes data.');
    expect(crime.body).not.toContain('<table');
    const none = await page('/indikator/boern-anbringelse');
    expect(none.body).toContain('Der er endnu ikke leveret tal til indikatoren.');
  });

  it('serves the housing areas with flags in words and the segregation indices', async () => {
    const { status, body } = await page('/boligomraader');
    expect(status).toBe(200);
    expect(body).toContain('id="chart-areas"');
    expect(body).toContain('<span class="flag"><span aria-hidden="true">⚠</span> Over 50 % af beboerne er i målgruppen</span>');
    expect(body).toContain('>over 50 %</text>');
    expect(body).toContain('<th scope="row">Lille Mølle</th>');
    // The suppressed area's over-50 % flag is not "Nej": it is unknown.
    const lilleMoelle = body.slice(body.indexOf('<th scope="row">Lille Mølle</th>'));
    expect(lilleMoelle.slice(0, lilleMoelle.indexOf('</tr>')).trim().split('\n').slice(1)).toEqual([
      ...Array(4).fill('<td class="num suppressed">diskretioneret</td>'),
      '<td class="suppressed">diskretioneret</td>',
    ]);
    expect(body).toContain('Dissimilaritetsindeks');
    expect(body).toContain('<th scope="col">Dækning</th>');
    expect(body).toContain('<td>96,6 % af beboerne i offentliggjorte områder; 1 område samlet i én enhed</td>');
    expect(body).toContain('indgår samlet som én enhed');
    expect(body).toContain('id="chart-segregation"');
    expect((await page('/boligomraader?period=2023')).body).toContain('<option value="2023" selected>');
    // The legal criteria from the ministry's list (issue 14): which criterion each area meets, and its list.
    const legal = body.slice(body.indexOf('id="legal"'));
    const rowOf = (area: string) => {
      const from = legal.slice(legal.indexOf(`<th scope="row">${area}</th>`));
      return from.slice(0, from.indexOf('</tr>'));
    };
    expect(rowOf('Østerby')).toContain(
      '<td><strong>opfyldt</strong></td><td><strong>opfyldt</strong></td><td>nej</td><td><strong>opfyldt</strong></td><td>over 50\u00a0%</td><td><strong>Parallelsamfund</strong></td>',
    );
    expect(rowOf('Søndermarken')).toContain(
      '<td>kun ved den lavere grænse</td><td>kun ved den lavere grænse</td><td>nej</td><td>nej</td><td>over 30\u00a0%</td><td><strong>Forebyggelsesområde</strong></td>',
    );
    expect(rowOf('Vestervang')).toContain('<td>højst 30\u00a0%</td><td>Ingen</td>');
    expect(rowOf('Lille Mølle')).toContain('<td class="num">640</td><td colspan="5"></td><td>Ikke et officielt område (under 1.000 beboere)</td>');
    expect((await page('/boligomraader?period=1999')).status).toBe(404);
    expect((await page('/boligomraader?period=nonsense')).status).toBe(400);
  });

  it('answers unknown pages with an HTML 404 page', async () => {
    const missing = await page('/indikator/findes-ikke');
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('<h1>Siden findes ikke</h1>');
    expect((await page('/findes/ikke?lang=en')).body).toContain('<h1>Page not found</h1>');
  });

  it('has landmarks, a skip link, one h1 and headings in order on every page', async () => {
    for (const path of ['/', '/indikator/selvforsoergelse', '/indikator/kriminalitet', '/boligomraader']) {
      const { body } = await page(path);
      expect(body).toContain('<a class="skip-link" href="#main">');
      expect(body).toContain('<main id="main"');
      expect(body).toContain('<header class="site-header">');
      expect(body).toContain('<footer class="site-footer">');
      expect(body.match(/<h1[ >]/g)).toHaveLength(1);
      const levels = [...body.matchAll(/<h([1-6])[ >]/g)].map((m) => Number(m[1]));
      levels.forEach((level, i) => {
        if (i > 0) expect(level - (levels[i - 1] as number), `${path}: h${levels[i - 1]} → h${level}`).toBeLessThanOrEqual(1);
      });
    }
  });

  it('sets the security headers, with no inline script allowed', async () => {
    const { headers, body } = await page('/');
    const csp = headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(body).not.toMatch(/<script(?![^>]*\ssrc=)/);
    expect(body).not.toMatch(/\sstyle="/);
    expect(body).not.toMatch(/\son[a-z]+="/);
  });

  it('serves the stylesheet and script', async () => {
    const css = await app.request('/static/style.css');
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await css.text()).toContain(':focus-visible');
    expect((await app.request('/static/app.js')).status).toBe(200);
    expect((await app.request('/static/nope.css')).status).toBe(404);
  });

  it('caches rendered pages per data version and language', async () => {
    await page('/indikator/igu-forloeb');
    const before = data.resultCalls;
    await page('/indikator/igu-forloeb');
    expect(data.resultCalls).toBe(before);
    data.bump();
    await page('/indikator/igu-forloeb');
    expect(data.resultCalls).toBe(before + 1);
  });
});
