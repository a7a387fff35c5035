/**
 * Writing spell data files for one period: every spell that overlaps the period, of the persons
 * resident at its end.
 * An end after the period's last day is not yet known when the extract is made, so it is written
 * empty, and so is its end reason.
 */
import { plainCsvText } from '../csv.ts';
import { isoOfDay } from '../days.ts';
import type { Town } from '../town.ts';
import type { DemoSpell, SpellBook } from './spell-book.ts';

/** How one spell becomes the file's cells. */
export type SpellLayout = (id: string, start: string, end: string, spell: DemoSpell) => string[];

export const PLAIN_SPELL: SpellLayout = (id, start, end) => [id, start, end];
export const PLAIN_SPELL_HEADER = ['person_id', 'start_date', 'end_date'];

/** IGU: the plain spell and the optional employer (`municipality` or `private`), from the spell's tag. */
export const IGU_SPELL: SpellLayout = (id, start, end, spell) => [id, start, end, spell.tag];
export const IGU_HEADER = ['person_id', 'start_date', 'end_date', 'employer'];

export const BENEFIT_SPELL: SpellLayout = (id, start, end, spell) => [id, start, end, end === '' ? '' : spell.tag];
export const BENEFIT_HEADER = ['person_id', 'benefit_start', 'benefit_end', 'end_reason'];

export const MEASURE_SPELL: SpellLayout = (id, start, end, spell) => [id, spell.tag, start, end];
export const MEASURE_HEADER = ['person_id', 'measure', 'start_date', 'end_date'];

/**
 * The file text for the spells overlapping `first`..`last` of the persons resident on `last`
 * (a person's rows together, persons in the order they first had a spell).
 */
export function spellFile(
  book: SpellBook,
  town: Town,
  first: number,
  last: number,
  header: readonly string[],
  layout: SpellLayout,
): string {
  const lines: string[] = [];
  for (const [index, spells] of book.entries()) {
    const person = town.person(index);
    if (!town.isResident(person, last)) continue;
    for (const spell of spells) {
      if (spell.start > last || (spell.end !== null && spell.end < first)) continue;
      const end = spell.end !== null && spell.end <= last ? isoOfDay(spell.end) : '';
      lines.push(layout(person.id, isoOfDay(spell.start), end, spell).join(','));
    }
  }
  return plainCsvText(header, lines);
}
