/**
 * What a national run's joint audit withholds against the country's own small count: the
 * country's published breakdown cells of the same group that its own relations tie to the count
 * through withheld cells (for a region × MENAPT count of 1: the region and MENAPT cells), never its
 * whole-group figure, another group's cells or a municipality's. Seen on the demo's national IGU
 * cells, where the country's one course at `region_menapt=asia_other` was pinned to [0, 1] by every
 * other town's published zero until these four went.
 */
import { describe, expect, it } from 'vitest';
import { countryNeighbours } from '../../src/services/aggregate-delivery/national-chains.ts';
import type { Cell, Table } from '../../src/stats/index.ts';

const cell = (key: string, numerator: number, unpublished = false): Cell => ({
  key,
  numerator,
  denominator: null,
  valueKind: 'count',
  ...(unpublished ? { unpublished } : {}),
});

/** The country's target group by region (asia, africa) and by region × MENAPT, and town 101's cell there. */
const table: Table = {
  cells: [
    cell('000|target|', 44),
    cell('000|target|region=asia', 20),
    cell('000|target|region=africa', 5),
    cell('000|target|region(rest)', 19, true),
    cell('000|target|region_menapt=asia_menapt', 19),
    cell('000|target|region_menapt=asia_other', 1),
    cell('000|target|region_menapt=africa_other', 5),
    cell('000|target|menapt=yes', 19),
    cell('000|other|region_menapt=asia_other', 7),
    cell('101|target|region_menapt=asia_other', 1),
  ],
  margins: [
    { total: '000|target|', parts: ['000|target|region=asia', '000|target|region=africa', '000|target|region(rest)'] },
    { total: '000|target|region=asia', parts: ['000|target|region_menapt=asia_menapt', '000|target|region_menapt=asia_other'] },
    { total: '000|target|region=africa', parts: ['000|target|region_menapt=africa_other'] },
    { total: '000|target|menapt=yes', parts: ['000|target|region_menapt=asia_menapt'] },
    // Across groups and across municipalities: not the country's own relations of this group.
    { total: '000|other|region_menapt=asia_other', parts: ['000|target|region_menapt=asia_other'] },
    { total: '000|target|region_menapt=asia_other', parts: ['101|target|region_menapt=asia_other'] },
  ],
};

describe('countryNeighbours', () => {
  it('withholds the published breakdown cells tied to the count through withheld ones, not the whole group', () => {
    const withheld = new Set([
      '000|target|region_menapt=asia_other',
      '000|target|region_menapt=asia_menapt',
      '000|target|region=asia',
      '101|target|region_menapt=asia_other',
    ]);
    // asia_other → (withheld) region=asia → region=africa beside it under the whole group (which
    // is published: not withheld, not passed); → (withheld) asia_menapt → menapt=yes. Not
    // africa_other (only tied through the published africa), nor the other group's cell, nor the town's.
    expect(countryNeighbours(table, withheld, '000|target|region_menapt=asia_other').sort()).toEqual(['000|target|menapt=yes', '000|target|region=africa']);
  });

  it('passes through the unpublished remainder, and stops at published cells', () => {
    const withheld = new Set(['000|target|region_menapt=asia_other', '000|target|region=asia', '000|target|']);
    // region=asia (withheld) → the whole group (withheld) → region=africa (published) and the
    // remainder (unpublished, passed through); asia_menapt is published and in a breakdown.
    expect(countryNeighbours(table, withheld, '000|target|region_menapt=asia_other').sort()).toEqual([
      '000|target|region=africa',
      '000|target|region_menapt=asia_menapt',
    ]);
  });

  it('returns nothing when every tied cell is withheld already', () => {
    const all = new Set(table.cells.map((c) => c.key));
    expect(countryNeighbours(table, all, '000|target|region_menapt=asia_other')).toEqual([]);
  });
});
