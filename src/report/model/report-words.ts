/**
 * Every fixed word of the report in Danish and English (same shape, so a missing translation
 * does not compile). Texts that belong to an indicator come from the catalogue; numbers, dates
 * and periods from `src/format`.
 */
import type { Lang } from '../../catalogue/index.ts';
import type { Status } from '../../stats/index.ts';
import type { DeliveryGroup } from '../../origin/types.ts';

export interface ReportWords {
  readonly title: string;
  readonly subtitle: string;
  readonly contents: string;
  readonly contentsHint: string;
  readonly pageOf: string;
  readonly cover: {
    readonly municipality: string;
    readonly period: string;
    readonly date: string;
    readonly dataFreeze: string;
    readonly departments: string;
    readonly indicators: string;
  };
  readonly latestEach: string;
  readonly periodUpTo: (period: string) => string;
  readonly frozenAt: (date: string) => string;
  readonly summaryHeading: string;
  readonly summaryIntro: readonly string[];
  readonly summaryCaption: string;
  readonly summaryHeaders: readonly string[];
  readonly freezeHeading: string;
  readonly appendixHeading: string;
  readonly freezeIntro: string;
  readonly freezeCaption: string;
  readonly freezeHeaders: readonly string[];
  readonly noDeliveries: string;
  readonly version: (v: number) => string;
  readonly indicatorsHeading: string;
  readonly descriptionHeading: string;
  readonly narrativeHeading: string;
  readonly notesHeading: string;
  readonly definitionsHeading: string;
  readonly facts: {
    readonly owner: string;
    readonly measure: string;
    readonly wanted: string;
    readonly comparison: string;
    readonly periodType: string;
    readonly status: string;
  };
  readonly noOwner: string;
  readonly notApplicable: string;
  readonly significant: string;
  readonly notSignificant: string;
  readonly status: Readonly<Record<Status | 'under_examination' | 'no_data' | 'followed', string>>;
  readonly verdictHeading: string;
  readonly longRunHeader: string;
  readonly targetFact: string;
  readonly targetsBlock: { readonly heading: string; readonly none: string; readonly paragraphs: readonly string[] };
  readonly targetVersion: (baseline: string, version: number, date: string) => string;
  readonly firstPeriod: string;
  readonly groups: Readonly<Record<DeliveryGroup, string>>;
  readonly groupsCitizenship: Readonly<Record<DeliveryGroup, string>>;
  readonly citizenshipShort: string;
  /** The detail under the diversity indicator's headline value: the index's name, over all residents. */
  readonly headlineIndex: (index: string) => string;
  readonly tableCaption: (title: string) => string;
  readonly tableCaptionRecent: (title: string, periods: number) => string;
  readonly tableHeaders: readonly string[];
  readonly breakdownCaption: (title: string, period: string) => string;
  readonly breakdownHeaders: readonly string[];
  readonly indexCaption: (title: string) => string;
  readonly indexNames: Readonly<Record<string, string>>;
  readonly coverageHeading: string;
  readonly coverageText: (share: string, pooled: number) => string;
  readonly notComputable: string;
  readonly segregationReasons: { readonly municipality_suppressed: string; readonly too_few_units: string; readonly empty_group: string };
  readonly segregationPooling: string;
  readonly areasCaption: (period: string) => string;
  readonly areasHeaders: readonly string[];
  readonly areasChartTitle: (period: string) => string;
  readonly areasReference: string;
  readonly areasFlag: string;
  readonly areasRamp: string;
  readonly chartTitle: (title: string) => string;
  readonly gapChartTitle: (title: string) => string;
  readonly indexChartTitle: (title: string) => string;
  readonly chartAlt: (series: string) => string;
  readonly gapSeries: string;
  readonly noGap: string;
  readonly intervalLegend: string;
  readonly suppressedLegend: string;
  readonly yLabels: Readonly<Record<string, string>>;
  readonly gapYLabels: Readonly<Record<string, string>>;
  readonly interval: (text: string) => string;
  readonly definitionUsed: { readonly origin: string; readonly citizenship: string };
  readonly definitionNone: string;
  readonly sourceNote: (source: string, delivery: string) => string;
  readonly deliveryText: (period: string, version: number, date: string) => string;
  readonly suppressedNote: string;
  readonly standardisedNote: (period: string, value: string, interval: string) => string;
  /** The target group's standardised figure cannot be published ("diskretioneret" / "kan ikke beregnes"). */
  readonly standardisedMissingNote: (period: string, why: string, judged: boolean) => string;
  readonly standardisedMissing: { readonly suppressed: string; readonly not_computable: string };
  /** Detail under a standardised gap ("aldersstandardiseret"). */
  readonly standardisedGapDetail: string;
  /** The crude gap, second: "uden aldersstandardisering: −2,8 procentpoint". */
  readonly crudeGapDetail: (gap: string) => string;
  readonly gapStandardisedSeries: string;
  readonly standardisedSeries: (group: string) => string;
  readonly crudeSeries: (group: string) => string;
  readonly gapCrudeSeries: string;
  readonly deliveredNote: (note: string) => string;
  readonly thirdGenerationFromData: (justification: string) => string;
  readonly notStated: string;
  readonly definitionBlocks: {
    readonly groups: { readonly heading: string; readonly paragraphs: readonly string[] };
    readonly perIndicator: string;
    readonly thirdGeneration: string;
    readonly noThirdGeneration: string;
    readonly suppression: { readonly heading: string; readonly paragraphs: (threshold: number) => readonly string[] };
    readonly suppressedCount: (title: string, count: number) => string;
    readonly uncertainty: { readonly heading: string; readonly paragraphs: readonly string[] };
    readonly sources: string;
    readonly quality: string;
    readonly qualityNone: string;
    readonly missingPeriods: (title: string, periods: string) => string;
    readonly underExamination: (title: string) => string;
    readonly citizenshipFallback: (title: string) => string;
  };
}

/** The diversity indicator's municipality-wide indices by name (the index table's headers, the headline's detail). */
const DA_INDEX_NAMES: Readonly<Record<string, string>> = {
  simpson: 'Simpsons diversitetsindeks',
  dissimilarity: 'Dissimilaritetsindeks',
  isolation: 'Isolationsindeks',
  exposure: 'Eksponeringsindeks',
  theil: 'Theils H',
};

const EN_INDEX_NAMES: Readonly<Record<string, string>> = {
  simpson: "Simpson's diversity index",
  dissimilarity: 'Dissimilarity index',
  isolation: 'Isolation index',
  exposure: 'Exposure index',
  theil: "Theil's H",
};

const DA: ReportWords = {
  title: 'Integrationsindikatorer',
  subtitle: 'Opfølgning på indikatorerne for integrationsområdet til politisk opfølgning',
  contents: 'Indhold',
  contentsHint: 'Sidetallene er beregnet, da rapporten blev dannet. Højreklik på indholdsfortegnelsen og vælg »Opdater felt« for at opdatere dem.',
  pageOf: 'Side {page} af {pages}',
  cover: {
    municipality: 'Kommune',
    period: 'Periode',
    date: 'Dato',
    dataFreeze: 'Datagrundlag',
    departments: 'Afgrænset til',
    indicators: 'Indikatorer',
  },
  latestEach: 'Seneste periode for hver indikator',
  periodUpTo: (period) => `Til og med ${period}`,
  frozenAt: (date) => `Leverancer indlæst til og med ${date}`,
  summaryHeading: 'Sammenfatning',
  summaryIntro: [
    'Tabellen viser den seneste værdi for hver indikator i notatet for målgruppen og sammenligningsgruppen, forskellen mellem dem, ændringen siden forrige periode og status i forhold til den ønskede udvikling.',
    'Målgruppen er flygtninge samt indvandrere og efterkommere med ikke-vestlig baggrund. Sammenligningsgruppen er personer med dansk oprindelse – eller danske statsborgere, hvor målgruppen er afgrænset efter statsborgerskab. En ændring kaldes statistisk sikker, når den med 95 procents sikkerhed ikke skyldes tilfældigheder.',
  ],
  summaryCaption: 'Indikatorerne samlet',
  summaryHeaders: ['Indikator', 'Ansvarlig', 'Periode', 'Målgruppen', 'Sammenligning', 'Forskel', 'Ændring siden sidst', 'Status', 'På længere sigt / mål'],
  freezeHeading: 'Datagrundlag',
  appendixHeading: 'Bilag: leverancerne bag tallene',
  freezeIntro:
    'Rapporten bygger på de leverancer, der var indlæst, da data blev låst. Tabellen viser, hvilken version af hver indikators leverancer der er brugt.',
  freezeCaption: 'Anvendte leverancer',
  freezeHeaders: ['Indikator', 'Perioder', 'Leverancer (version)', 'Senest indlæst'],
  noDeliveries: 'Ingen leverancer',
  version: (v) => `version ${v}`,
  indicatorsHeading: 'Indikatorerne',
  descriptionHeading: 'Fra notatet',
  narrativeHeading: 'Udviklingen',
  notesHeading: 'Noter',
  definitionsHeading: 'Definitioner og noter',
  facts: {
    owner: 'Ansvarlig',
    measure: 'Måltype',
    wanted: 'Ønsket udvikling',
    comparison: 'Sammenligning',
    periodType: 'Opgøres pr.',
    status: 'Status',
  },
  noOwner: 'Ikke fastlagt',
  notApplicable: '–',
  significant: 'statistisk sikker',
  notSignificant: 'ikke statistisk sikker',
  status: {
    improved: '▲ Forbedret',
    unchanged: '● Uændret',
    worsened: '▼ Forværret',
    not_assessable: '○ Kan ikke vurderes',
    under_examination: '◆ Undersøges',
    no_data: '○ Ingen data endnu',
    followed: '◇ Følges',
  },
  verdictHeading: 'Samlet vurdering',
  longRunHeader: 'På længere sigt / mål',
  targetFact: 'Byrådets mål',
  targetsBlock: {
    heading: 'Byrådets mål',
    none: 'Byrådet har ikke sat mål for indikatorerne i rapporten.',
    paragraphs: [
      'Et mål gælder målgruppens niveau eller forskellen til sammenligningsgruppen i et målår. Fremdriften vurderes ud fra den vægtede tendens i de offentliggjorte perioder siden basisperioden med dens 95 %-konfidensinterval: »på rette vej«, når hele intervallet peger mod målet, og tendensen når målet i målåret; »bevæger sig væk fra målet«, når hele intervallet peger væk; ellers »kræver hurtigere udvikling«. Med færre end tre perioder kan fremdriften ikke vurderes. Hvert mål gemmes i versioner; tidligere mål bevares.',
    ],
  },
  targetVersion: (baseline, version, date) => `basisperiode ${baseline}; version ${version}, ${date}`,
  firstPeriod: 'første periode',
  groups: { target: 'Målgruppen', comparison: 'Dansk oprindelse', other: 'Øvrige', total: 'I alt' },
  groupsCitizenship: { target: 'Målgruppen (statsborgerskab)', comparison: 'Danske statsborgere', other: 'Øvrige', total: 'I alt' },
  citizenshipShort: 'danske statsborgere',
  headlineIndex: (index) => `${DA_INDEX_NAMES[index] ?? index}, alle beboere`,
  tableCaption: (title) => `${title}: tal for hele grupperne`,
  tableCaptionRecent: (title, periods) =>
    `${title}: tal for hele grupperne, de seneste ${periods} perioder (hele tidsserien i figuren og i dashboardets downloads)`,
  tableHeaders: ['Periode', 'Gruppe', 'Værdi', '95 %-konfidensinterval', 'Personer', 'Forskel til sammenligningsgruppen'],
  breakdownCaption: (title, period) => `${title}: opdelt, ${period}`,
  breakdownHeaders: ['Opdeling', 'Målgruppen', 'Sammenligningsgruppen', 'Forskel'],
  indexCaption: (title) => `${title}: indeks for hele kommunen`,
  coverageHeading: 'Dækning',
  coverageText: (share, pooled) =>
    pooled === 0
      ? `${share} af beboerne i offentliggjorte områder`
      : `${share} af beboerne i offentliggjorte områder; ${pooled} ${pooled === 1 ? 'område' : 'områder'} samlet`,
  notComputable: 'kan ikke beregnes',
  segregationReasons: {
    municipality_suppressed: 'diskretioneret: kommunens samlede tal pr. gruppe er diskretioneret',
    too_few_units: 'kan ikke beregnes: færre end to enheder med beboere',
    empty_group: 'kan ikke beregnes: en af grupperne har ingen beboere',
  },
  segregationPooling:
    'Indeksene er beregnet over alle beboere i boligområderne. Områder, hvor et tal er diskretioneret, indgår samlet som én enhed (kommunens tal minus de offentliggjorte områders og beboerne uden boligområde; er deres antal diskretioneret, indgår de i enheden), så intet diskretioneret tal kan udledes; det gør segregationsindeksene lidt lavere og diversiteten lidt højere end område for område. Dækningen er andelen af beboerne i offentliggjorte områder.',
  indexNames: DA_INDEX_NAMES,
  areasCaption: (period) => `Boligområderne ${period}`,
  areasHeaders: ['Boligområde', 'Beboere', 'Målgruppens andel', 'Simpsons indeks'],
  areasChartTitle: (period) => `Målgruppens andel af beboerne i boligområderne ${period}`,
  areasReference: '50 %',
  areasFlag: 'over 50 %',
  areasRamp: 'Andel',
  chartTitle: (title) => `${title}: målgruppen og sammenligningsgruppen over tid`,
  gapChartTitle: (title) => `${title}: forskel til sammenligningsgruppen`,
  indexChartTitle: (title) => `${title}: udvikling`,
  chartAlt: (series) => `Figuren viser: ${series}.`,
  gapSeries: 'Forskel (målgruppen minus sammenligningsgruppen)',
  noGap: 'Ingen forskel',
  intervalLegend: '95 %-konfidensinterval',
  suppressedLegend: 'diskretioneret (for få personer)',
  yLabels: { percent: 'Andel', per1000: 'Pr. 1.000', count: 'Antal', grade: 'Karaktergennemsnit', index: 'Indeks' },
  gapYLabels: { percent: 'Procentpoint', per1000: 'Pr. 1.000', count: 'Antal', grade: 'Karakterpoint', index: 'Indeks' },
  interval: (text) => `95 %-konfidensinterval: ${text}`,
  definitionUsed: {
    origin: 'Målgruppen er afgrænset efter herkomst (Danmarks Statistiks definition).',
    citizenship: 'Målgruppen er afgrænset efter statsborgerskab (reserveløsning, fordi herkomst ikke kunne opgøres).',
  },
  definitionNone: 'Der er endnu ingen leverancer; målgruppen afgrænses efter katalogets definition',
  sourceNote: (source, delivery) => `Kilde: ${source}. ${delivery}`,
  deliveryText: (period, version, date) => `Seneste leverance (${period}): version ${version}, indlæst ${date}.`,
  suppressedNote: 'Tal markeret »diskretioneret« bygger på så få personer – eller kan regnes ud fra sådanne tal – at de ikke vises.',
  standardisedNote: (period, value, interval) =>
    `Aldersstandardiseret til sammenligningsgruppens aldersfordeling var værdien for målgruppen ${value} ${period} (95 %-konfidensinterval ${interval}). Forskellen til sammenligningsgruppen vises aldersstandardiseret først.`,
  standardisedMissingNote: (period, why, judged) =>
    `Det aldersstandardiserede tal for målgruppen ${period}: ${why}.${judged ? ' Status vurderes på det aldersstandardiserede tal og kan derfor ikke vurderes.' : ''} De øvrige tal er uden aldersstandardisering.`,
  standardisedMissing: {
    suppressed: 'diskretioneret, fordi tallet for en aldersgruppe er diskretioneret',
    not_computable: 'kan ikke beregnes, fordi der ikke er tal for hver aldersgruppe',
  },
  standardisedGapDetail: 'aldersstandardiseret',
  crudeGapDetail: (gap) => `uden aldersstandardisering: ${gap}`,
  gapStandardisedSeries: 'Aldersstandardiseret forskel (målgruppen minus sammenligningsgruppen)',
  gapCrudeSeries: 'Forskel uden aldersstandardisering',
  standardisedSeries: (group) => `${group}, aldersstandardiseret`,
  crudeSeries: (group) => `${group}, uden aldersstandardisering`,
  deliveredNote: (note) => `Note fra leverancen: ${note}`,
  thirdGenerationFromData: (justification) =>
    `Tredjegenerationsindvandrere (børn af efterkommere) indgår i målgruppen i de leverede tal. Begrundelse: ${justification}`,
  notStated: 'ikke angivet',
  definitionBlocks: {
    groups: {
      heading: 'Målgruppe og sammenligningsgruppe',
      paragraphs: [
        'Målgruppen er flygtninge samt indvandrere og efterkommere med ikke-vestlig baggrund. Som udgangspunkt afgrænses gruppen efter herkomst efter Danmarks Statistiks regler: en person har dansk oprindelse, hvis mindst én af forældrene er dansk statsborger og født i Danmark; ellers er personen indvandrer (født i udlandet) eller efterkommer (født i Danmark). Vestlige lande er EU, Storbritannien, Andorra, Island, Liechtenstein, Monaco, Norge, San Marino, Schweiz, Vatikanstaten, Canada, USA, Australien og New Zealand; alle andre lande er ikke-vestlige.',
        'Sammenligningsgruppen er personer med dansk oprindelse. Hvor herkomst ikke kan opgøres, afgrænses målgruppen efter statsborgerskab (flygtninge samt personer med ikke-vestligt statsborgerskab), og sammenligningsgruppen er da danske statsborgere.',
      ],
    },
    perIndicator: 'Afgrænsning for hver indikator',
    thirdGeneration: 'Tredje generation',
    noThirdGeneration: 'Ingen af indikatorerne i rapporten medtager tredjegenerationsindvandrere i målgruppen.',
    suppression: {
      heading: 'Diskretionering',
      paragraphs: (threshold) => [
        `Af hensyn til persondata vises intet tal, der bygger på 1 til ${threshold - 1} personer – hverken tæller, nævner eller gennemsnit. Tal, som sammen med andre viste tal ville gøre det muligt at regne et sådant tal ud, er også skjult (sekundær diskretionering). Skjulte tal står som »diskretioneret« – aldrig som 0 og aldrig som manglende data.`,
      ],
    },
    suppressedCount: (title, count) => `${title}: ${count} tal er diskretioneret.`,
    uncertainty: {
      heading: 'Statistisk usikkerhed',
      paragraphs: [
        'Andele og antal pr. 1.000 vises med 95 %-konfidensintervaller efter Wilsons metode, gennemsnit med t-intervaller. Forskellen mellem målgruppen og sammenligningsgruppen har sit eget interval.',
        'En ændring kaldes statistisk sikker, når en test på 5 %-niveau viser, at den næppe skyldes tilfældige udsving: for andele en test for to andele, for gennemsnit Welchs t-test og for antal en eksakt test. Indeks for boligområderne er beregnet for alle beboere og har ingen statistisk usikkerhed.',
      ],
    },
    sources: 'Kilder',
    quality: 'Datakvalitet',
    qualityNone: 'Der er ingen bemærkninger til datakvaliteten.',
    missingPeriods: (title, periods) => `${title}: der er ingen leverance for ${periods}.`,
    underExamination: (title) => `${title}: indikatoren undersøges endnu, og der er ingen tal.`,
    citizenshipFallback: (title) =>
      `${title}: målgruppen er afgrænset efter statsborgerskab, så tallene kan ikke sammenlignes direkte med indikatorer afgrænset efter herkomst.`,
  },
};

const EN: ReportWords = {
  title: 'Integration indicators',
  subtitle: 'Follow-up on the indicators for the integration area, for political follow-up',
  contents: 'Contents',
  contentsHint: 'The page numbers were worked out when the report was made. Right-click the table of contents and choose "Update field" to update them.',
  pageOf: 'Page {page} of {pages}',
  cover: {
    municipality: 'Municipality',
    period: 'Period',
    date: 'Date',
    dataFreeze: 'Data',
    departments: 'Limited to',
    indicators: 'Indicators',
  },
  latestEach: 'Latest period of each indicator',
  periodUpTo: (period) => `Up to and including ${period}`,
  frozenAt: (date) => `Deliveries loaded up to ${date}`,
  summaryHeading: 'Summary',
  summaryIntro: [
    "The table shows each of the memo's indicators: the latest value for the target and comparison groups, the gap between them, the change since the previous period and the status against the wanted direction.",
    'The target group is refugees and immigrants and descendants with a non-Western background. The comparison group is persons of Danish origin – or Danish citizens where the target group is defined by citizenship. A change is called statistically significant when it is, with 95 per cent confidence, not due to chance.',
  ],
  summaryCaption: 'The indicators at a glance',
  summaryHeaders: ['Indicator', 'Owner', 'Period', 'Target group', 'Comparison', 'Gap', 'Change since last', 'Status', 'Long run / target'],
  freezeHeading: 'Data used',
  appendixHeading: 'Appendix: the deliveries behind the figures',
  freezeIntro: 'The report is based on the deliveries loaded when the data were frozen. The table shows which version of each indicator’s deliveries is used.',
  freezeCaption: 'Deliveries used',
  freezeHeaders: ['Indicator', 'Periods', 'Deliveries (version)', 'Last loaded'],
  noDeliveries: 'No deliveries',
  version: (v) => `version ${v}`,
  indicatorsHeading: 'The indicators',
  descriptionHeading: 'From the memo',
  narrativeHeading: 'Development',
  notesHeading: 'Notes',
  definitionsHeading: 'Definitions and notes',
  facts: {
    owner: 'Owner',
    measure: 'Measure',
    wanted: 'Wanted direction',
    comparison: 'Comparison',
    periodType: 'Counted per',
    status: 'Status',
  },
  noOwner: 'Not yet decided',
  notApplicable: '–',
  significant: 'statistically significant',
  notSignificant: 'not statistically significant',
  status: {
    improved: '▲ Improved',
    unchanged: '● Unchanged',
    worsened: '▼ Worsened',
    not_assessable: '○ Cannot be assessed',
    under_examination: '◆ Under examination',
    no_data: '○ No data yet',
    followed: '◇ Followed',
  },
  verdictHeading: 'Overall verdict',
  longRunHeader: 'Long run / target',
  targetFact: "The council's target",
  targetsBlock: {
    heading: "The council's targets",
    none: 'The council has not set targets for the indicators in the report.',
    paragraphs: [
      'A target is for the target group\'s level or for the gap to the comparison group in a target year. Progress is judged on the weighted trend of the published periods since the baseline with its 95 % confidence interval: "on track" when the whole interval points towards the target and the trend reaches it by the target year; "moving away" when the whole interval points away; otherwise "needs faster progress". With fewer than three periods progress cannot be assessed. Every target is kept in versions; earlier targets are preserved.',
    ],
  },
  targetVersion: (baseline, version, date) => `baseline ${baseline}; version ${version}, ${date}`,
  firstPeriod: 'the first period',
  groups: { target: 'Target group', comparison: 'Danish origin', other: 'Others', total: 'Total' },
  groupsCitizenship: { target: 'Target group (citizenship)', comparison: 'Danish citizens', other: 'Others', total: 'Total' },
  citizenshipShort: 'Danish citizens',
  headlineIndex: (index) => `${EN_INDEX_NAMES[index] ?? index}, all residents`,
  tableCaption: (title) => `${title}: figures for the whole groups`,
  tableCaptionRecent: (title, periods) =>
    `${title}: figures for the whole groups, the latest ${periods} periods (the whole series is in the chart and in the dashboard's downloads)`,
  tableHeaders: ['Period', 'Group', 'Value', '95% confidence interval', 'Persons', 'Gap to the comparison group'],
  breakdownCaption: (title, period) => `${title}: broken down, ${period}`,
  breakdownHeaders: ['Breakdown', 'Target group', 'Comparison group', 'Gap'],
  indexCaption: (title) => `${title}: indices for the whole municipality`,
  coverageHeading: 'Coverage',
  coverageText: (share, pooled) =>
    pooled === 0 ? `${share} of residents in published areas` : `${share} of residents in published areas; ${pooled} ${pooled === 1 ? 'area' : 'areas'} pooled`,
  notComputable: 'cannot be computed',
  segregationReasons: {
    municipality_suppressed: "suppressed: the municipality's own counts per group are suppressed",
    too_few_units: 'cannot be computed: fewer than two units with residents',
    empty_group: 'cannot be computed: one of the groups has no residents',
  },
  segregationPooling:
    "The indices are computed over all residents of the housing areas. Areas where a figure is suppressed count together as one unit (the municipality's figures minus the published areas' and the residents without a housing area; if their number is suppressed, they are in the unit), so no suppressed figure can be derived; this makes the segregation indices slightly lower and the diversity slightly higher than area by area. The coverage is the share of residents in published areas.",
  indexNames: EN_INDEX_NAMES,
  areasCaption: (period) => `The housing areas ${period}`,
  areasHeaders: ['Housing area', 'Residents', 'Target group share', "Simpson's index"],
  areasChartTitle: (period) => `Target group share of the residents in the housing areas ${period}`,
  areasReference: '50%',
  areasFlag: 'over 50%',
  areasRamp: 'Share',
  chartTitle: (title) => `${title}: target and comparison group over time`,
  gapChartTitle: (title) => `${title}: gap to the comparison group`,
  indexChartTitle: (title) => `${title}: development`,
  chartAlt: (series) => `The chart shows: ${series}.`,
  gapSeries: 'Gap (target minus comparison group)',
  noGap: 'No gap',
  intervalLegend: '95% confidence interval',
  suppressedLegend: 'suppressed (too few persons)',
  yLabels: { percent: 'Share', per1000: 'Per 1,000', count: 'Number', grade: 'Grade point average', index: 'Index' },
  gapYLabels: { percent: 'Percentage points', per1000: 'Per 1,000', count: 'Number', grade: 'Grade points', index: 'Index' },
  interval: (text) => `95% confidence interval: ${text}`,
  definitionUsed: {
    origin: "The target group is defined by origin (Statistics Denmark's definition).",
    citizenship: 'The target group is defined by citizenship (the fallback, because origin could not be determined).',
  },
  definitionNone: 'No deliveries yet; the target group will be defined as the catalogue says',
  sourceNote: (source, delivery) => `Source: ${source}. ${delivery}`,
  deliveryText: (period, version, date) => `Latest delivery (${period}): version ${version}, loaded ${date}.`,
  suppressedNote: 'Figures marked "suppressed" rest on so few persons – or could be worked out from such figures – that they are not shown.',
  standardisedNote: (period, value, interval) =>
    `Age-standardised to the comparison group's age structure, the target group's value was ${value} ${period} (95% confidence interval ${interval}). The gap to the comparison group is shown age-standardised first.`,
  standardisedMissingNote: (period, why, judged) =>
    `The target group's age-standardised figure ${period}: ${why}.${judged ? ' The status is judged on the age-standardised figure and therefore cannot be assessed.' : ''} The other figures are without age standardisation.`,
  standardisedMissing: {
    suppressed: 'suppressed, because the figure for an age band is suppressed',
    not_computable: 'cannot be computed, because there are no figures for every age band',
  },
  standardisedGapDetail: 'age-standardised',
  crudeGapDetail: (gap) => `without age standardisation: ${gap}`,
  gapStandardisedSeries: 'Age-standardised gap (target minus comparison group)',
  gapCrudeSeries: 'Gap without age standardisation',
  standardisedSeries: (group) => `${group}, age-standardised`,
  crudeSeries: (group) => `${group}, without age standardisation`,
  deliveredNote: (note) => `Note from the delivery: ${note}`,
  thirdGenerationFromData: (justification) =>
    `Third-generation immigrants (children of descendants) are included in the target group in the delivered figures. Justification: ${justification}`,
  notStated: 'not stated',
  definitionBlocks: {
    groups: {
      heading: 'Target group and comparison group',
      paragraphs: [
        "The target group is refugees and immigrants and descendants with a non-Western background. As a starting point the group is defined by origin following Statistics Denmark's rules: a person is of Danish origin if at least one parent is a Danish citizen born in Denmark; otherwise the person is an immigrant (born abroad) or a descendant (born in Denmark). Western countries are the EU, the United Kingdom, Andorra, Iceland, Liechtenstein, Monaco, Norway, San Marino, Switzerland, Vatican City, Canada, the USA, Australia and New Zealand; all other countries are non-Western.",
        'The comparison group is persons of Danish origin. Where origin cannot be determined, the target group is defined by citizenship (refugees and persons with a non-Western citizenship), and the comparison group is then Danish citizens.',
      ],
    },
    perIndicator: 'Definition used for each indicator',
    thirdGeneration: 'Third generation',
    noThirdGeneration: 'None of the indicators in the report includes third-generation immigrants in the target group.',
    suppression: {
      heading: 'Suppression',
      paragraphs: (threshold) => [
        `To protect personal data, no figure based on 1 to ${threshold - 1} persons is shown – neither numerator, denominator nor mean. Figures that, together with other shown figures, would allow such a figure to be worked out are hidden too (secondary suppression). Hidden figures read "suppressed" – never 0 and never missing data.`,
      ],
    },
    suppressedCount: (title, count) => `${title}: ${count} ${count === 1 ? 'figure is' : 'figures are'} suppressed.`,
    uncertainty: {
      heading: 'Statistical uncertainty',
      paragraphs: [
        'Shares and rates per 1,000 are shown with 95% Wilson confidence intervals, means with t-intervals. The gap between the target group and the comparison group has its own interval.',
        "A change is called statistically significant when a test at the 5% level shows it is unlikely to be chance: for shares a two-proportion test, for means Welch's t-test and for counts an exact test. The housing-area indices are computed for all residents and carry no sampling uncertainty.",
      ],
    },
    sources: 'Sources',
    quality: 'Data quality',
    qualityNone: 'There are no remarks on data quality.',
    missingPeriods: (title, periods) => `${title}: there is no delivery for ${periods}.`,
    underExamination: (title) => `${title}: the indicator is still under examination and has no figures.`,
    citizenshipFallback: (title) =>
      `${title}: the target group is defined by citizenship, so the figures cannot be compared directly with indicators defined by origin.`,
  },
};

/** The report's fixed words in a language. */
export function reportWords(lang: Lang): ReportWords {
  return lang === 'da' ? DA : EN;
}
