/**
 * Language stimulation: the number of children assessed in the period (1 October – 30 September)
 * as needing language stimulation while not in day care, aged from 3 until school start at the
 * assessment. Rows: `person_id`, `assessment_date`, `needs_stimulation` (1/0), `in_day_care` (1/0),
 * and the optional `language` [`modersmaal`] (the mother tongue). Each child counts once however
 * many assessments.
 *
 * The age rule is the memo's "from age 3 until school start" (`school-start.ts`): an assessment
 * of a child outside it is not counted, and the children left out only for their age are noted —
 * never an error, since a re-assessment at school or of a newly arrived older child is real data.
 *
 * The memo counts bilingual children: by default (`by_origin`) that is the target group, which
 * for this indicator includes the third generation (the caller's group assignment). The cells are
 * the usual target, comparison, other and total; the comparison group's count is context only.
 *
 * The second figure `by_language` (when asked for and the file has the `language` column): of the
 * same children, those bilingual by the Day-Care Act — a mother tongue other than Danish, and
 * where the file gives none, the target group's children (origin as the fallback). Written per
 * group, so that each group's cell is a part of the default's (`relation: within_default`): the
 * total's is the law's count of bilingual children, and the Danish-speaking children of a group
 * are the unpublished remainder the suppression rule protects (docs/catalogue.md).
 */
import { type CountedItem, countCells } from '../count-cells.ts';
import { hasColumns } from '../file-columns.ts';
import { matchRows } from '../match-rows.ts';
import { childMotherTongue, type MotherTongue, readMotherTongue } from '../mother-tongue.ts';
import { PersonBreakdowns } from '../person-breakdowns.ts';
import { readDate, readFlag, readPersonId } from '../read-fields.ts';
import { ofAssessmentAge } from '../school-start.ts';
import { withSecondFigure } from '../second-figure-cells.ts';
import { inPeriod } from '../spell.ts';
import type { AggregationInput, AggregationRow, IndicatorOutput } from '../types.ts';

const BY_LANGUAGE = 'by_language';

function parseRow(row: AggregationRow) {
  return {
    personId: readPersonId(row),
    assessmentDate: readDate(row, 'assessment_date'),
    needsStimulation: readFlag(row, 'needs_stimulation'),
    inDayCare: readFlag(row, 'in_day_care'),
    language: readMotherTongue(row),
  };
}

/** The children counted (by id), those left out only for their age, and each child's mother tongue. */
interface Tally {
  counted: Map<string, CountedItem>;
  outsideAge: Set<string>;
  languages: Map<string, MotherTongue | null>;
}

function tally(input: AggregationInput, people: PersonBreakdowns): Tally & { unmatched: { rowNumber: number }[] } {
  const { matched, unmatched } = matchRows(input.rows, input.persons, parseRow);
  const t: Tally = { counted: new Map(), outsideAge: new Set(), languages: new Map() };
  for (const { person, record } of matched) {
    // The mother tongue is the child's, whichever of its rows states it.
    t.languages.set(person.id, childMotherTongue(t.languages.get(person.id), record.language));
    if (!inPeriod(record.assessmentDate, input.period) || !record.needsStimulation || record.inDayCare) continue;
    if (!ofAssessmentAge(person.birthDate, record.assessmentDate)) t.outsideAge.add(person.id);
    else t.counted.set(person.id, { group: person.group, personId: person.id, breakdowns: people.of(person) });
  }
  return { ...t, unmatched };
}

/** Bilingual by the law: another mother tongue; without one stated, the target group (origin). */
function bilingualByLanguage(child: CountedItem, language: MotherTongue | null | undefined): boolean {
  return language === 'other' || ((language ?? null) === null && child.group === 'target');
}

/** The note on children left out only for their age, if any. */
function ageNote(t: Tally): string[] {
  const outsideAge = [...t.outsideAge].filter((id) => !t.counted.has(id)).length;
  if (outsideAge === 0) return [];
  return [
    `${outsideAge} barn/børn med behov for sprogstimulering uden for dagtilbud er ikke talt med, fordi de ved vurderingen ` +
      'ikke var i alderen fra 3 år til skolestart (1. august i det år, barnet fylder 6).',
  ];
}

/** Of the counted children, those bilingual by language, per group (whole groups only), and the note on the fallback. */
function byLanguage(t: Tally): { cells: IndicatorOutput['cells']; notes: string[] } {
  const children = [...t.counted.values()];
  const withoutLanguage = children.filter((c) => (t.languages.get(c.personId) ?? null) === null).length;
  const notes =
    withoutLanguage === 0
      ? []
      : [`${withoutLanguage} af de talte børn har intet modersmål i filen; i tallet efter sprog er de tosprogede, hvis de er i målgruppen.`];
  const bilingual = children.filter((c) => bilingualByLanguage(c, t.languages.get(c.personId))).map(({ group, personId }) => ({ group, personId }));
  return { cells: countCells(bilingual), notes };
}

/** Children needing stimulation and not in day care, aged 3 to school start, assessed in the period, per group. */
export function aggregateSprogstimulering(input: AggregationInput): IndicatorOutput {
  const people = PersonBreakdowns.of(input);
  const t = tally(input, people);
  const output: IndicatorOutput = { cells: countCells([...t.counted.values()], people), unmatched: t.unmatched, notes: ageNote(t) };
  if (!(input.secondFigures ?? []).includes(BY_LANGUAGE) || !hasColumns(input, 'language')) return output;
  const second = byLanguage(t);
  return { ...withSecondFigure(output, BY_LANGUAGE, second), notes: [...output.notes, ...second.notes] };
}
