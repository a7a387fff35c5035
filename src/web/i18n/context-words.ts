/**
 * The words of the StatBank context box, in both languages (kept apart from `da.ts`/`en.ts` as the
 * workflow words are): the heading, series, origin categories, breakdowns, and StatBank's period
 * codes (`2025K3`) as readers write them.
 */
import type { Lang } from '../../catalogue/index.ts';

const da = {
  heading: 'Offentlig statistik (Danmarks Statistik)',
  intro:
    'Offentlige tal fra Danmarks Statistiks Statistikbank til sammenligning med kommunens egne tal. Målgruppen er her indvandrere og efterkommere med ikke-vestlig oprindelse; de offentlige tal kan ikke udskille flygtninge. Kommunens egne tal er diskretioneret efter samme regel som resten af siden (se nederst).',
  municipality: 'Kommunen',
  country: 'Hele landet',
  measure: 'Måltype',
  group: 'Gruppe',
  source: 'Kilde',
  updated: 'Opdateret i Statistikbanken',
  period: 'Periode',
  table: 'Tabel',
  series: {
    population: 'Befolkning (personer)',
    population_share: 'Andel af befolkningen',
    population_third_generation: 'Befolkning, børn af efterkommere medregnet (personer)',
    population_third_generation_share: 'Andel, børn af efterkommere medregnet',
    children_of_descendants: 'Børn af efterkommere (personer)',
    employment_rate: 'Beskæftigelsesfrekvens, 16-64 år',
    guilty_persons: 'Skyldige personer',
    guilty_rate: 'Skyldige pr. 1.000 indbyggere (15-79 år)',
    mean_simpson: 'Simpsons diversitetsindeks, gennemsnit over sognene',
    dissimilarity: 'Dissimilaritetsindeks (sogne)',
    isolation: 'Isolationsindeks (sogne)',
    exposure: 'Eksponeringsindeks (sogne)',
    theil: 'Theils H (sogne)',
  } as Readonly<Record<string, string>>,
  groups: {
    target: 'Målgruppe',
    comparison: 'Dansk oprindelse',
    other: 'Øvrige',
    total: 'I alt',
    not_split: 'Udenlandsk oprindelse (ikke opdelt)',
  } as Readonly<Record<string, string>>,
  categories: {
    danish: 'Personer med dansk oprindelse',
    immigrants_western: 'Indvandrere fra vestlige lande',
    immigrants_non_western: 'Indvandrere fra ikke-vestlige lande',
    descendants_western: 'Efterkommere fra vestlige lande',
    descendants_non_western: 'Efterkommere fra ikke-vestlige lande',
    foreign_origin: 'Indvandrere og efterkommere (udenlandsk oprindelse)',
  } as Readonly<Record<string, string>>,
  sex: { M: 'mænd', K: 'kvinder' } as Readonly<Record<string, string>>,
  years: 'år',
  quarter: (q: string, year: string) => `${q}. kvt. ${year}`,
};

export type ContextWords = typeof da;

const en: ContextWords = {
  heading: 'Public statistics (Statistics Denmark)',
  intro:
    "Public figures from Statistics Denmark's StatBank to compare with the municipality's own. The target group here is immigrants and descendants of non-Western origin; public figures cannot single out refugees. The municipality's own figures are suppressed by the same rule as the rest of the page (see the footer).",
  municipality: 'Municipality',
  country: 'Denmark',
  measure: 'Measure',
  group: 'Group',
  source: 'Source',
  updated: 'Updated in StatBank',
  period: 'Period',
  table: 'Table',
  series: {
    population: 'Population (persons)',
    population_share: 'Share of the population',
    population_third_generation: 'Population, children of descendants included (persons)',
    population_third_generation_share: 'Share, children of descendants included',
    children_of_descendants: 'Children of descendants (persons)',
    employment_rate: 'Employment rate, aged 16-64',
    guilty_persons: 'Persons found guilty',
    guilty_rate: 'Found guilty per 1,000 residents (aged 15-79)',
    mean_simpson: "Simpson's diversity index, mean over the parishes",
    dissimilarity: 'Dissimilarity index (parishes)',
    isolation: 'Isolation index (parishes)',
    exposure: 'Exposure index (parishes)',
    theil: "Theil's H (parishes)",
  },
  groups: {
    target: 'Target group',
    comparison: 'Danish origin',
    other: 'Others',
    total: 'Total',
    not_split: 'Foreign origin (not split)',
  },
  categories: {
    danish: 'Persons of Danish origin',
    immigrants_western: 'Immigrants from Western countries',
    immigrants_non_western: 'Immigrants from non-Western countries',
    descendants_western: 'Descendants from Western countries',
    descendants_non_western: 'Descendants from non-Western countries',
    foreign_origin: 'Immigrants and descendants (foreign origin)',
  },
  sex: { M: 'men', K: 'women' },
  years: 'years',
  quarter: (q: string, year: string) => `Q${q} ${year}`,
};

/** The box's words in `lang`. */
export function contextWords(lang: Lang): ContextWords {
  return lang === 'da' ? da : en;
}

/**
 * A StatBank period code as readers write it.
 * @example statbankPeriod('2025K3', 'da') // '3. kvt. 2025'
 */
export function statbankPeriod(code: string, lang: Lang): string {
  const quarter = /^(\d{4})K([1-4])$/.exec(code);
  return quarter === null ? code : contextWords(lang).quarter(quarter[2] ?? '', quarter[1] ?? '');
}
