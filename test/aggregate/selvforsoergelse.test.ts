import { describe, expect, it } from 'vitest';
import { AggregationRowError, aggregate, SELF_SUPPORT_REASONS } from '../../src/counting/index.ts';
import { loadCatalogue } from '../../src/catalogue/index.ts';
import { cell, counts, input, person, population, rows, ordinary } from './helpers.ts';

const persons = population(
  person('T1', '1980-01-01', 'target'),
  person('T2', '1985-01-01', 'target'),
  person('T3', '1990-01-01', 'target'),
  person('T4', '1995-01-01', 'target'),
  person('C1', '1970-01-01', 'comparison'),
  person('C2', '1975-01-01', 'comparison'),
  person('C3', '1999-01-01', 'comparison'),
  person('O1', '1988-01-01', 'other'),
);

const spell = (id: string, start: string, end: string, reason: string) => ({
  person_id: id,
  benefit_start: start,
  benefit_end: end,
  end_reason: reason,
});

const data = rows(
  spell('T1', '2024-03-01', '2025-01-01', 'job'), // ends on the first day: active and self-supporting
  spell('T2', '2025-02-01', '', ''), // ongoing
  spell('T3', '2023-01-01', '2024-12-31', 'job'), // ended before the period: ignored
  spell('T3', '2025-05-01', '2025-12-31', 'pension'), // active, not self-support (an older spelling of `other`)
  spell('T4', '2025-06-01', '2026-01-10', 'uddannelse'), // ends after the period (Danish alias of `education`)
  spell('C1', '2024-01-01', '2025-12-31', 'Job'),
  spell('C2', '2025-03-01', '2025-04-01', 'andet'),
  spell('C2', '2025-06-01', '2025-09-01', 'igu'),
  spell('C3', '2025-08-01', '2025-10-01', ''), // ended without a reason
  spell('O1', '2026-01-01', '', ''), // starts after the period
  spell('X9', '2025-01-01', '', ''), // not in the population
);

/** One spell per target person (T1, T2, …), each ending in the period with the given reason. */
const ended = (...reasons: string[]) =>
  aggregate(input('selvforsoergelse', persons, rows(...reasons.map((r, i) => spell(`T${i + 1}`, '2025-01-01', '2025-02-01', r)))));

describe('selvforsoergelse', () => {
  const out = aggregate(input('selvforsoergelse', persons, data));

  it('counts persons with an active spell, and those who left one for self-support in the period', () => {
    expect(counts(out.cells, 'target')).toEqual([1, 4]);
    expect(cell(out.cells, 'target').value).toBe(0.25);
    expect(counts(out.cells, 'comparison')).toEqual([2, 3]);
    expect(counts(out.cells, 'other')).toEqual([0, 0]);
    expect(cell(out.cells, 'other').value).toBeNull();
    expect(counts(out.cells, 'total')).toEqual([3, 7]);
    expect(cell(out.cells, 'total').n).toBe(7);
    expect(ordinary(out.cells)).toHaveLength(4);
  });

  it('reports the unmatched row by number and notes the spell that ended without a reason', () => {
    expect(out.unmatched).toEqual([{ rowNumber: 12 }]);
    expect(out.notes).toHaveLength(1);
    expect(out.notes[0]).toMatch(/^1 forløb/);
  });

  it("reads the catalogue's end reasons and their Danish aliases; self-support is job, igu, education, other_self_support", () => {
    const reasonCodes = loadCatalogue()
      .get('selvforsoergelse')
      ?.person_level.find((c) => c.name === 'end_reason')
      ?.values?.map((v) => v.code);
    expect(reasonCodes).toEqual(['job', 'igu', 'education', 'other_self_support', 'other']);
    expect([...SELF_SUPPORT_REASONS].every((r) => reasonCodes?.includes(r))).toBe(true);
    expect(counts(ended('education', 'other_self_support', 'other', 'igu').cells, 'target')).toEqual([3, 4]);
    expect(counts(ended('Beskæftigelse', 'UDDANNELSE', 'anden_selvforsørgelse', 'andet').cells, 'target')).toEqual([3, 4]);
  });

  it('still reads the older spellings selvforsoergelse (self-support) and pension, død, flytning (not)', () => {
    expect(counts(ended('selvforsoergelse', 'pension', 'død', 'flytning').cells, 'target')).toEqual([1, 4]);
  });

  it('refuses an unknown reason, a bad date and an end before the start, naming row and column', () => {
    const bad = (r: Record<string, string>, column: string, problem: string) => {
      const call = () => aggregate(input('selvforsoergelse', persons, rows(spell('T1', '2025-01-01', '', ''), r)));
      expect(call).toThrow(AggregationRowError);
      try {
        call();
      } catch (e) {
        const err = e as AggregationRowError;
        expect([err.rowNumber, err.column, err.problem]).toEqual([3, column, problem]);
        expect(err.message).toContain('Række 3');
        expect(err.message).not.toContain('SECRET');
      }
    };
    bad(spell('SECRET', '2025-01-01', '2025-02-01', 'ferie'), 'end_reason', 'invalid_choice');
    bad(spell('SECRET', '2025-13-01', '', ''), 'benefit_start', 'invalid_date');
    // The file readers' one date parser: a mixed separator and trailing text are not dates.
    bad(spell('SECRET', '28-02.2025', '', ''), 'benefit_start', 'invalid_date');
    bad(spell('SECRET', '2025-02-28 og lidt', '', ''), 'benefit_start', 'invalid_date');
    bad(spell('SECRET', '2025-01-01', '2025-02-30', 'job'), 'benefit_end', 'invalid_date');
    bad(spell('SECRET', '2025-03-01', '2025-02-01', 'job'), 'benefit_end', 'end_before_start');
    bad(spell('SECRET', '', '', ''), 'benefit_start', 'missing');
  });
});

describe('selvforsoergelse: self-supporting 3 months after, the second figure', () => {
  const withStatus = (id: string, start: string, end: string, reason: string, after: string) => ({ ...spell(id, start, end, reason), status_3_months: after });
  const data3 = rows(
    withStatus('T1', '2024-03-01', '2025-01-01', 'job', 'selvforsørgende'), // left for a job, still self-supporting: lasting
    withStatus('T2', '2025-02-01', '2025-05-01', 'education', 'offentlig_forsørgelse'), // back on support: not lasting
    withStatus('T3', '2025-05-01', '2025-12-31', 'igu', ''), // no status yet: not counted as lasting, noted
    withStatus('T4', '2025-06-01', '', '', ''), // still on benefits
    withStatus('C1', '2024-01-01', '2025-12-31', 'job', 'self_supporting'),
    withStatus('C2', '2025-03-01', '2025-04-01', 'andet', 'self_supporting'), // self-supporting, but did not leave for self-support
    withStatus('C3', '2025-08-01', '', '', ''),
  );
  const asked = { ...input('selvforsoergelse', persons, data3), secondFigures: ['status_after_3_months'] };
  const out = aggregate(asked);

  it("counts, among the default's denominator, those who left for self-support and were self-supporting 3 months after", () => {
    // Default: T1, T2, T3 left for self-support of T1–T4 (3 of 4); C1 of C1–C3 (1 of 3).
    expect(counts(out.cells, 'target')).toEqual([3, 4]);
    // Lasting: T1 only (T2 back on support, T3 without a status) — 1 of 4; C1 — 1 of 3 (C2 left for 'other').
    expect(cell(out.cells, 'target', 'variant=status_after_3_months')).toMatchObject({ numerator: 1, denominator: 4, value: 0.25 });
    expect(counts(out.cells, 'comparison', 'variant=status_after_3_months')).toEqual([1, 3]);
    expect(counts(out.cells, 'total', 'variant=status_after_3_months')).toEqual([2, 7]);
    expect(out.cells.filter((c) => c.breakdown.startsWith('variant=')).map((c) => c.group)).toEqual(['target', 'comparison', 'other', 'total']);
    expect(out.notes).toContain('1 afgange til selvforsørgelse har ingen status 3 måneder efter og er ikke talt som varige.');
  });

  it('writes no second figure without the column, or when it is not asked for', () => {
    const without = aggregate({ ...input('selvforsoergelse', persons, data), secondFigures: ['status_after_3_months'] });
    expect(without.cells.some((c) => c.breakdown.startsWith('variant='))).toBe(false);
    expect(aggregate(input('selvforsoergelse', persons, data3)).cells.some((c) => c.breakdown.startsWith('variant='))).toBe(false);
  });

  it('refuses a status it does not know, naming the column', () => {
    const bad = rows(withStatus('T1', '2025-01-01', '2025-02-01', 'job', 'måske'));
    expect(() => aggregate({ ...input('selvforsoergelse', persons, bad), secondFigures: ['status_after_3_months'] })).toThrow(/status_3_months|Række 2/);
  });
});
