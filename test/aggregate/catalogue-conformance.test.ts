/**
 * Every indicator's aggregation against its catalogue entry: it reads the columns the catalogue
 * declares, writes only the breakdowns the catalogue declares (and all of the closed ones), and
 * scales its values as the catalogue's measure says.
 */
import { describe, expect, it } from 'vitest';
import { AGGREGATABLE_INDICATORS, type AggregatedCell, aggregate } from '../../src/counting/index.ts';
import { type Indicator, loadCatalogue, type PersonLevelColumn, secondFigures } from '../../src/catalogue/index.ts';
import { input, person, population, rows } from './helpers.ts';

const catalogue = loadCatalogue();

const persons = population(
  person('T1', '2021-03-01', 'target', '0101'), // 4
  person('T2', '2012-03-01', 'target', '0101'), // 13
  person('T3', '2009-03-01', 'target', '0102'), // 16
  person('T4', '1990-03-01', 'target', '0102'), // 35
  person('T5', '1945-03-01', 'target', null), // 80
  person('C1', '2017-03-01', 'comparison', '0101'), // 8
  person('C2', '2003-03-01', 'comparison', '0103'), // 22
  person('C3', '1968-03-01', 'comparison', '0103'), // 57
  person('C4', '1955-03-01', 'comparison', '0101'), // 70
  person('O1', '2010-03-01', 'other', '0102'), // 15
  person('O2', '1980-03-01', 'other', '0103'), // 45
);

/** A cell text of the column's type for row `i`, column `j`, built from the catalogue alone. */
function sample(column: PersonLevelColumn, personId: string, i: number, j: number): string {
  switch (column.type) {
    case 'id':
      return personId;
    case 'date':
      return column.required ? '2025-06-01' : '2025-09-30';
    case 'boolean':
      return (i + j) % 2 === 0 ? '1' : '0';
    case 'number':
      // Steps of the 7-point scale: a grade in a per-pupil file, and one examination's grade in an exam-row file.
      return String([0, 2, 4, 7, 10, 12][i % 6]);
    case 'code': {
      const codes = column.values ?? [];
      return codes[i % codes.length]?.code ?? '';
    }
  }
}

/** One row per resident, holding exactly the catalogue's person-level columns. */
function catalogueRows(indicator: Indicator) {
  if (indicator.person_level.length === 0) return [];
  return rows(...[...persons.keys()].map((id, i) => Object.fromEntries(indicator.person_level.map((column, j) => [column.name, sample(column, id, i, j)]))));
}

function periodOf(indicator: Indicator) {
  switch (indicator.period_type) {
    case 'oct_sep':
      return { start: '2024-10-01', end: '2025-09-30', label: '2024-10/2025-09' };
    case 'school_year':
      return { start: '2024-08-01', end: '2025-07-31', label: '2024/2025' };
    case 'election':
      return { start: '2025-11-18', end: '2025-11-18', label: 'KV2025' };
    case 'calendar_year':
      return { start: '2025-01-01', end: '2025-12-31', label: '2025' };
  }
}

/** As the service calls it: with the catalogue's second figures (`variant=<id>`) asked for. */
function run(indicator: Indicator): AggregatedCell[] {
  const seconds = secondFigures(indicator).map((v) => v.id);
  return aggregate({ ...input(indicator.id, persons, catalogueRows(indicator), periodOf(indicator)), secondFigures: seconds }).cells;
}

describe('aggregation conforms to the catalogue', () => {
  it("has rules for exactly the catalogue's indicators", () => {
    expect([...AGGREGATABLE_INDICATORS].sort()).toEqual([...catalogue.ids].sort());
  });

  it.each(catalogue.ids)("%s: reads rows holding only the catalogue's columns and counts some of them", (id) => {
    const indicator = catalogue.get(id) as Indicator;
    const out = aggregate(input(id, persons, catalogueRows(indicator), periodOf(indicator)));
    expect(out.unmatched).toEqual([]);
    const total = out.cells.find((c) => c.group === 'total' && c.breakdown === '');
    expect(total?.numerator ?? total?.n).toBeGreaterThan(0);
  });

  it.each(catalogue.ids)('%s: writes only declared breakdowns, and every value of each closed one', (id) => {
    const indicator = catalogue.get(id) as Indicator;
    const cells = run(indicator);
    const written = new Set(cells.map((c) => c.breakdown).filter((b) => b !== ''));
    for (const breakdown of written) {
      const [key, value] = breakdown.split('=', 2);
      const declared = indicator.breakdowns.find((b) => b.key === key);
      expect(declared, `${id}: ${breakdown}`).toBeDefined();
      if (declared?.open === false)
        expect(
          declared.values.map((v) => v.code),
          `${id}: ${breakdown}`,
        ).toContain(value);
      else expect(value, `${id}: ${breakdown}`).not.toBe('');
    }
    for (const declared of indicator.breakdowns.filter((b) => !b.open)) {
      for (const value of declared.values) expect(written, `${id}`).toContain(`${declared.key}=${value.code}`);
    }
  });

  it.each(catalogue.ids)("%s: scales its values as the catalogue's measure says, with sd only behind a mean", (id) => {
    const indicator = catalogue.get(id) as Indicator;
    const measure = indicator.measure;
    const cells = run(indicator);
    for (const c of cells) {
      if (measure.kind === 'mean') {
        expect([c.numerator, c.denominator]).toEqual([null, null]);
        if ((c.n ?? 0) >= 2) expect(c.sd).toBeGreaterThanOrEqual(0);
        continue;
      }
      expect(c.sd).toBeNull();
      if (measure.kind === 'count') {
        expect([c.value, c.denominator]).toEqual([c.numerator, null]);
        continue;
      }
      const factor = measure.kind === 'rate' ? measure.per : 1;
      const expected = c.denominator === 0 ? null : ((c.numerator ?? Number.NaN) / (c.denominator ?? Number.NaN)) * factor;
      expect(c.value).toBe(expected);
    }
  });
});
