/** The definitions' hash: the figures' definition counts, the wording and display do not. */
import { describe, expect, it } from 'vitest';
import { createCatalogue, definitionHashes, loadCatalogue } from '../../src/catalogue/index.ts';

const catalogue = loadCatalogue();
const [first, ...rest] = catalogue.indicators;
if (first === undefined) throw new Error('empty catalogue');

describe('definitionHashes', () => {
  it('is stable and ignores the title, the owners and the order', () => {
    const reworded = createCatalogue([{ ...first, title: { da: 'Ny titel', en: 'New title' }, owners: ['someone else'], order: first.order }, ...rest]);
    expect(definitionHashes(reworded)).toEqual(definitionHashes(catalogue));
  });

  it('changes for the indicator whose period type changes, and only for it', () => {
    const periodType = first.period_type === 'calendar_year' ? 'school_year' : 'calendar_year';
    const changed = definitionHashes(createCatalogue([{ ...first, period_type: periodType }, ...rest]));
    const ours = definitionHashes(catalogue);
    expect(changed.indicators[first.id]).not.toBe(ours.indicators[first.id]);
    expect(changed.catalogue).not.toBe(ours.catalogue);
    for (const other of rest) expect(changed.indicators[other.id]).toBe(ours.indicators[other.id]);
  });

  describe('the official definition and the variants (issue 14)', () => {
    const igu = catalogue.get('igu-forloeb');
    if (igu === undefined) throw new Error('no igu-forloeb');
    const others = catalogue.indicators.filter((i) => i.id !== igu.id);
    const ours = definitionHashes(catalogue);
    const hashOf = (changed: typeof igu) => definitionHashes(createCatalogue([...others, changed].sort((a, b) => a.order - b.order))).indicators[igu.id];
    const [chosen, other] = igu.variants;
    if (chosen === undefined || other === undefined) throw new Error('igu-forloeb has two variants');

    it('ignores the cited source and the wording of the variants', () => {
      const cited = { ...igu, official_definition: { status: 'none' as const, source: { da: 'x', en: 'x' } } };
      expect(hashOf(cited)).toBe(ours.indicators[igu.id]);
      const reworded = {
        ...igu,
        variants: [
          { ...chosen, label: { da: 'y', en: 'y' } },
          { ...other, definition: { da: 'z', en: 'z' } },
        ],
      };
      expect(hashOf(reworded)).toBe(ours.indicators[igu.id]);
    });

    it('changes when a second figure is dropped or relates differently to the default', () => {
      expect(other.computed).toBe(true);
      const dropped = { ...igu, variants: [chosen, { ...other, computed: false }] };
      expect(hashOf(dropped)).not.toBe(ours.indicators[igu.id]);
      const within = { ...igu, variants: [chosen, { ...other, relation: 'within_default' as const }] };
      expect(hashOf(within)).not.toBe(ours.indicators[igu.id]);
    });

    it('changes when a relation names other cells: the figure measures are of, the values the men 15-29 are among', () => {
      const hashWith = (id: string, index: number, change: Record<string, unknown>) => {
        const indicator = catalogue.get(id);
        if (indicator === undefined) throw new Error(`no ${id}`);
        const variants = indicator.variants.map((v, i) => (i === index ? { ...v, ...change } : v));
        const rest = catalogue.indicators.filter((i) => i.id !== id);
        return definitionHashes(createCatalogue([...rest, { ...indicator, variants }].sort((a, b) => a.order - b.order))).indicators[id];
      };
      expect(hashWith('boern-anbringelse', 3, { of: 'children_0_17' })).not.toBe(ours.indicators['boern-anbringelse']);
      expect(hashWith('kriminalitet', 2, { among: { sex: ['M'] } })).not.toBe(ours.indicators.kriminalitet);
    });

    it('changes when another variant becomes the default, and only for that indicator', () => {
      const switched = {
        ...igu,
        variants: [
          { ...chosen, default: false },
          { ...other, default: true },
        ],
      };
      const changed = definitionHashes(createCatalogue([...others, switched].sort((a, b) => a.order - b.order)));
      expect(changed.indicators[igu.id]).not.toBe(ours.indicators[igu.id]);
      for (const other of others) expect(changed.indicators[other.id]).toBe(ours.indicators[other.id]);
    });
  });
});
