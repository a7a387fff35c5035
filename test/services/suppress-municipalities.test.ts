import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/index.ts';
import { suppressCells, suppressMunicipalities } from '../../src/services/aggregate/index.ts';
import type { Cell as MunicipalCell } from '../../src/store/index.ts';

const turnout = loadCatalogue().get('valgdeltagelse');
if (turnout === undefined) throw new Error('valgdeltagelse');
const GROUPS = ['target', 'comparison', 'other', 'total'] as const;

/** Four group cells of one municipality: `[numerator, denominator]` per group, total last. */
function municipality(code: string, counts: readonly [number, number][]): MunicipalCell[] {
  return counts.map(([numerator, denominator], i) => ({
    municipality: code,
    group: GROUPS[i] as MunicipalCell['group'],
    breakdown: '',
    numerator,
    denominator,
    value: numerator / denominator,
    sd: null,
    n: denominator,
    suppressed: false,
    note: '',
  }));
}

const copenhagen = municipality('101', [[3, 100], [50, 200], [10, 50], [63, 350]]);
const aarhus = municipality('751', [[20, 100], [60, 200], [10, 50], [90, 350]]);
const country = municipality('000', [[23, 200], [110, 400], [20, 100], [153, 700]]);
const run = (cells: MunicipalCell[]) => suppressMunicipalities(turnout, cells, 5, (own) => suppressCells(turnout, own, 5));
const hidden = (cells: readonly MunicipalCell[]) => cells.filter((c) => c.suppressed).map((c) => `${c.municipality}|${c.group}`).sort();

describe('suppression of a national run', () => {
  const out = run([...copenhagen, ...aarhus, ...country]);

  it("suppresses the small count where it is, and protects it in its municipality's own margin", () => {
    expect(out.find((c) => c.municipality === '101' && c.group === 'target')?.suppressed).toBe(true);
    expect(hidden(out.filter((c) => c.municipality === '101')).length).toBeGreaterThanOrEqual(2);
  });

  it('leaves no margin with a lone suppressed cell: not a municipality, not the country as their sum', () => {
    const isHidden = (code: string, group: string) => out.find((c) => c.municipality === code && c.group === group)?.suppressed === true;
    for (const code of ['101', '751', '000']) {
      expect(GROUPS.filter((g) => isHidden(code, g)).length, code).not.toBe(1);
    }
    for (const group of GROUPS) {
      expect(['101', '751', '000'].filter((code) => isHidden(code, group)).length, group).not.toBe(1);
    }
  });

  it('hides more than suppressing each municipality on its own would (the country margin is seen)', () => {
    const alone = [copenhagen, aarhus, country].flatMap((cells) => suppressCells(turnout, cells, 5));
    expect(hidden(alone)).toEqual(['101|other', '101|target']);
    expect(hidden(out).length).toBeGreaterThan(2);
  });

  it("suppresses a single municipality's cells exactly as before", () => {
    const own = copenhagen.map((c) => ({ ...c, municipality: '' }));
    expect(run(own)).toEqual(suppressCells(turnout, own, 5));
  });

  it('blanks every figure of a suppressed cell', () => {
    for (const c of out.filter((x) => x.suppressed)) expect([c.numerator, c.denominator, c.value, c.sd, c.n]).toEqual([null, null, null, null, null]);
  });
});
