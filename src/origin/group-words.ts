/**
 * The one vocabulary of group words: the codes files and the API use (`target`, `comparison`,
 * `other`, `total`), the Danish words a department writes in a spreadsheet (`målgruppe`,
 * `sammenligning`, `øvrige`, `i alt`) and the data-quality notes in Danish. Reading a group from
 * a file and naming it in plain text both come here, so the two cannot drift apart.
 */
import type { DataQualityFlag } from './facts.ts';
import { DELIVERY_GROUPS, type DeliveryGroup } from './types.ts';
import type { Localized } from '../language/index.ts';

/** The Danish word written in files for each group (what `import` accepts besides the code). */
export const DANISH_GROUP_WORDS: Readonly<Record<DeliveryGroup, string>> = {
  target: 'målgruppe',
  comparison: 'sammenligning',
  other: 'øvrige',
  total: 'i alt',
};

/** Other spellings met in practice: without æøå, joined, or the longer names. */
const ALIASES: Readonly<Record<string, DeliveryGroup>> = {
  maalgruppe: 'target',
  malgruppe: 'target',
  sammenligningsgruppe: 'comparison',
  'dansk oprindelse': 'comparison',
  oevrige: 'other',
  ovrige: 'other',
  ialt: 'total',
  i_alt: 'total',
};

/**
 * The group a cell of a file names, in English or Danish, any case; `null` when it is none.
 *
 * @example parseGroupWord(' Målgruppe ') // 'target'
 * @example parseGroupWord('I alt') // 'total'
 */
export function parseGroupWord(text: string): DeliveryGroup | null {
  const word = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if ((DELIVERY_GROUPS as readonly string[]).includes(word)) return word as DeliveryGroup;
  for (const group of DELIVERY_GROUPS) if (DANISH_GROUP_WORDS[group] === word) return group;
  return ALIASES[word] ?? null;
}

/** The accepted words, for an error message: `target (målgruppe), comparison (sammenligning), …`. */
export function groupWordList(): string {
  return DELIVERY_GROUPS.map((g) => `${g} (${DANISH_GROUP_WORDS[g]})`).join(', ');
}

/** A data-quality note in Danish and English, for the command line's summary. */
export const DATA_QUALITY_WORDS: Readonly<Record<DataQualityFlag, Localized>> = {
  origin_country_unknown: { da: 'oprindelsesland ukendt (XX)', en: 'origin country unknown (XX)' },
  origin_country_stateless: { da: 'statsløs (XS)', en: 'stateless (XS)' },
  no_parent_known: { da: 'ingen kendte forældre', en: 'no parent known' },
  birth_country_unknown: { da: 'eget fødeland ukendt', en: 'own birth country unknown' },
  citizenship_unknown: { da: 'eget statsborgerskab ukendt', en: 'own citizenship unknown' },
  parent_origin_country_missing: { da: 'efterkommer-forælders oprindelsesland mangler', en: "descendant parent's origin country missing" },
};
