/**
 * The population extract for one year: every resident on 31 December, with the columns of
 * DATA.md §4. Children living with a parent carry that parent's id; for half of them the parent
 * columns are left empty so that the product must follow the link to the parent's own row.
 */
import { POPULATION_COLUMNS as CONTRACT_COLUMNS } from '../ingest/index.ts';
import { AREAS } from './areas.ts';
import { csvText, plainCsvText } from './csv.ts';
import type { ParentRef, SimPerson } from './person.ts';
import type { Town } from './town.ts';

import { DEMO_MUNICIPALITY } from '../municipalities/index.ts';

export { DEMO_MUNICIPALITY };

/**
 * The extract's columns: the contract's list (`ingest/`), without the parents' origin-group and
 * origin-country columns, which the demo leaves to the product to derive from the linked parents.
 */
export const POPULATION_COLUMNS: readonly string[] = CONTRACT_COLUMNS.map((c) => c.name).filter(
  (name) => !name.endsWith('_origin_group') && !name.endsWith('_origin_country'),
);

/**
 * A parent's id, birth country, citizenship and register status. A parent the simulation has
 * not got is unknown in the register (`ukendt`); every other parent is registered (`kendt`), with
 * facts in the columns or in the parent's own row. Danish words, as a municipality's extract has.
 */
function parentColumns(town: Town, person: SimPerson, parent: ParentRef | null, day: number): [string, string, string, string] {
  if (parent === null) return ['', '', '', 'ukendt'];
  const id = parent.id ?? '';
  const linked = parent.index !== null && town.isResident(town.person(parent.index), day);
  if (linked && person.linkOnly) return [id, '', '', 'kendt'];
  return [id, parent.birthText, parent.citizenshipText, 'kendt'];
}

/** The cells of one resident's row on `day` (only the parent columns change from year to year). */
export function populationRow(town: Town, person: SimPerson, day: number, municipality: string = DEMO_MUNICIPALITY.code): string[] {
  const [motherId, motherBirth, motherCitizenship, motherStatus] = parentColumns(town, person, person.mother, day);
  const [fatherId, fatherBirth, fatherCitizenship, fatherStatus] = parentColumns(town, person, person.father, day);
  return [
    person.id,
    person.life.birth,
    person.sex,
    person.birthText,
    person.citizenshipText,
    motherId,
    fatherId,
    motherBirth,
    motherCitizenship,
    fatherBirth,
    fatherCitizenship,
    motherStatus,
    fatherStatus,
    person.refugee ? '1' : '0',
    person.area,
    arrivalDate(person),
    municipality,
  ];
}

/**
 * An immigrant's arrival date: the simulation's arrival year, on the birthday's month and day
 * (synthetic, spread over the year; 29 February becomes the 28th). Empty for everyone born here.
 */
function arrivalDate(person: SimPerson): string {
  if (person.arrivalYear === null) return '';
  const monthDay = person.life.birth.slice(5).replace('02-29', '02-28');
  return `${person.arrivalYear}-${monthDay}`;
}

/** The extract's text for the residents on `day`. */
export function populationFileText(town: Town, residents: readonly SimPerson[], day: number, municipality?: string): string {
  const lines: string[] = [];
  for (const person of residents) lines.push(populationRow(town, person, day, municipality).join(','));

  return plainCsvText(POPULATION_COLUMNS, lines);
}

/** `areas.csv`: code and name of every housing area. */
export function areasFileText(): string {
  return csvText(
    ['area', 'name'],
    AREAS.map((a) => [a.code, a.name]),
  );
}
