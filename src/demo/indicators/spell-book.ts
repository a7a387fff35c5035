/**
 * Spells (benefit periods, home care, child-welfare measures …) as the simulation keeps them:
 * per person, in start order, each with a tag (end reason or kind of measure).
 */

export interface DemoSpell {
  start: number;
  /** Null while ongoing. */
  end: number | null;
  /** Selvforsørgelse: the end reason once ended; kontaktperson: `child` or `family`; IGU: the employer. */
  tag: string;
}

const NONE: readonly DemoSpell[] = [];

export class SpellBook {
  private readonly spells = new Map<number, DemoSpell[]>();

  /** The person's spells, oldest first. */
  of(index: number): readonly DemoSpell[] {
    return this.spells.get(index) ?? NONE;
  }

  /** The person's ongoing spell, if any. */
  open(index: number): DemoSpell | undefined {
    const list = this.spells.get(index);
    const last = list?.[list.length - 1];
    return last !== undefined && last.end === null ? last : undefined;
  }

  /** Every person with spells and their spells, persons in the order of their first spell. */
  entries(): IterableIterator<[number, readonly DemoSpell[]]> {
    return this.spells.entries();
  }

  add(index: number, spell: DemoSpell): void {
    const list = this.spells.get(index);
    if (list === undefined) this.spells.set(index, [spell]);
    else list.push(spell);
  }
}
