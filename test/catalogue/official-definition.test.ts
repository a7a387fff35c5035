/**
 * Each indicator states the official definition it follows or deviates from (or that none exists)
 * and its named variants (issue 14); the loader refuses an entry that leaves any of it unsaid.
 */
import { describe, expect, it } from 'vitest';
import { type CatalogueProblem, type Indicator, loadCatalogue, validateIndicator, variantsStatement } from '../../src/catalogue/index.ts';
import { type Loose, shipped } from './helpers.ts';

function problemsAfter(id: string, change: (data: Loose) => void): readonly CatalogueProblem[] {
  const data = shipped(id);
  change(data);
  const result = validateIndicator(data, `${id}.yaml`);
  return result.ok ? [] : result.problems;
}

const fields = (problems: readonly CatalogueProblem[]) => problems.map((p) => p.field);

/**
 * Adds a variant stated but not computed as `variants[2]` (of IGU's two), so that the rules on
 * such variants are tried whichever shipped variants are computed.
 */
function withStated(d: Loose): void {
  d.variants.push({
    id: 'stated',
    computed: false,
    needs: { da: 'en kolonne', en: 'a column' },
    label: { da: 'Anført', en: 'Stated' },
    definition: { da: 'Kræver en kolonne.', en: 'Needs a column.' },
  });
}

describe('the shipped catalogue', () => {
  const catalogue = loadCatalogue();

  it('states for every indicator whether it follows an official definition (the issue’s table)', () => {
    const statuses = Object.fromEntries(catalogue.indicators.map((i) => [i.id, i.official_definition.status]));
    expect(statuses).toEqual({
      selvforsoergelse: 'deviates',
      socialpsykiatri: 'none',
      hjemmepleje: 'deviates',
      valgdeltagelse: 'followed',
      'igu-forloeb': 'followed',
      sprogstimulering: 'deviates',
      karaktergennemsnit: 'deviates',
      'boern-kontaktperson': 'deviates',
      'boern-anbringelse': 'deviates',
      'boligomraader-diversitet': 'deviates',
      kriminalitet: 'deviates',
    });
  });

  it('names the default variant of every indicator that deviates, and the national one beside it', () => {
    const variants = Object.fromEntries(
      catalogue.indicators
        .filter((i) => i.variants.length > 0)
        .map((i) => [i.id, i.variants.map((v) => `${v.id}${v.default ? '*' : ''}${v.computed ? '' : ' (not computed)'}`)]),
    );
    expect(variants).toEqual({
      selvforsoergelse: ['end_reason*', 'status_after_3_months'],
      hjemmepleje: ['any_home_care*', 'dst_home_help'],
      'igu-forloeb': ['started*', 'running'],
      sprogstimulering: ['by_origin*', 'by_language'],
      karaktergennemsnit: ['bound_exams*', 'full_set'],
      'boern-kontaktperson': ['children_0_17*', 'children_0_22', 'at_31_december', 'measures_0_22'],
      'boern-anbringelse': ['children_0_17*', 'children_0_22', 'at_31_december', 'measures_0_22'],
      'boligomraader-diversitet': ['dissimilarity*', 'legal_criteria (not computed)'],
      kriminalitet: ['offences*', 'convictions_criminal_code', 'men_15_29_criminal_code'],
    });
  });
});

describe('the rules on the official definition and the variants', () => {
  it('refuses a deviation without the note on how and why', () => {
    const problems = problemsAfter('karaktergennemsnit', (d) => {
      delete d.official_definition.note;
    });
    expect(fields(problems)).toEqual(['official_definition.note']);
    expect(problems[0]?.da).toContain('hvordan og hvorfor');
    expect(problems[0]?.en).toContain('how and why');
  });

  it('refuses an official definition without an address, but not "none"', () => {
    expect(
      fields(
        problemsAfter('valgdeltagelse', (d) => {
          delete d.official_definition.url;
        }),
      ),
    ).toEqual(['official_definition.url']);
    expect(
      problemsAfter('socialpsykiatri', (d) => {
        delete d.official_definition.url;
      }),
    ).toEqual([]);
  });

  it('refuses an entry without official_definition, an unknown status and a non-https address', () => {
    expect(
      fields(
        problemsAfter('hjemmepleje', (d) => {
          delete d.official_definition;
        }),
      ),
    ).toEqual(['official_definition']);
    expect(
      fields(
        problemsAfter('hjemmepleje', (d) => {
          d.official_definition.status = 'partly';
        }),
      ),
    ).toEqual(['official_definition.status']);
    expect(
      fields(
        problemsAfter('hjemmepleje', (d) => {
          d.official_definition.url = 'http://www.dst.dk';
        }),
      ),
    ).toEqual(['official_definition.url']);
  });

  it('needs exactly one default variant, computed and with its reason', () => {
    expect(
      fields(
        problemsAfter('igu-forloeb', (d) => {
          withStated(d);
          d.variants[2].default = true;
        }),
      ),
    ).toEqual(['variants', 'variants[2].computed', 'variants[2].reason']);
    // `started` then is a computed variant beside no default, so it also lacks its relation.
    expect(
      fields(
        problemsAfter('igu-forloeb', (d) => {
          d.variants[0].default = false;
        }),
      ),
    ).toEqual(['variants', 'variants[0].relation']);
    expect(
      fields(
        problemsAfter('igu-forloeb', (d) => {
          delete d.variants[0].reason;
        }),
      ),
    ).toEqual(['variants[0].reason']);
  });

  it('needs a second figure’s relation to the default, and a variant not computed says what it needs', () => {
    expect(
      fields(
        problemsAfter('igu-forloeb', (d) => {
          delete d.variants[1].relation;
        }),
      ),
    ).toEqual(['variants[1].relation']);
    expect(
      fields(
        problemsAfter('igu-forloeb', (d) => {
          d.variants[0].relation = 'contains_default';
        }),
      ),
    ).toEqual(['variants[0].relation']);
    expect(
      fields(
        problemsAfter('igu-forloeb', (d) => {
          withStated(d);
          delete d.variants[2].needs;
        }),
      ),
    ).toEqual(['variants[2].needs']);
  });

  it('needs a count of measures to name the computed figure of persons it is of, and only there', () => {
    // boern-anbringelse: children_0_17 (default), children_0_22, at_31_december, measures_0_22.
    expect(
      fields(
        problemsAfter('boern-anbringelse', (d) => {
          delete d.variants[3].of;
        }),
      ),
    ).toEqual(['variants[3].of']);
    expect(
      fields(
        problemsAfter('boern-anbringelse', (d) => {
          d.variants[3].of = 'measures_0_22';
        }),
      ),
    ).toEqual(['variants[3].of']);
    expect(
      fields(
        problemsAfter('boern-anbringelse', (d) => {
          d.variants[3].of = 'no_such_figure';
        }),
      ),
    ).toEqual(['variants[3].of']);
    expect(
      fields(
        problemsAfter('boern-anbringelse', (d) => {
          d.variants[1].of = 'children_0_17';
        }),
      ),
    ).toEqual(['variants[1].of']);
    // The default counts persons too: measures of the 0-17-year-olds would be tied to it.
    expect(
      problemsAfter('boern-anbringelse', (d) => {
        d.variants[3].of = 'children_0_17';
      }),
    ).toEqual([]);
  });

  it('needs the men 15-29 to be declared among values the indicator has, and only for that relation', () => {
    // kriminalitet: offences (default), convictions_criminal_code, men_15_29_criminal_code.
    expect(
      fields(
        problemsAfter('kriminalitet', (d) => {
          delete d.variants[2].among;
        }),
      ),
    ).toEqual(['variants[2].among']);
    expect(
      fields(
        problemsAfter('kriminalitet', (d) => {
          d.variants[2].among = { sex: ['X'], ageband: ['15-17'] };
        }),
      ),
    ).toEqual(['variants[2].among.sex']);
    expect(
      fields(
        problemsAfter('kriminalitet', (d) => {
          d.variants[2].among = { gender: ['M'] };
        }),
      ),
    ).toEqual(['variants[2].among.gender']);
    expect(
      fields(
        problemsAfter('kriminalitet', (d) => {
          d.variants[2].among = {};
        }),
      ),
    ).toEqual(['variants[2].among']);
    expect(
      fields(
        problemsAfter('kriminalitet', (d) => {
          d.variants[1].among = { sex: ['M'] };
        }),
      ),
    ).toEqual(['variants[1].among']);
  });

  it('makes the `variant` breakdown from the second figures and refuses one declared by hand', () => {
    const igu = loadCatalogue().get('igu-forloeb');
    expect(igu?.breakdowns.at(-1)).toMatchObject({ key: 'variant', values: [{ code: 'running', label: { en: 'Courses running in the year' } }] });
    expect(
      loadCatalogue()
        .get('valgdeltagelse')
        ?.breakdowns.some((b) => b.key === 'variant'),
    ).toBe(false);
    // The hand-made one is pushed last: its index is the number of breakdowns the catalogue declares.
    const declared = loadCatalogue().get('valgdeltagelse')?.breakdowns.length;
    expect(
      fields(
        problemsAfter('valgdeltagelse', (d) => {
          d.breakdowns.push({ key: 'variant', label: { da: 'x', en: 'x' }, values: [{ code: 'a', label: { da: 'a', en: 'a' } }] });
        }),
      ),
    ).toEqual([`breakdowns[${declared}].key`]);
  });

  it('tells the reader what a variant not computed needs, and a second figure its definition', () => {
    const igu = loadCatalogue().get('igu-forloeb') as Indicator;
    const stated = {
      id: 'stated',
      computed: false,
      default: false,
      needs: { da: 'en kolonne x (x)', en: 'a column x (x)' },
      label: { da: 'Anført', en: 'Stated' },
      definition: { da: 'D.', en: 'D.' },
    };
    const text = variantsStatement({ ...igu, variants: [...igu.variants, stated] }, 'da');
    expect(text).toContain('Forløb i gang i året (vist som andet tal: ');
    expect(text).toContain('; Anført (beregnes ikke; kræver en kolonne x (x)).');
  });

  it('says for every variant not computed which column it needs', () => {
    const missing = loadCatalogue().indicators.flatMap((i) => i.variants.filter((v) => !v.computed && v.needs === undefined).map((v) => `${i.id}/${v.id}`));
    expect(missing).toEqual([]);
  });

  it('refuses two variants with the same id', () => {
    expect(
      fields(
        problemsAfter('igu-forloeb', (d) => {
          d.variants[1].id = 'started';
        }),
      ),
    ).toEqual(['variants[1].id']);
  });

  it('accepts an indicator without variants', () => {
    expect(
      problemsAfter('igu-forloeb', (d) => {
        delete d.variants;
      }),
    ).toEqual([]);
  });
});
