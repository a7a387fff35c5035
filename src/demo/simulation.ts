/**
 * The whole simulation, year by year: the 2014 population, then for each year its demography, the
 * spells of every spell-shaped indicator, and the files that year's extracts would hold. Files
 * are handed to `emit` as they are made, so that memory stays flat over the years.
 */
import { isElectionYear } from '../catalogue/periods/index.ts';
import { areaListFileName, areaListFileText } from './area-list.ts';
import { areasFileText, DEMO_MUNICIPALITY, populationFileText } from './population-file.ts';
import { yearBounds } from './days.ts';
import { simulateYear } from './demography.ts';
import { simulateIgu } from './indicators/igu.ts';
import { karaktergennemsnitFile } from './indicators/karaktergennemsnit.ts';
import { kriminalitetFile } from './indicators/kriminalitet.ts';
import { SpellBook } from './indicators/spell-book.ts';
import {
  BENEFIT_HEADER,
  BENEFIT_SPELL,
  HOME_CARE_HEADER,
  HOME_CARE_SPELL,
  IGU_HEADER,
  IGU_SPELL,
  MEASURE_HEADER,
  MEASURE_SPELL,
  PLAIN_SPELL,
  PLAIN_SPELL_HEADER,
  SECOND_MEASURE,
  spellFile,
} from './indicators/spell-files.ts';
import { ANBRINGELSE_RULE, BENEFIT_RULE, HJEMMEPLEJE_RULE, KONTAKTPERSON_RULE, SOCIALPSYKIATRI_RULE } from './indicators/spell-rules.ts';
import { type SpellRule, seedSpells, simulateSpells } from './indicators/spell-simulation.ts';
import { sprogstimuleringFile } from './indicators/sprogstimulering.ts';
import { valgdeltagelseFile } from './indicators/valgdeltagelse.ts';
import { settleInitialPopulation } from './initial-population.ts';
import { type DemoManifest, type DemoManifestEntry, dataFileName, populationFileName } from './manifest.ts';
import type { SimPerson } from './person.ts';
import { createRandom } from './random.ts';
import { Town } from './town.ts';

export interface SimulationOptions {
  seed: number;
  persons: number;
  years: [number, number];
  /** The municipality the extracts name (default the demo's `999`); the national set varies it. */
  municipality?: { code: string; name: string };
  /** Letters before each id's number (default `DEMO`). */
  idPrefix?: string;
}

/** Receives each file as it is made: its name inside the output folder and its text. */
export type Emit = (name: string, text: string) => void;

interface Books {
  benefit: SpellBook;
  socialpsykiatri: SpellBook;
  hjemmepleje: SpellBook;
  kontaktperson: SpellBook;
  anbringelse: SpellBook;
  igu: SpellBook;
}

const SPELL_INDICATORS: readonly [keyof Books, SpellRule][] = [
  ['benefit', BENEFIT_RULE],
  ['socialpsykiatri', SOCIALPSYKIATRI_RULE],
  ['hjemmepleje', HJEMMEPLEJE_RULE],
  ['kontaktperson', KONTAKTPERSON_RULE],
  ['anbringelse', ANBRINGELSE_RULE],
];

function spellFiles(town: Town, books: Books, first: number, last: number): [string, string][] {
  const plain = (book: SpellBook) => spellFile(book, town, first, last, PLAIN_SPELL_HEADER, PLAIN_SPELL);
  return [
    ['selvforsoergelse', spellFile(books.benefit, town, first, last, BENEFIT_HEADER, BENEFIT_SPELL)],
    ['socialpsykiatri', plain(books.socialpsykiatri)],
    ['hjemmepleje', spellFile(books.hjemmepleje, town, first, last, HOME_CARE_HEADER, HOME_CARE_SPELL)],
    ['boern-kontaktperson', spellFile(books.kontaktperson, town, first, last, MEASURE_HEADER, MEASURE_SPELL, SECOND_MEASURE)],
    ['boern-anbringelse', spellFile(books.anbringelse, town, first, last, PLAIN_SPELL_HEADER, PLAIN_SPELL, SECOND_MEASURE)],
    ['igu-forloeb', spellFile(books.igu, town, first, last, IGU_HEADER, IGU_SPELL)],
  ];
}

function yearFiles(town: Town, books: Books, residents: readonly SimPerson[], year: number): [string, string, string | null][] {
  const { first, last } = yearBounds(year);
  const files: [string, string, string | null][] = [
    ...spellFiles(town, books, first, last).map(([id, text]): [string, string, string] => [id, `${year}`, text]),
    ['kriminalitet', `${year}`, kriminalitetFile(town, residents, year, first, last)],
    ['sprogstimulering', `${year - 1}-10/${year}-09`, sprogstimuleringFile(town, residents, year)],
    ['karaktergennemsnit', `${year - 1}/${year}`, karaktergennemsnitFile(town, residents, year)],
    ['boligomraader-diversitet', `${year}`, null],
  ];
  if (isElectionYear(year)) files.push(['valgdeltagelse', `KV${year}`, valgdeltagelseFile(town, residents, year)]);
  return files;
}

function simulateIndicators(town: Town, books: Books, year: number): void {
  const { first, last } = yearBounds(year);
  const residents = town.residentsDuring(first, last);
  simulateIgu(town, books, residents, year, first, last);
  for (const [book, rule] of SPELL_INDICATORS) simulateSpells(town, books[book], rule, residents, year, first, last);
}

/** Years of spells simulated before the first year, so that its levels are already settled. */
const BURN_IN_YEARS = 3;

/** Seeds spells before the burn-in years, then runs them (without demography) up to the first year. */
function burnIn(town: Town, books: Books, firstYear: number): void {
  const seedDay = yearBounds(firstYear - BURN_IN_YEARS - 1).last;
  for (const [book, rule] of SPELL_INDICATORS) seedSpells(town, books[book], rule, firstYear, seedDay);
  for (let year = firstYear - BURN_IN_YEARS; year < firstYear; year += 1) {
    const { first, last } = yearBounds(year);
    const residents = town.residentsDuring(first, last);
    for (const [book, rule] of SPELL_INDICATORS) simulateSpells(town, books[book], rule, residents, firstYear, first, last);
  }
}

/**
 * Runs the demo municipality from 31 December before the first year to the last year, emitting
 * every file, and returns the manifest with file names relative to the output folder.
 */
export function runSimulation(options: SimulationOptions, emit: Emit): DemoManifest {
  const [firstYear, lastYear] = options.years;
  const town = new Town(createRandom(options.seed), options.idPrefix);
  settleInitialPopulation(town, options.persons, firstYear - 1);
  const books: Books = {
    benefit: new SpellBook(),
    socialpsykiatri: new SpellBook(),
    hjemmepleje: new SpellBook(),
    kontaktperson: new SpellBook(),
    anbringelse: new SpellBook(),
    igu: new SpellBook(),
  };
  burnIn(town, books, firstYear);
  emit('areas.csv', areasFileText());
  const manifest: DemoManifest = {
    municipality: { ...(options.municipality ?? DEMO_MUNICIPALITY) },
    seed: options.seed,
    persons: options.persons,
    years: [firstYear, lastYear],
    areasFile: 'areas.csv',
    populationFiles: [],
    entries: [],
  };
  for (let year = firstYear; year <= lastYear; year += 1) {
    town.forgetBefore(yearBounds(year).first);
    simulateYear(town, year, Math.round(options.persons * (1 + 0.004 * (year - firstYear + 1))));
    simulateIndicators(town, books, year);
    const { last } = yearBounds(year);
    const residents = town.residentsDuring(last, last);
    const populationFile = populationFileName(year);
    emit(populationFile, populationFileText(town, residents, last, options.municipality?.code));
    manifest.populationFiles.push({ year, file: populationFile });
    // The ministry's list of the last year (1 December), from the same residents; draws nothing.
    if (year === lastYear) emit(areaListFileName(year), areaListFileText(residents));
    for (const [indicator, period, text] of yearFiles(town, books, residents, year)) {
      const entry: DemoManifestEntry = { indicator, period, populationFile, dataFile: null };
      if (text !== null) {
        entry.dataFile = dataFileName(indicator, period);
        emit(entry.dataFile, text);
      }
      manifest.entries.push(entry);
    }
  }
  return manifest;
}
