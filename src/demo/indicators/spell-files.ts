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

/** The end reasons that count as self-support, as the demo tags them (Danish spellings among them: `spell-rules.ts`). */
const SELF_SUPPORT_TAGS: ReadonlySet<string> = new Set(['job', 'igu', 'uddannelse', 'selvforsoergelse', 'education', 'other_self_support']);

/**
 * The status 3 months after an ended spell: about six in seven exits to self-support last, other
 * exits are on public support. Chosen from the id and the end date, not drawn from the town's
 * random stream, so that no other figure of the demo moves.
 */
function statusAfter(id: string, end: string, tag: string): string {
  if (end === '') return '';
  if (!SELF_SUPPORT_TAGS.has(tag)) return 'public_support';
  let hash = 0;
  for (const ch of `${id}${end}`) hash = (hash * 31 + ch.charCodeAt(0)) % 1_000_003;
  return hash % 7 === 0 ? 'public_support' : 'self_supporting';
}

/** Home care: the kind of help, about 45 % practical help, 35 % personal care, 15 % in a nursing home. */
const HELP_KINDS: readonly [number, string][] = [
  [45, 'practical_help'],
  [80, 'personal_care'],
  [95, 'nursing_home'],
  [100, 'other'],
];

/** The kind of a home-care spell, chosen from the id and start date (no draw from the town's random stream). */
function helpKind(id: string, start: string): string {
  let hash = 0;
  for (const ch of `${id}${start}`) hash = (hash * 31 + ch.charCodeAt(0)) % 1_000_003;
  return HELP_KINDS.find(([upTo]) => hash % 100 < upTo)?.[1] ?? 'other';
}

export const HOME_CARE_SPELL: SpellLayout = (id, start, end) => [id, start, end, helpKind(id, start)];
export const HOME_CARE_HEADER = ['person_id', 'start_date', 'end_date', 'help_kind'];

export const BENEFIT_SPELL: SpellLayout = (id, start, end, spell) => [id, start, end, end === '' ? '' : spell.tag, statusAfter(id, end, spell.tag)];
export const BENEFIT_HEADER = ['person_id', 'benefit_start', 'benefit_end', 'end_reason', 'status_3_months'];

export const MEASURE_SPELL: SpellLayout = (id, start, end, spell) => [id, spell.tag, start, end];
export const MEASURE_HEADER = ['person_id', 'measure', 'start_date', 'end_date'];

/** A second spell written beside one (a child's second measure), or null. */
export type SecondSpell = (id: string, spell: DemoSpell) => DemoSpell | null;

const SECOND_MEASURE_DAYS = 45;

/**
 * Child welfare: about one measure in six comes with a second, short one of the same kind (a
 * second placement, a second contact person), so that the number of measures exceeds the number
 * of children. It starts with the first and ends before it, so it is in force only when the first
 * is: no count of children, kind or stock at 31 December moves. Chosen from the id and start date
 * (no draw from the town's random stream).
 */
export const SECOND_MEASURE: SecondSpell = (id, spell) => {
  let hash = 0;
  for (const ch of `${id}${spell.start}`) hash = (hash * 31 + ch.charCodeAt(0)) % 1_000_003;
  if (hash % 6 !== 0) return null;
  const end = Math.min(spell.start + SECOND_MEASURE_DAYS, spell.end === null ? Number.POSITIVE_INFINITY : spell.end - 1);
  return end < spell.start ? null : { ...spell, end };
};

/**
 * The file text for the spells overlapping `first`..`last` of the persons resident on `last`
 * (a person's rows together, persons in the order they first had a spell), each followed by its
 * `second` spell where there is one.
 */
export function spellFile(
  book: SpellBook,
  town: Town,
  first: number,
  last: number,
  header: readonly string[],
  layout: SpellLayout,
  second: SecondSpell = () => null,
): string {
  const lines: string[] = [];
  for (const [index, spells] of book.entries()) {
    const person = town.person(index);
    if (!town.isResident(person, last)) continue;
    for (const spell of spells) {
      const extra = second(person.id, spell);
      for (const written of extra === null ? [spell] : [spell, extra]) {
        if (written.start > last || (written.end !== null && written.end < first)) continue;
        const end = written.end !== null && written.end <= last ? isoOfDay(written.end) : '';
        lines.push(layout(person.id, isoOfDay(written.start), end, written).join(','));
      }
    }
  }
  return plainCsvText(header, lines);
}
