/**
 * Every Danish word of the dashboard's interface, in one place. The English dictionary has the
 * same shape (`Dictionary`), so a missing translation is a compile error. Texts that belong to an
 * indicator (titles, definitions) live in the catalogue, not here.
 */
import type { Lang } from '../../catalogue/index.ts';

export const da = {
  lang: 'da' as Lang,
  locale: 'da-DK',
  siteName: 'Integrationsindikatorer',
  siteTagline: 'Politisk opfølgning på integrationsområdet',
  skipLink: 'Gå til hovedindhold',
  navLabel: 'Hovedmenu',
  navOverview: 'Oversigt',
  navAreas: 'Boligområder',
  otherLanguage: { code: 'en', label: 'English', hint: 'Read this page in English' },
  footerAbout: (threshold: number) =>
    `Tallene er beregnet ud fra afdelingernes leverancer. Celler med færre end ${threshold} personer er diskretioneret, så ingen enkeltperson kan genkendes.`,
  footerApi: 'Åbne data: API-beskrivelse (OpenAPI)',
  breadcrumbLabel: 'Brødkrumme',

  groups: {
    target: 'Målgruppe',
    comparison: 'Dansk oprindelse',
    other: 'Øvrige',
    total: 'I alt',
  },
  groupsCitizenship: {
    target: 'Målgruppe (statsborgerskab)',
    comparison: 'Danske statsborgere',
    other: 'Øvrige',
    total: 'I alt',
  },
  comparisonName: 'personer med dansk oprindelse',
  comparisonNameCitizenship: 'danske statsborgere',

  status: {
    improved: 'Forbedret',
    unchanged: 'Uændret',
    worsened: 'Forværret',
    not_assessable: 'Kan ikke vurderes',
    under_examination: 'Undersøges',
  },
  statusCaption: 'Status',

  overviewTitle: 'Indikatorer for integrationsområdet',
  overviewIntro:
    'Indikatorerne følger målgruppen – flygtninge, indvandrere og efterkommere med ikke-vestlig baggrund – over tid og sammenligner med personer med dansk oprindelse. Status viser, om udviklingen går i den ønskede retning.',
  reportLinks: 'Rapport til udvalget:',
  latestLabel: (period: string) => `Seneste tal: ${period}`,
  gapLabel: 'Forskel',
  noData: 'Der er endnu ingen data for denne indikator.',
  underExaminationText: 'Det undersøges, om der kan udtrækkes data. Indikatoren vises, så den ikke glemmes.',
  noOwner: 'Uden ansvarlig enhed endnu',
  readMore: (title: string) => `Se ${title}`,
  sparklineTitle: (title: string) => `${title}: udvikling over tid`,

  breakdownLegend: 'Vælg opdeling',
  breakdownLabel: 'Opdeling',
  wholeGroup: 'Hele gruppen (ingen opdeling)',
  showAllGroups: 'Vis også øvrige og i alt',
  show: 'Vis',
  developmentHeading: 'Udvikling',
  chartHeading: 'Målgruppe og sammenligningsgruppe over tid',
  gapHeading: 'Forskel til sammenligningsgruppen',
  gapSeries: 'Forskel (målgruppe minus sammenligningsgruppe)',
  noGap: 'Ingen forskel',
  tableHeading: 'Tallene bag figurerne',
  tableCaption: (title: string, breakdown: string) => `${title}: ${breakdown}`,
  definitionsHeading: 'Definitioner og kilde',
  downloadsHeading: 'Hent data og figurer',
  downloadTableCsv: 'Tabellen som CSV',
  downloadTableXlsx: 'Tabellen som Excel (XLSX)',
  downloadAllCsv: 'Alle tal for indikatoren (CSV)',
  downloadChartSvg: 'Figuren som SVG',
  downloadChartPng: 'Figuren som PNG',
  intervalLegend: '95 %-konfidensinterval',
  suppressedLegend: 'diskretioneret (for få personer)',
  standardisedHeading: 'Aldersstandardiseret',
  standardisedText: (period: string, value: string, interval: string) =>
    `Aldersstandardiseret til sammenligningsgruppens aldersfordeling var værdien for målgruppen ${value} ${period} (95 %-konfidensinterval ${interval}).`,
  areasLink: 'Se boligområderne',

  columns: {
    period: 'Periode',
    group: 'Gruppe',
    breakdown: 'Opdeling',
    value: 'Værdi',
    interval: '95 %-konfidensinterval',
    n: 'Antal personer',
    gap: 'Forskel til sammenligningsgruppen',
    standardised: 'Aldersstandardiseret',
    note: 'Bemærkning',
  },

  definitions: {
    population: 'Population',
    numerator: 'Tæller',
    measure: 'Mål',
    comparison: 'Sammenligning',
    wanted: 'Ønsket udvikling',
    periodType: 'Periode',
    groupDefinition: 'Afgrænsning af målgruppen',
    thirdGeneration: 'Tredjegenerationsindvandrere',
    ageStandardisation: 'Aldersstandardisering',
    source: 'Kilde',
    delivery: 'Levering',
    owners: 'Ansvarlig',
  },
  definitionOrigin: 'Herkomst efter Danmarks Statistiks regler (flygtninge samt indvandrere og efterkommere med ikke-vestlig oprindelse).',
  definitionCitizenship:
    'Statsborgerskab (reserveløsning, fordi herkomst ikke kan opgøres): flygtninge og personer med ikke-vestligt statsborgerskab sammenlignet med danske statsborgere.',
  thirdGenerationExcluded: 'Tredjegenerationsindvandrere (børn af efterkommere) indgår ikke i målgruppen.',
  ageStandardised: 'Ja – målgruppens tal er også vist standardiseret til sammenligningsgruppens aldersfordeling.',
  notAgeStandardised: 'Nej',
  deliveryText: (version: number, id: number, date: string) => `Version ${version} (levering nr. ${id}), ${date}`,

  areasTitle: 'Boligområder',
  areasHeading: 'Målgruppens andel pr. boligområde',
  areasIntro:
    'Beboersammensætningen i kommunens boligområder: målgruppens andel af beboerne, Simpsons diversitetsindeks (sandsynligheden for, at to tilfældigt valgte beboere tilhører forskellige grupper) og segregationsindeks for hele kommunen.',
  periodLabel: 'Periode',
  areasChartTitle: (period: string) => `Målgruppens andel af beboerne pr. boligområde, ${period}`,
  areasFlag: 'over 50 %',
  areasFlagLong: 'Over 50 % af beboerne er i målgruppen',
  areasRamp: 'Andel',
  areasReference: '50 %',
  areaColumns: {
    area: 'Boligområde',
    total: 'Beboere',
    targetShare: 'Målgruppens andel',
    simpson: 'Simpsons diversitetsindeks',
    shannon: 'Shannons diversitetsindeks',
    flag: 'Over 50 %',
  },
  yes: 'Ja',
  no: 'Nej',
  segregationHeading: 'Segregation i hele kommunen',
  segregationIntro:
    'Segregationsindeksene måler, hvor ujævnt målgruppen og personer med dansk oprindelse er fordelt på boligområderne. Lavere værdier betyder mere blandede områder.',
  segregationChartTitle: 'Segregationsindeks over tid',
  segregation: {
    dissimilarity: 'Dissimilaritetsindeks',
    isolation: 'Isolationsindeks',
    exposure: 'Eksponeringsindeks',
    theil: 'Theils H',
  },
  noAreas: 'Der er endnu ingen data om boligområderne.',

  notFoundTitle: 'Siden findes ikke',
  notFoundText: 'Vi kan ikke finde den side, du leder efter.',
  backToOverview: 'Tilbage til oversigten',
  badRequestTitle: 'Ugyldig forespørgsel',
  print: 'Udskriv siden',

  yLabels: {
    percent: 'Andel',
    per1000: 'Pr. 1.000',
    count: 'Antal',
    grade: 'Karaktergennemsnit',
    index: 'Indeks',
  },
  gapYLabels: {
    percent: 'Procentpoint',
    per1000: 'Pr. 1.000',
    count: 'Antal',
    grade: 'Karakterpoint',
    index: 'Indeks',
  },
  chartDescription: (series: string) => `Figuren viser ${series}. Alle tal står i tabellen under figuren.`,
  chartNoData: 'Der er ingen tal at vise.',
  seriesDescription: (group: string, values: string) => `${group}: ${values}`,
};

export type Dictionary = typeof da;
