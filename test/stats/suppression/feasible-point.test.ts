import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pointAt, satisfies } from '../../../src/stats/suppression/feasible-point.ts';
import { type Constraint, type LinearExpression, LinearPrograms } from '../../../src/stats/suppression/lp-solver.ts';

/** One programme's range from a fresh HiGHS instance (a cold start). */
function objectiveRange(objective: LinearExpression, constraints: readonly Constraint[], width: number, shown?: { lower: boolean; upper: boolean }) {
  const programs = new LinearPrograms(constraints, width);
  try {
    return programs.range(objective, shown);
  } finally {
    programs.close();
  }
}

/** Whether a checked point puts `objective` at `target` (what the audit asks of `pointAt`). */
const attains = (objective: LinearExpression, target: number, constraints: readonly Constraint[], width: number): boolean =>
  pointAt(objective, target, constraints, width) !== null;

const eq = (terms: [number, number][], rhs: number): Constraint => ({ expression: new Map(terms), sense: '=', rhs });
const le = (terms: [number, number][], rhs: number): Constraint => ({ expression: new Map(terms), sense: '<=', rhs });
const x = (j: number) => new Map([[j, 1]]);

describe('attains — a checked feasible point with the objective at a target', () => {
  // A margin 10 = x0 + x1 + x2 with x1 ≤ x0 (persons of persons): x0 ranges over [0, 10].
  const margin = [
    eq(
      [
        [0, 1],
        [1, 1],
        [2, 1],
      ],
      10,
    ),
    le(
      [
        [1, 1],
        [0, -1],
      ],
      0,
    ),
  ];

  it('finds a table at each end of a range and inside it', () => {
    expect(attains(x(0), 0, margin, 3)).toBe(true);
    expect(attains(x(0), 10, margin, 3)).toBe(true);
    expect(attains(x(1), 5, margin, 3)).toBe(true);
  });

  it('finds none outside the range: x1 ≤ x0 caps x1 at 5, the margin caps x0 at 10', () => {
    expect(attains(x(1), 6, margin, 3)).toBe(false);
    expect(attains(x(0), 11, margin, 3)).toBe(false);
  });

  it('reads a count pinned by two margins as pinned: x0 − x1 = 3 and x0 + x1 = 5 leave x0 = 4 only', () => {
    const pinned = [
      eq(
        [
          [0, 1],
          [1, -1],
        ],
        3,
      ),
      eq(
        [
          [0, 1],
          [1, 1],
        ],
        5,
      ),
    ];
    expect(attains(x(0), 4, pinned, 2)).toBe(true);
    expect(attains(x(0), 0, pinned, 2)).toBe(false);
    expect(attains(x(0), 5, pinned, 2)).toBe(false);
  });

  it('handles negative right-hand sides and complements (denominator − numerator)', () => {
    // −x0 − x1 = −7 (a total's parts moved over), x0 ≤ x2 … the complement x2 − x0 can be 0 and 7.
    const system = [
      eq(
        [
          [0, -1],
          [1, -1],
        ],
        -7,
      ),
      le(
        [
          [0, 1],
          [2, -1],
        ],
        0,
      ),
      eq(
        [
          [2, 1],
          [3, 1],
        ],
        12,
      ),
    ];
    const complement = new Map([
      [2, 1],
      [0, -1],
    ]);
    expect(attains(complement, 0, system, 4)).toBe(true);
    expect(attains(complement, 12, system, 4)).toBe(true);
    expect(attains(complement, 13, system, 4)).toBe(false);
  });

  it('checks points itself: a point off a constraint or below zero is refused', () => {
    expect(
      satisfies(Float64Array.of(4, 1), [
        eq(
          [
            [0, 1],
            [1, 1],
          ],
          5,
        ),
      ]),
    ).toBe(true);
    expect(
      satisfies(Float64Array.of(4, 1.001), [
        eq(
          [
            [0, 1],
            [1, 1],
          ],
          5,
        ),
      ]),
    ).toBe(false);
    expect(
      satisfies(Float64Array.of(6, -1), [
        eq(
          [
            [0, 1],
            [1, 1],
          ],
          5,
        ),
      ]),
    ).toBe(false);
    expect(
      satisfies(Float64Array.of(3, 3), [
        le(
          [
            [0, 1],
            [1, -1],
          ],
          0,
        ),
      ]),
    ).toBe(true);
    expect(
      satisfies(Float64Array.of(4, 3), [
        le(
          [
            [0, 1],
            [1, -1],
          ],
          0,
        ),
      ]),
    ).toBe(false);
  });
});

/**
 * Random systems shaped like the audit's: margins with coefficients ±1 over a hidden integer table
 * (so the system is feasible), some numerator ≤ denominator rows, and a target on one count.
 */
const systems = fc
  .record({
    truth: fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 2, maxLength: 9 }),
    margins: fc.array(fc.array(fc.tuple(fc.nat(), fc.constantFrom(1, -1)), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
    pairs: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }),
    objective: fc.nat(),
    target: fc.integer({ min: 0, max: 30 }),
  })
  .map(({ truth, margins, pairs, objective, target }) => {
    const width = truth.length;
    const constraints: Constraint[] = margins.map((terms) => {
      const expression = new Map<number, number>();
      for (const [j, sign] of terms) expression.set(j % width, sign);
      let rhs = 0;
      for (const [j, a] of expression) rhs += a * (truth[j] as number);
      return { expression, sense: '=', rhs };
    });
    for (const [a, b] of pairs) {
      const [i, j] = [a % width, b % width];
      if (i !== j && (truth[i] as number) <= (truth[j] as number))
        constraints.push(
          le(
            [
              [i, 1],
              [j, -1],
            ],
            0,
          ),
        );
    }
    return { width, constraints, objective: x(objective % width), target };
  });

describe('attains agrees with HiGHS', () => {
  it('says yes exactly when the target lies in the range HiGHS computes (so a count it passes, HiGHS passes)', () => {
    fc.assert(
      fc.property(systems, ({ width, constraints, objective, target }) => {
        const range = objectiveRange(objective, constraints, width);
        const inRange = range !== null && range.lower <= target + 1e-6 && target - 1e-6 <= range.upper;
        expect(attains(objective, target, constraints, width)).toBe(inRange);
      }),
      { numRuns: 500 },
    );
  });
});

describe('LinearPrograms: one HiGHS instance, each objective from the last basis', () => {
  const rangeOf = (r: { lower: number; upper: number } | null) =>
    r === null ? null : [r.lower, r.upper].map((v) => (Number.isFinite(v) ? Math.round(v * 1e6) / 1e6 + 0 : v));

  it('gives the ranges a fresh solve of each gives, objective after objective on the same relations', () => {
    fc.assert(
      fc.property(systems, ({ width, constraints }) => {
        const programs = new LinearPrograms(constraints, width);
        try {
          for (let j = 0; j < width; j++) {
            expect(rangeOf(programs.range(x(j))), `x${j}`).toEqual(rangeOf(objectiveRange(x(j), constraints, width)));
            const both = new Map([
              [j, 1],
              [(j + 1) % width, -1],
            ]);
            expect(rangeOf(programs.range(both, { lower: j % 2 === 0, upper: false }))).toEqual(
              rangeOf(objectiveRange(both, constraints, width, { lower: j % 2 === 0, upper: false })),
            );
          }
        } finally {
          programs.close();
        }
      }),
      { numRuns: 200 },
    );
  });

  it('says null for relations no table satisfies, and Infinity for a count without an upper bound', () => {
    const contradiction = new LinearPrograms([eq([[0, 1]], 3), eq([[0, 1]], 4)], 1);
    const open = new LinearPrograms(
      [
        eq(
          [
            [0, 1],
            [1, -1],
          ],
          2,
        ),
      ],
      2,
    );
    try {
      expect(contradiction.range(x(0))).toBeNull();
      expect(rangeOf(open.range(x(0)))).toEqual([2, Number.POSITIVE_INFINITY]);
      expect(rangeOf(open.range(x(1)))).toEqual([0, Number.POSITIVE_INFINITY]);
      // The optimal tables come back as evidence: x0 = 2 + x1 in each.
      for (const point of open.range(x(1))?.points ?? []) expect(point[0]).toBeCloseTo((point[1] as number) + 2, 9);
    } finally {
      contradiction.close();
      open.close();
    }
  });

  it('finds the table where the sum of the expressions is lowest', () => {
    const programs = new LinearPrograms(
      [
        eq(
          [
            [0, 1],
            [1, 1],
          ],
          5,
        ),
        le([[0, -1]], -2),
      ],
      2,
    );
    try {
      const table = programs.lowest([x(0)]);
      expect(Array.from(table ?? [])).toEqual([2, 3]);
    } finally {
      programs.close();
    }
  });
});
