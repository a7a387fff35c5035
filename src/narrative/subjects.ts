/**
 * What each indicator's sentence is about, in words a politician uses: "Andelen af målgruppen,
 * der blev selvforsørgende," rather than "værdien for målgruppen". `full` opens a sentence (with
 * its closing comma when it ends in a relative clause); `short` is the same thing in the middle
 * of a later sentence ("Siden 2021 er andelen steget …"). Unknown indicators get a plain subject
 * from their measure kind.
 */
import type { Lang, MeasureKind } from '../catalogue/index.ts';

export interface Subject {
  readonly full: string;
  readonly short: string;
}

type Subjects = Readonly<Record<string, Subject>>;

const DA: Subjects = {
  selvforsoergelse: { full: 'Andelen af målgruppen, der blev selvforsørgende,', short: 'andelen' },
  socialpsykiatri: { full: 'Andelen af målgruppen, der er kendt i socialpsykiatrien,', short: 'andelen' },
  hjemmepleje: { full: 'Andelen af målgruppen, der modtager hjemmepleje,', short: 'andelen' },
  valgdeltagelse: { full: 'Valgdeltagelsen i målgruppen', short: 'valgdeltagelsen' },
  'igu-forloeb': { full: 'Antallet af IGU-forløb i målgruppen', short: 'antallet' },
  sprogstimulering: {
    full: 'Antallet af børn i målgruppen, der vurderes at have behov for sprogstimulering,',
    short: 'antallet',
  },
  karaktergennemsnit: { full: 'Karaktergennemsnittet for målgruppens elever', short: 'gennemsnittet' },
  'boern-kontaktperson': { full: 'Hyppigheden af børn og unge med en fast kontaktperson i målgruppen', short: 'hyppigheden' },
  'boern-anbringelse': { full: 'Hyppigheden af anbragte børn og unge i målgruppen', short: 'hyppigheden' },
  'boligomraader-diversitet': {
    full: 'Forskellen på, hvordan målgruppen og borgerne med dansk oprindelse bor fordelt på boligområderne (dissimilaritetsindekset),',
    short: 'forskellen',
  },
  kriminalitet: { full: 'Andelen pr. 1.000 af målgruppen, der er registreret for kriminalitet,', short: 'andelen' },
};

const EN: Subjects = {
  selvforsoergelse: { full: 'The share of the target group who became self-supporting', short: 'the share' },
  socialpsykiatri: { full: 'The share of the target group known in social psychiatry', short: 'the share' },
  hjemmepleje: { full: 'The share of the target group receiving home care', short: 'the share' },
  valgdeltagelse: { full: 'Turnout in the target group', short: 'turnout' },
  'igu-forloeb': { full: 'The number of IGU courses in the target group', short: 'the number' },
  sprogstimulering: {
    full: 'The number of children in the target group assessed as needing language stimulation',
    short: 'the number',
  },
  karaktergennemsnit: { full: "The grade point average of the target group's pupils", short: 'the average' },
  'boern-kontaktperson': {
    full: 'The number of children and young people in the target group with a permanent contact person',
    short: 'the rate',
  },
  'boern-anbringelse': { full: 'The number of children and young people in the target group placed outside the home', short: 'the rate' },
  'boligomraader-diversitet': {
    full: 'The difference between how the target group and the citizens of Danish origin are spread over the housing areas (the dissimilarity index)',
    short: 'the difference',
  },
  kriminalitet: { full: 'The number of persons in the target group registered for crime', short: 'the rate' },
};

/**
 * The diversity indicator's other indices (`index=simpson` …), when a reader chooses one: each
 * says what it measures, so that a rising Simpson's index is not read as the headline.
 */
const INDEX_SUBJECTS: Readonly<Record<Lang, Subjects>> = {
  da: {
    simpson: { full: 'Diversiteten i boligområderne (Simpsons indeks)', short: 'diversiteten' },
    isolation: { full: 'Målgruppens isolation i boligområderne (isolationsindekset)', short: 'isolationen' },
    exposure: { full: 'Målgruppens kontakt med borgere med dansk oprindelse i boligområderne (eksponeringsindekset)', short: 'kontakten' },
    theil: { full: 'Gruppernes samlede adskillelse på boligområderne (Theils H)', short: 'adskillelsen' },
  },
  en: {
    simpson: { full: "Diversity in the housing areas (Simpson's index)", short: 'diversity' },
    isolation: { full: "The target group's isolation in the housing areas (the isolation index)", short: 'the isolation' },
    exposure: { full: "The target group's exposure to citizens of Danish origin in the housing areas (the exposure index)", short: 'the exposure' },
    theil: { full: "The groups' overall separation over the housing areas (Theil's H)", short: 'the separation' },
  },
};

const FALLBACK: Readonly<Record<Lang, Readonly<Record<MeasureKind, Subject>>>> = {
  da: {
    share: { full: 'Andelen i målgruppen', short: 'andelen' },
    rate: { full: 'Hyppigheden pr. 1.000 i målgruppen', short: 'hyppigheden' },
    count: { full: 'Antallet i målgruppen', short: 'antallet' },
    mean: { full: 'Gennemsnittet for målgruppen', short: 'gennemsnittet' },
    index: { full: 'Indekset', short: 'indekset' },
  },
  en: {
    share: { full: 'The share in the target group', short: 'the share' },
    rate: { full: 'The rate per 1,000 in the target group', short: 'the rate' },
    count: { full: 'The number in the target group', short: 'the number' },
    mean: { full: 'The average for the target group', short: 'the average' },
    index: { full: 'The index', short: 'the index' },
  },
};

/**
 * The subject of an indicator's sentences; for a row of one of the diversity indicator's indices
 * (`breakdown` `index=<name>`) that index's own subject, the headline's being the indicator's.
 */
export function subjectOf(id: string, kind: MeasureKind, lang: Lang, breakdown = ''): Subject {
  const index = kind === 'index' && breakdown.startsWith('index=') ? INDEX_SUBJECTS[lang][breakdown.slice('index='.length)] : undefined;
  return index ?? (lang === 'da' ? DA : EN)[id] ?? FALLBACK[lang][kind];
}
