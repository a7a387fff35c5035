/**
 * Series breaks (issue 14): periods measured differently from those around them — the COVID
 * years of `karaktergennemsnit` — are declared in the catalogue, checked against the indicator's
 * period type, and found by period for every chart, table and the report.
 */
import { describe, expect, it } from 'vitest';
import { type CatalogueProblem, loadCatalogue, seriesBreakAt, seriesBreakSpans, seriesBreakStatement, validateIndicator } from '../../src/catalogue/index.ts';
import { type Loose, shipped } from './helpers.ts';

const grades = loadCatalogue().get('karaktergennemsnit');
if (grades === undefined) throw new Error('no karaktergennemsnit');

function problemsAfter(id: string, change: (data: Loose) => void): readonly CatalogueProblem[] {
  const data = shipped(id);
  change(data);
  const result = validateIndicator(data, `${id}.yaml`);
  return result.ok ? [] : result.problems;
}

describe('the COVID break of karaktergennemsnit', () => {
  it('covers the school years 2019/20 to 2021/22 and no other', () => {
    const inside = ['2018/2019', '2019/2020', '2020/2021', '2021/2022', '2022/2023'].map((p) => seriesBreakAt(grades, p) !== undefined);
    expect(inside).toEqual([false, true, true, true, false]);
  });

  it('gives the chart a span over the drawn periods, in words for the text alternative', () => {
    const drawn = ['2017/2018', '2018/2019', '2019/2020', '2020/2021', '2021/2022', '2022/2023'];
    expect(seriesBreakSpans(grades, drawn, 'da')).toEqual([
      { from: 2, to: 4, label: 'Brud i serien', title: expect.stringMatching(/^† Brud i serien 2019\/2020–2021\/2022: prøverne blev aflyst/) },
    ]);
    // Only the last break year drawn: the band covers that one period.
    expect(seriesBreakSpans(grades, ['2021/2022', '2022/2023'], 'en')).toMatchObject([{ from: 0, to: 0, label: 'Series break' }]);
    expect(seriesBreakSpans(grades, ['2022/2023', '2023/2024'], 'da')).toEqual([]);
  });

  it('says what differs in both languages', () => {
    const [covid] = grades.series_breaks;
    if (covid === undefined) throw new Error('no break');
    expect(seriesBreakStatement(covid, 'en')).toMatch(/^† Series break 2019\/2020–2021\/2022: the examinations were cancelled/);
  });

  it('no other indicator has a break', () => {
    expect(
      loadCatalogue()
        .indicators.filter((i) => i.series_breaks.length > 0)
        .map((i) => i.id),
    ).toEqual(['karaktergennemsnit']);
  });
});

describe('the rules on series breaks', () => {
  it('refuses a period of another type and a break that ends before it begins', () => {
    const wrongType = problemsAfter('karaktergennemsnit', (d) => {
      d.series_breaks[0].from = '2020';
    });
    expect(wrongType.map((p) => p.field)).toEqual(['series_breaks[0].from']);
    const backwards = problemsAfter('karaktergennemsnit', (d) => {
      d.series_breaks[0].from = '2022/2023';
    });
    expect(backwards.map((p) => p.field)).toEqual(['series_breaks[0]']);
    expect(backwards[0]?.en).toContain('ends (to) before it begins (from)');
  });
});
