import { describe, expect, it } from 'vitest';
import { AGGREGATABLE_INDICATORS, aggregate, dataColumns, INDICATOR_COLUMNS, UnknownIndicatorError } from '../../src/counting/index.ts';
import { type Indicator, loadCatalogue } from '../../src/catalogue/index.ts';
import { input, person, population } from './helpers.ts';

const persons = population(person('A', '1980-01-01', 'target', '0101'), person('B', '2015-01-01', 'comparison', '0101'));

describe('aggregate', () => {
  it('knows the eleven indicators of the memo, each with its columns', () => {
    expect([...AGGREGATABLE_INDICATORS].sort()).toEqual(
      [
        'boern-anbringelse',
        'boern-kontaktperson',
        'boligomraader-diversitet',
        'hjemmepleje',
        'igu-forloeb',
        'karaktergennemsnit',
        'kriminalitet',
        'selvforsoergelse',
        'socialpsykiatri',
        'sprogstimulering',
        'valgdeltagelse',
      ].sort(),
    );
    expect(Object.keys(INDICATOR_COLUMNS).sort()).toEqual([...AGGREGATABLE_INDICATORS].sort());
  });

  it.each(AGGREGATABLE_INDICATORS)('%s writes a whole-group cell for target, comparison, other and total', (id) => {
    const out = aggregate(input(id, persons, []));
    const whole = out.cells.filter((c) => c.breakdown === '').map((c) => c.group);
    expect(whole).toEqual(['target', 'comparison', 'other', 'total']);
  });

  it('refuses an unknown indicator id, including inherited property names', () => {
    expect(() => aggregate(input('ukendt', persons, []))).toThrow(UnknownIndicatorError);
    expect(() => aggregate(input('toString', persons, []))).toThrow(UnknownIndicatorError);
  });
});

describe('INDICATOR_COLUMNS', () => {
  it('marks person_id as the one identifying, required column of every data file', () => {
    for (const [id, columns] of Object.entries(INDICATOR_COLUMNS)) {
      if (id === 'boligomraader-diversitet') continue;
      expect(columns[0]).toMatchObject({ name: 'person_id', required: true, identifying: true });
      expect(columns.slice(1).every((c) => !c.identifying)).toBe(true);
    }
    expect(INDICATOR_COLUMNS['boligomraader-diversitet']).toEqual([]);
  });

  it("are the catalogue's person-level columns: name, alias, required", () => {
    expect(INDICATOR_COLUMNS.valgdeltagelse).toEqual([
      { name: 'person_id', aliases: ['cpr'], required: true, identifying: true },
      { name: 'voted', aliases: ['stemt'], required: true, identifying: false },
    ]);
    expect(INDICATOR_COLUMNS.selvforsoergelse?.map((c) => [c.name, c.aliases.join(), c.required])).toEqual([
      ['person_id', 'cpr', true],
      ['benefit_start', 'ydelse_start', true],
      ['benefit_end', 'ydelse_slut', false],
      ['end_reason', 'afgangsaarsag', false],
      ['status_3_months', 'status_3_mdr', false],
    ]);
    for (const indicator of loadCatalogue().indicators) {
      expect(INDICATOR_COLUMNS[indicator.id]?.map((c) => c.name)).toEqual(indicator.person_level.map((c) => c.name));
    }
  });

  it('dataColumns maps a column without alias to no aliases and only type id to identifying', () => {
    const base = loadCatalogue().get('kriminalitet') as Indicator;
    const indicator: Indicator = {
      ...base,
      person_level: [
        { name: 'person_id', type: 'id', required: true },
        { name: 'note_date', type: 'date', required: false },
      ],
    };
    expect(dataColumns(indicator)).toEqual([
      { name: 'person_id', aliases: [], required: true, identifying: true },
      { name: 'note_date', aliases: [], required: false, identifying: false },
    ]);
  });
});
