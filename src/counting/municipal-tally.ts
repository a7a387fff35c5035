/**
 * Proportion tallies for a national run, counted in one pass: each person goes into their own
 * municipality's tally only, and the whole country's tally is the sum of the municipalities'.
 * Before, the indicator's rules ran once over everyone and once more per municipality — two
 * passes over every data row and resident, and the second looked each row's person up twice
 * more. The counts are the same either way: a municipality's cells come from its residents and
 * their rows alone, and every resident of a national extract has exactly one municipality
 * (`municipalitySplit` refuses an extract where some have none).
 */
import type { Group } from '../origin/types.ts';
import { getOrCreate } from './get-or-create.ts';
import { type CellLayout, ProportionTally } from './proportion-cells.ts';
import type { CountedCell } from './types.ts';

/** The cells of a municipality, for every municipality of the extract (none counted: all zero). */
export type MunicipalityCells = (municipality: string) => CountedCell[];

/** What the tallies give: the whole extract's cells and each municipality's. */
export interface MunicipalCounts {
  cells: CountedCell[];
  cellsOf: MunicipalityCells;
}

export class MunicipalTally {
  /** By kommunekode; '' for persons without one (an extract without a `municipality` column). */
  private readonly byMunicipality = new Map<string, ProportionTally>();

  /** Counts one person in their municipality (see `ProportionTally.add`). */
  add(municipality: string | null | undefined, group: Group, inDenominator: readonly string[], inNumerator: readonly string[], weight = 1): void {
    this.#of(municipality).add(group, inDenominator, inNumerator, weight);
  }

  /** Counts persons alike in their municipality's denominators (see `ProportionTally.addPersons`). */
  addPersons(municipality: string | null | undefined, group: Group, inDenominator: readonly string[], persons: number): void {
    this.#of(municipality).addPersons(group, inDenominator, persons);
  }

  /** Counts a person in their municipality's numerators (see `ProportionTally.addToNumerators`). */
  addToNumerators(
    municipality: string | null | undefined,
    group: Group,
    inDenominator: readonly string[],
    inNumerator: readonly string[],
    weight: number,
  ): void {
    this.#of(municipality).addToNumerators(group, inDenominator, inNumerator, weight);
  }

  #of(municipality: string | null | undefined): ProportionTally {
    return getOrCreate(this.byMunicipality, municipality ?? '', () => new ProportionTally());
  }

  /** The whole extract's cells (the sum of every municipality's) and a way to each municipality's. */
  counts(layout: CellLayout, factor: number): MunicipalCounts {
    const whole = new ProportionTally();
    for (const tally of this.byMunicipality.values()) whole.addTally(tally);
    const empty = new ProportionTally();
    return {
      cells: whole.cells(layout, factor),
      cellsOf: (municipality) => (this.byMunicipality.get(municipality) ?? empty).cells(layout, factor),
    };
  }
}
