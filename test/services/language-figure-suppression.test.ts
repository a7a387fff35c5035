/**
 * sprogstimulering's second figure `by_language` (issue 14) is another split of the same children:
 * per group, those with a mother tongue other than Danish (the target group where none is given).
 * Published beside the default, group − its bilingual children = its Danish-speaking children, and
 * total − the law's bilingual children = all Danish-speaking children — counts that are often 1–4.
 * The catalogue's `relation: within_default` makes each group's difference an unpublished cell of
 * the one suppression rule, so no subtraction shows 1..t−1. The attacker knows the relations by
 * construction, not from the product; without the relation the hand case leaks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Indicator, loadCatalogue, personBreakdownKeys } from '../../src/catalogue/index.ts';
import { type AggregationPerson, aggregate } from '../../src/counting/index.ts';
import type { Group } from '../../src/origin/index.ts';
import { suppressCells } from '../../src/services/aggregate-delivery/index.ts';
import { cellKey, deliveryTable } from '../../src/services/compute/delivery-table.ts';
import { auditSuppression } from '../../src/stats/index.ts';
import type { Cell } from '../../src/cells/index.ts';

const T = 5;
const indicator = loadCatalogue().get('sprogstimulering') as Indicator;
const PERIOD = { start: '2024-10-01', end: '2025-09-30', label: '2024-10/2025-09' };
const GROUPS = ['target', 'comparison', 'other'] as const;
const LANGUAGES = ['dansk', 'arabisk', ''] as const;
const SECOND = 'variant=by_language';

/** How many children of each group × mother tongue (Danish, another, none given) need stimulation. */
type Children = Record<(typeof GROUPS)[number], [number, number, number]>;

/** Aggregates the children as `indikator aggregate` does: every cell with its true counts. */
function count(children: Children): Cell[] {
  const persons = new Map<string, AggregationPerson>();
  const rows: { rowNumber: number; values: Record<string, string> }[] = [];
  for (const group of GROUPS) {
    children[group].forEach((n, l) => {
      for (let i = 0; i < n; i += 1) {
        const id = `${group}-${l}-${i}`;
        persons.set(id, {
          id,
          birthDate: '2021-06-01',
          sex: i % 2 === 0 ? 'M' : 'K',
          group: group as Group,
          refugee: false,
          area: null,
          originGroup: group === 'comparison' ? 'dansk_oprindelse' : 'indvandrer',
        });
        rows.push({
          rowNumber: rows.length + 2,
          values: { person_id: id, assessment_date: '2024-12-01', needs_stimulation: '1', in_day_care: '0', language: LANGUAGES[l] as string },
        });
      }
    });
  }
  const out = aggregate({
    indicatorId: 'sprogstimulering',
    period: PERIOD,
    referenceDate: PERIOD.end,
    persons,
    rows,
    ageBands: [],
    personBreakdowns: personBreakdownKeys(indicator),
    secondFigures: ['by_language'],
  });
  return out.cells.map((c) => ({ ...c, municipality: '999', suppressed: false, note: '' }));
}

const key = (group: string, breakdown = '') => cellKey({ municipality: '999', group, breakdown });

/** Every relation a reader knows among the whole-group cells: [whole, parts]. */
function relations(): [string, string[]][] {
  const all = [...GROUPS, 'total'];
  return [
    // A group's bilingual children are a part of its children: the rest speak Danish.
    ...all.map((g): [string, string[]] => [key(g), [key(g, SECOND)]]),
    // The groups add up to the total, in either definition.
    [key('total'), GROUPS.map((g) => key(g))],
    [key('total', SECOND), GROUPS.map((g) => key(g, SECOND))],
  ];
}

const small = (x: number) => x >= 1 && x < T;

/** What the attacker learns: published small counts, and small differences of a published whole and its published parts. */
function leaks(cells: readonly Cell[]): string[] {
  const published = new Map(cells.filter((c) => !c.suppressed).map((c) => [cellKey(c), c]));
  const found: string[] = [];
  for (const [k, c] of published) if (small(c.numerator ?? 0)) found.push(`published ${k}`);
  for (const [whole, parts] of relations()) {
    const w = published.get(whole);
    if (w === undefined) continue;
    const shown = parts.map((p) => published.get(p)).filter((c): c is Cell => c !== undefined);
    const rest = shown.reduce((sum, c) => sum - (c.numerator ?? 0), w.numerator ?? 0);
    if (small(rest)) found.push(`${whole} − ${shown.map(cellKey).join(' − ')} = ${rest}`);
  }
  return found;
}

/** The indicator as if the catalogue did not relate the second figure to the default. */
function withoutRelation(entry: Indicator): Indicator {
  return { ...entry, variants: entry.variants.filter((v) => v.id !== 'by_language') };
}

const withheld = (cells: readonly Cell[]) =>
  cells
    .filter((c) => c.suppressed)
    .map(cellKey)
    .filter((k) => !k.includes('=') || k.endsWith(SECOND));

describe('sprogstimulering: bilingual by language beside bilingual by origin', () => {
  // Target: 30 children, 27 of them with another mother tongue or none given — 3 speak Danish.
  const children: Children = { target: [3, 20, 7], comparison: [40, 6, 10], other: [8, 12, 0] };

  it('withholds the figure by language where a group’s Danish-speaking children are 1–4, and the default stays published', () => {
    const cells = suppressCells(indicator, count(children), T);
    expect(withheld(cells)).toContain(key('target', SECOND));
    expect(withheld(cells)).not.toContain(key('target'));
    expect(leaks(cells)).toEqual([]);
  });

  it('leaks the 3 Danish-speaking children without the relation (the margin the catalogue declares)', () => {
    const cells = suppressCells(withoutRelation(indicator), count(children), T);
    expect(leaks(cells)).toContain(`${key('target')} − ${key('target', SECOND)} = 3`);
  });

  it('publishes both where no difference is a small count', () => {
    const cells = suppressCells(indicator, count({ target: [8, 20, 7], comparison: [40, 6, 10], other: [8, 12, 0] }), T);
    expect(withheld(cells)).toEqual([]);
  });

  it('no count 1..t−1 is published or follows from the groups and the two definitions, on random municipalities', () => {
    const size = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 5, max: 30 }));
    const triple = fc.tuple(size, size, size);
    fc.assert(
      fc.property(fc.record({ target: triple, comparison: triple, other: triple }), (drawn) => {
        const truth = count(drawn);
        const cells = suppressCells(indicator, truth, T);
        expect(leaks(cells)).toEqual([]);
        // The full audit (exact recovery, interval bounds) of the product's own table finds nothing.
        const hidden = new Set(cells.filter((c) => c.suppressed).map(cellKey));
        expect(auditSuppression(deliveryTable(indicator, truth), hidden, T)).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });
});
