/** The words of the comparison section (own municipality, the whole country, the peers), in both languages. */
import type { Lang } from '../../catalogue/index.ts';

const da = {
  heading: 'Sammenligning med hele landet og sammenlignelige kommuner',
  intro: (period: string, peers: string) => `${period}. Sammenligningskommuner: ${peers}. Tallene er offentliggjorte tal, diskretioneret efter samme regel som kommunens egne.`,
  group: 'Gruppe',
  own: 'Kommunen',
  country: 'Hele landet',
  gap: 'Forskel til hele landet',
  median: 'Sammenligningskommuner, median',
  range: 'Spænd (laveste–højeste)',
  rank: 'Placering',
  rankOf: (rank: number, of: number) => `${rank} af ${of}`,
  rankNote: 'Placering 1 = højeste værdi blandt kommunen og sammenligningskommunerne; vises kun når alle har et tal.',
  withValue: (n: number, of: number) => `${n} af ${of} med tal`,
  peersHeading: 'Hver sammenligningskommune',
  municipality: 'Kommune',
  noFigure: 'intet tal',
  imported: 'Tal for andre kommuner og hele landet er importeret fra deres offentliggjorte tal (samme definitioner).',
  synthetic: 'Syntetiske tal: demoens landsdækkende sæt er genereret, ikke virkelige kommuners tal.',
};

type ComparisonWords = typeof da;

const en: ComparisonWords = {
  heading: 'Compared with the whole country and similar municipalities',
  intro: (period, peers) => `${period}. Peers: ${peers}. The figures are published figures, suppressed by the same rule as the municipality's own.`,
  group: 'Group',
  own: 'The municipality',
  country: 'Whole country',
  gap: 'Gap to the whole country',
  median: 'Peers, median',
  range: 'Range (lowest–highest)',
  rank: 'Rank',
  rankOf: (rank, of) => `${rank} of ${of}`,
  rankNote: 'Rank 1 = the highest value among the municipality and its peers; shown only when all have a figure.',
  withValue: (n, of) => `${n} of ${of} with a figure`,
  peersHeading: 'Each peer',
  municipality: 'Municipality',
  noFigure: 'no figure',
  imported: "Other municipalities' and the country's figures are imported from their published figures (same definitions).",
  synthetic: "Synthetic figures: the demo's national set is generated, not real municipalities' figures.",
};

export function comparisonWords(lang: Lang): ComparisonWords {
  return lang === 'da' ? da : en;
}
