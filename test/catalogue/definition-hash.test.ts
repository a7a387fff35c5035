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
});
