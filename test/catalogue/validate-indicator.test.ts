import { describe, expect, it } from 'vitest';
import { type CatalogueProblem, validateIndicator } from '../../src/catalogue/index.ts';
import { type Loose, shipped } from './helpers.ts';

/** Validates a shipped indicator after `change` has broken it, and returns the problems. */
function problemsAfter(id: string, change: (data: Loose) => void): readonly CatalogueProblem[] {
  const data = shipped(id);
  change(data);
  const result = validateIndicator(data, `${id}.yaml`);
  return result.ok ? [] : result.problems;
}

function fields(problems: readonly CatalogueProblem[]): string[] {
  return problems.map((p) => p.field);
}

describe('validateIndicator', () => {
  it('accepts every shipped indicator as it is', () => {
    for (const id of ['hjemmepleje', 'sprogstimulering', 'boligomraader-diversitet', 'kriminalitet']) {
      expect(validateIndicator(shipped(id), `${id}.yaml`).ok).toBe(true);
    }
  });

  it('fills in the default group definition', () => {
    const data = shipped('hjemmepleje');
    delete data.group_definition;
    const result = validateIndicator(data, 'hjemmepleje.yaml');
    expect(result.ok && result.indicator.group_definition).toBe('origin');
  });

  describe('the third-generation rule (memo, paragraph 3)', () => {
    it('refuses an indicator that includes the third generation without a justification', () => {
      const problems = problemsAfter('hjemmepleje', (d) => {
        d.third_generation = { included: true };
      });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ file: 'hjemmepleje.yaml', field: 'third_generation.justification' });
      expect(problems[0]?.da).toContain('begrundelsen mangler');
      expect(problems[0]?.en).toContain('justification is missing');
    });

    it('refuses a blank justification, naming the blank language', () => {
      const problems = problemsAfter('sprogstimulering', (d) => {
        d.third_generation.justification.en = '   ';
      });
      expect(fields(problems)).toEqual(['third_generation.justification.en']);
    });

    it('accepts an excluded third generation without a justification', () => {
      expect(
        problemsAfter('hjemmepleje', (d) => {
          d.third_generation = { included: false };
        }),
      ).toEqual([]);
    });
  });

  describe('strictness', () => {
    it('refuses an unknown key at the top level', () => {
      const problems = problemsAfter('hjemmepleje', (d) => {
        d.onsket = 'increase';
      });
      expect(problems).toEqual([
        {
          file: 'hjemmepleje.yaml',
          field: 'onsket',
          da: 'ukendt felt (tjek stavningen; se docs/catalogue.md)',
          en: 'unknown field (check the spelling; see docs/catalogue.md)',
        },
      ]);
    });

    it('refuses an unknown key inside a measure and inside a breakdown value', () => {
      const problems = problemsAfter('boern-anbringelse', (d) => {
        d.measure.pr = 1000;
        d.breakdowns[0].values[1].note = 'x';
      });
      expect(fields(problems).sort()).toEqual(['breakdowns[0].values[1].note', 'measure.pr']);
    });

    it('names a missing field', () => {
      const problems = problemsAfter('hjemmepleje', (d) => {
        delete d.wanted;
      });
      expect(problems).toHaveLength(1);
      expect(problems[0]?.field).toBe('wanted');
      expect(problems[0]).toMatchObject({ da: 'feltet mangler', en: 'the field is missing' });
    });

    it('lists the allowed values of a wrong enum and of a wrong measure kind', () => {
      const problems = problemsAfter('hjemmepleje', (d) => {
        d.wanted = 'stigning';
        d.measure = { kind: 'ratio' };
      });
      expect(problems.find((p) => p.field === 'wanted')?.en).toBe('invalid value; allowed are: increase, decrease, parity, follow');
      expect(problems.find((p) => p.field === 'measure.kind')?.da).toBe('ugyldig værdi; tilladt er: share, rate, count, mean, index');
    });

    it('refuses a rate that is not per 1,000 and an id with Danish letters', () => {
      const problems = problemsAfter('boern-anbringelse', (d) => {
        d.measure.per = 100;
        d.id = 'børn-anbringelse';
      });
      expect(fields(problems).sort()).toEqual(['id', 'measure.per']);
      expect(problems.find((p) => p.field === 'id')?.da).toMatch(/^forkert format/);
    });

    it('refuses a blank title', () => {
      expect(
        fields(
          problemsAfter('hjemmepleje', (d) => {
            d.title.da = ' ';
          }),
        ),
      ).toEqual(['title.da']);
    });
  });

  describe('cross-field rules', () => {
    it('refuses a breakdown key used twice', () => {
      const problems = problemsAfter('kriminalitet', (d) => {
        d.breakdowns[1].key = 'age';
      });
      expect(problems.map((p) => [p.field, p.en])).toEqual([
        // age=under18 and age=adult are declared unions of age bands, which are gone
        ['breakdowns[0].values[0].union_of.ageband', 'union_of names the breakdown "ageband", which the indicator does not have'],
        ['breakdowns[0].values[1].union_of.ageband', 'union_of names the breakdown "ageband", which the indicator does not have'],
        ['breakdowns[1].key', 'the breakdown "age" is given more than once'],
        // the second "age" is also an age-standardised indicator without an ageband breakdown
        ['breakdowns', 'an age-standardised indicator needs the "ageband" breakdown with age bands'],
        // and the barometer's men 15-29 are declared among two age bands, which are gone too
        ['variants[2].among.ageband', 'the breakdown ageband does not have the values 15-17, 18-29'],
      ]);
    });

    it('refuses the region or MENAPT breakdown without its union of region × MENAPT cells (issue 14)', () => {
      const problems = problemsAfter('valgdeltagelse', (d) => {
        const region = d.breakdowns.findIndex((b: { key: string }) => b.key === 'region');
        delete d.breakdowns[region].values[5].union_of; // asia
        const menapt = d.breakdowns.findIndex((b: { key: string }) => b.key === 'menapt');
        d.breakdowns[menapt].values[0].union_of = { region_menapt: ['asia_menapt'] };
      });
      expect(fields(problems)).toEqual(['breakdowns[4]', 'breakdowns[5]']);
      expect(problems[1]?.en).toContain('union_of: yes = region_menapt europe_other_menapt+africa_menapt+asia_menapt');
    });

    it('refuses the generation breakdown without what the immigrants contain, and a contains naming a code that does not exist', () => {
      const generationOf = (d: Loose) => d.breakdowns.findIndex((b: { key: string }) => b.key === 'generation');
      const without = problemsAfter('valgdeltagelse', (d) => {
        delete d.breakdowns[generationOf(d)].values[0].contains;
      });
      expect(fields(without)).toEqual(['breakdowns[1]']);
      expect(without[0]?.en).toContain('contains: immigrant ⊇ refugee yes, residence 0-2+3-5+6-9+10+');
      const unknown = problemsAfter('valgdeltagelse', (d) => {
        d.breakdowns[generationOf(d)].values[0].contains.refugee = ['maybe'];
      });
      expect(unknown.map((p) => [p.field, p.en])).toEqual([
        ['breakdowns[1].values[0].contains.refugee', 'the code "maybe" is not in the breakdown "refugee"'],
        ['breakdowns[1]', expect.stringContaining('contains: immigrant ⊇ refugee yes')],
      ]);
    });

    it('refuses a code used twice and a closed breakdown without values', () => {
      expect(
        fields(
          problemsAfter('kriminalitet', (d) => {
            d.breakdowns[0].values[1].code = 'under18';
          }),
        ),
      ).toEqual(['breakdowns[0].values[1].code']);
      expect(
        fields(
          problemsAfter('kriminalitet', (d) => {
            d.breakdowns[0].values = [];
          }),
        ),
      ).toEqual(['breakdowns[0].values']);
    });

    it('refuses age bands with a gap, an overlap or a non-band code', () => {
      const bandsOf = (codes: string[]) =>
        problemsAfter('hjemmepleje', (d) => {
          d.breakdowns[0].values = codes.map((code) => ({ code, label: { da: code, en: code } }));
        });
      expect(bandsOf(['0-64', '66-74', '75+'])[0]?.da).toContain('»66-74« følger ikke direkte efter »0-64«');
      expect(bandsOf(['0-64', '60-74', '75+'])[0]?.field).toBe('breakdowns[0].values');
      expect(bandsOf(['0-64', '65+', '85+'])).toHaveLength(1);
      expect(bandsOf(['under65', '65+'])[0]?.en).toBe('"under65" is not an age band (write e.g. 0-17 or 80+)');
      expect(bandsOf(['0-64', '65-84', '85+'])).toEqual([]);
    });

    it('ties age standardisation to a standard population and age bands', () => {
      expect(
        fields(
          problemsAfter('hjemmepleje', (d) => {
            delete d.standard_population;
          }),
        ),
      ).toEqual(['standard_population']);
      expect(
        fields(
          problemsAfter('hjemmepleje', (d) => {
            d.age_standardised = false;
          }),
        ),
      ).toEqual(['standard_population']);
      expect(
        fields(
          problemsAfter('hjemmepleje', (d) => {
            d.breakdowns = [];
          }),
        ),
      ).toEqual(['breakdowns']);
    });

    it('requires the display unit that fits the measure', () => {
      const problems = problemsAfter('hjemmepleje', (d) => {
        d.display.unit = 'per1000';
      });
      expect(problems.map((p) => [p.field, p.da])).toEqual([['display.unit', 'målet »share« vises med enheden »percent«, ikke »per1000«']]);
    });

    it('requires the headline index among the indices shown and a scale that runs upwards', () => {
      expect(
        fields(
          problemsAfter('boligomraader-diversitet', (d) => {
            d.measure.indices = ['target_share', 'shannon'];
          }),
        ),
      ).toEqual(['measure.headline']);
      expect(
        fields(
          problemsAfter('karaktergennemsnit', (d) => {
            d.measure.min = 12;
            d.measure.max = -3;
          }),
        ),
      ).toEqual(['measure.max']);
    });

    it('requires a comparison group for parity', () => {
      expect(
        fields(
          problemsAfter('karaktergennemsnit', (d) => {
            d.comparison = 'context';
          }),
        ),
      ).toEqual(['wanted']);
    });

    it('allows no owner only while the indicator is under examination', () => {
      expect(
        fields(
          problemsAfter('hjemmepleje', (d) => {
            d.owners = [];
          }),
        ),
      ).toEqual(['owners']);
      expect(
        fields(
          problemsAfter('kriminalitet', (d) => {
            d.status = 'active';
          }),
        ),
      ).toEqual(['owners']);
      expect(
        fields(
          problemsAfter('igu-forloeb', (d) => {
            d.owners = ['Center for Arbejdsmarked', 'Center for Arbejdsmarked'];
          }),
        ),
      ).toEqual(['owners[1]']);
    });

    it('keeps person-level columns unambiguous', () => {
      expect(
        fields(
          problemsAfter('valgdeltagelse', (d) => {
            d.person_level.reverse();
          }),
        ),
      ).toEqual(['person_level[0].name']);
      expect(
        fields(
          problemsAfter('valgdeltagelse', (d) => {
            d.person_level[1].alias = 'cpr';
          }),
        ),
      ).toEqual(['person_level[1].alias']);
      expect(
        fields(
          problemsAfter('valgdeltagelse', (d) => {
            d.person_level[1].values = [{ code: 'ja' }];
          }),
        ),
      ).toEqual(['person_level[1].values']);
    });
  });
});
