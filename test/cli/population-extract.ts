/**
 * A small synthetic population extract for `indikator classify`, with the classification of every
 * person derived by hand from DATA.md §1–2, and renderers that write it in each accepted form:
 * English or Danish headers (with ae/oe/aa or with æ/ø/å), ',' or ';', UTF-8, UTF-8 with BOM or
 * Windows-1252, country names in Danish or English or as ISO codes, sex as M/K or 1/2, and XLSX.
 */
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

type Country = 'DK' | 'TR' | 'SY' | 'XS' | 'AT' | 'FO';

/** One person as the register knows them (countries as codes; rendered per spelling). */
export interface Person {
  id: string;
  birth: [number, number, number];
  sex: 'M' | 'K';
  born: Country;
  citizen: Country;
  motherId?: string;
  fatherId?: string;
  motherBorn?: Country;
  motherCitizen?: Country;
  fatherBorn?: Country;
  fatherCitizen?: Country;
  refugee: boolean;
  area: string;
  municipality: string;
}

/**
 * The extract, in file order. The grandchild comes first, before its mother and grandmother, so
 * that links must work forwards as well as backwards.
 */
export const PERSONS: readonly Person[] = [
  // Child of a descendant: mother P000102 is an efterkommer (her own row), father P000104 an
  // immigrant; no parent is of Danish origin → third generation. The mother is a Danish citizen
  // born in Denmark, so dk(mother) makes the child dansk_oprindelse; origin country is the
  // descendant mother's origin country, TR.
  {
    id: 'P000103',
    birth: [2015, 9, 20],
    sex: 'M',
    born: 'DK',
    citizen: 'DK',
    motherId: 'P000102',
    fatherId: 'P000104',
    refugee: false,
    area: 'Åbyhøj',
    municipality: '751',
  },
  // Immigrant born in Turkey, no parents known → indvandrer, TR.
  { id: 'P000101', birth: [1970, 3, 12], sex: 'K', born: 'TR', citizen: 'TR', refugee: false, area: 'Nørrebro', municipality: '751' },
  // Born in Denmark to P000101 (linked by mother_id) and a Turkish father → efterkommer, TR (mother's birth country).
  {
    id: 'P000102',
    birth: [1992, 6, 1],
    sex: 'K',
    born: 'DK',
    citizen: 'DK',
    motherId: 'P000101',
    fatherBorn: 'TR',
    fatherCitizen: 'TR',
    refugee: false,
    area: 'Åbyhøj',
    municipality: '751',
  },
  // Refugee from Syria → indvandrer, SY, and target under either definition.
  { id: 'P000104', birth: [1985, 1, 15], sex: 'M', born: 'SY', citizen: 'SY', refugee: true, area: 'Gellerup', municipality: '751' },
  // Stateless, born in Denmark, no parents known → efterkommer (foreign citizenship), origin XS, non-Western.
  { id: 'P000105', birth: [2000, 2, 29], sex: 'K', born: 'DK', citizen: 'XS', refugee: false, area: 'Gellerup', municipality: '751' },
  // Western immigrant from Austria → indvandrer, AT, vestlig → other.
  { id: 'P000106', birth: [1978, 11, 30], sex: 'M', born: 'AT', citizen: 'AT', refugee: false, area: '', municipality: '751' },
  // Danish: mother a Danish citizen born in Denmark (by columns) → dansk_oprindelse, DK.
  {
    id: 'P000107',
    birth: [1960, 4, 4],
    sex: 'K',
    born: 'DK',
    citizen: 'DK',
    motherBorn: 'DK',
    motherCitizen: 'DK',
    refugee: false,
    area: '',
    municipality: '751',
  },
  // Born on the Faroe Islands, Danish citizen, no parents → indvandrer, FO (Western: part of the Realm) → other.
  { id: 'P000108', birth: [1990, 12, 24], sex: 'M', born: 'FO', citizen: 'DK', refugee: false, area: '', municipality: '751' },
  // Turkish citizen of Danish origin: the mother (not a row of the extract, so her columns decide)
  // is dk(p) → dansk_oprindelse, DK → comparison by origin, target by citizenship.
  {
    id: 'P000109',
    birth: [1999, 7, 7],
    sex: 'K',
    born: 'DK',
    citizen: 'TR',
    motherId: 'P000999',
    motherBorn: 'DK',
    motherCitizen: 'DK',
    refugee: false,
    area: '',
    municipality: '751',
  },
];

/** The hand-derived classification of each person, in file order. */
export interface Expected {
  id: string;
  origin_group: string;
  origin_country: string;
  origin_region: string;
  third_generation: string;
  refugee: string;
  /** Group under the origin definition without the third generation (the default). */
  group: string;
  /** Group with `--third-generation`. */
  groupThird: string;
  /** Group with `--definition citizenship`. */
  groupCitizenship: string;
}

export const EXPECTED: readonly Expected[] = [
  {
    id: 'P000103',
    origin_group: 'dansk_oprindelse',
    origin_country: 'TR',
    origin_region: 'ikke_vestlig',
    third_generation: 'true',
    refugee: 'false',
    group: 'comparison',
    groupThird: 'target',
    groupCitizenship: 'comparison',
  },
  {
    id: 'P000101',
    origin_group: 'indvandrer',
    origin_country: 'TR',
    origin_region: 'ikke_vestlig',
    third_generation: 'false',
    refugee: 'false',
    group: 'target',
    groupThird: 'target',
    groupCitizenship: 'target',
  },
  {
    id: 'P000102',
    origin_group: 'efterkommer',
    origin_country: 'TR',
    origin_region: 'ikke_vestlig',
    third_generation: 'false',
    refugee: 'false',
    group: 'target',
    groupThird: 'target',
    groupCitizenship: 'comparison',
  },
  {
    id: 'P000104',
    origin_group: 'indvandrer',
    origin_country: 'SY',
    origin_region: 'ikke_vestlig',
    third_generation: 'false',
    refugee: 'true',
    group: 'target',
    groupThird: 'target',
    groupCitizenship: 'target',
  },
  {
    id: 'P000105',
    origin_group: 'efterkommer',
    origin_country: 'XS',
    origin_region: 'ikke_vestlig',
    third_generation: 'false',
    refugee: 'false',
    group: 'target',
    groupThird: 'target',
    groupCitizenship: 'target',
  },
  {
    id: 'P000106',
    origin_group: 'indvandrer',
    origin_country: 'AT',
    origin_region: 'vestlig',
    third_generation: 'false',
    refugee: 'false',
    group: 'other',
    groupThird: 'other',
    groupCitizenship: 'other',
  },
  {
    id: 'P000107',
    origin_group: 'dansk_oprindelse',
    origin_country: 'DK',
    origin_region: 'vestlig',
    third_generation: 'false',
    refugee: 'false',
    group: 'comparison',
    groupThird: 'comparison',
    groupCitizenship: 'comparison',
  },
  {
    id: 'P000108',
    origin_group: 'indvandrer',
    origin_country: 'FO',
    origin_region: 'vestlig',
    third_generation: 'false',
    refugee: 'false',
    group: 'other',
    groupThird: 'other',
    groupCitizenship: 'comparison',
  },
  {
    id: 'P000109',
    origin_group: 'dansk_oprindelse',
    origin_country: 'DK',
    origin_region: 'vestlig',
    third_generation: 'false',
    refugee: 'false',
    group: 'comparison',
    groupThird: 'comparison',
    groupCitizenship: 'target',
  },
];

/** How a country is written: Danish name, English name, or ISO code (alpha-3 where there is one). */
export type Spelling = 'da' | 'en' | 'code';

const SPELLINGS: Record<Spelling, Record<Country, string>> = {
  da: { DK: 'Danmark', TR: 'Tyrkiet', SY: 'Syrien', XS: 'Statsløs', AT: 'Østrig', FO: 'Færøerne' },
  en: { DK: 'Denmark', TR: 'Turkey', SY: 'Syria', XS: 'Stateless', AT: 'Austria', FO: 'Faroe Islands' },
  code: { DK: 'DK', TR: 'TUR', SY: 'SYR', XS: 'XXA', AT: 'AUT', FO: 'FRO' },
};

/** Header sets: the contract's English names, the Danish aliases in ASCII, and with æ/ø/å. */
export const HEADERS = {
  en: [
    'person_id',
    'birth_date',
    'sex',
    'birth_country',
    'citizenship',
    'mother_id',
    'father_id',
    'mother_birth_country',
    'mother_citizenship',
    'father_birth_country',
    'father_citizenship',
    'refugee',
    'area',
    'municipality',
  ],
  da: [
    'cpr',
    'foedselsdato',
    'koen',
    'foedeland',
    'statsborgerskab',
    'mor_id',
    'far_id',
    'mor_foedeland',
    'mor_statsborgerskab',
    'far_foedeland',
    'far_statsborgerskab',
    'flygtning',
    'boligomraade',
    'kommune',
  ],
  daLetters: [
    'CPR',
    'Fødselsdato',
    'Køn',
    'Fødeland',
    'Statsborgerskab',
    'Mor_id',
    'Far_id',
    'Mor fødeland',
    'Mor statsborgerskab',
    'Far fødeland',
    'Far statsborgerskab',
    'Flygtning',
    'Boligområde',
    'Kommune',
  ],
} as const;

/** How one rendering writes the cells. */
export interface Style {
  header: keyof typeof HEADERS;
  born: Spelling;
  citizen: Spelling;
  sex: 'MK' | 'digit';
  date: 'iso' | 'dmy';
  refugee: [string, string];
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** One person's cells as text, in header order. */
export function personCells(p: Person, style: Style): string[] {
  const [y, m, d] = p.birth;
  const country = (c: Country | undefined, s: Spelling) => (c === undefined ? '' : SPELLINGS[s][c]);
  return [
    p.id,
    style.date === 'iso' ? `${y}-${pad(m)}-${pad(d)}` : `${pad(d)}-${pad(m)}-${y}`,
    style.sex === 'MK' ? p.sex : p.sex === 'M' ? '1' : '2',
    country(p.born, style.born),
    country(p.citizen, style.citizen),
    p.motherId ?? '',
    p.fatherId ?? '',
    country(p.motherBorn, style.born),
    country(p.motherCitizen, style.citizen),
    country(p.fatherBorn, style.born),
    country(p.fatherCitizen, style.citizen),
    p.refugee ? style.refugee[0] : style.refugee[1],
    p.area,
    p.municipality,
  ];
}

/** The extract (or `persons`) as CSV text with `separator`, CRLF line ends as Excel writes them. */
export function extractCsv(
  style: Style,
  separator: ',' | ';',
  persons: readonly Person[] = PERSONS,
  header: readonly string[] = HEADERS[style.header],
): string {
  const quote = (v: string) => (v.includes(separator) || v.includes('"') ? `"${v.replaceAll('"', '""')}"` : v);
  const lines = [header, ...persons.map((p) => personCells(p, style))].map((cells) => cells.map(quote).join(separator));
  return `${lines.join('\r\n')}\r\n`;
}

/** Writes `text` to `file` as UTF-8, UTF-8 with BOM, or Windows-1252 bytes. */
export function writeText(file: string, text: string, encoding: 'utf-8' | 'utf-8-bom' | 'windows-1252'): void {
  if (encoding === 'windows-1252') writeFileSync(file, iconv.encode(text, 'windows-1252'));
  else writeFileSync(file, encoding === 'utf-8-bom' ? `\ufeff${text}` : text, 'utf8');
}

/**
 * The extract as an XLSX workbook: birth dates as real date cells, the municipality as a number.
 * With `coverSheet`, a first sheet with an explanatory text comes before the data sheet `Befolkning`.
 */
export async function writeExtractXlsx(file: string, style: Style, coverSheet: boolean): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  if (coverSheet) workbook.addWorksheet('Forside').addRow(['Befolkningsudtræk, se arket Befolkning']);
  const sheet = workbook.addWorksheet('Befolkning');
  sheet.addRow([...HEADERS[style.header]]);
  for (const p of PERSONS) {
    const cells: unknown[] = personCells(p, style);
    cells[1] = new Date(Date.UTC(p.birth[0], p.birth[1] - 1, p.birth[2]));
    cells[13] = Number(p.municipality);
    sheet.addRow(cells);
  }
  sheet.getColumn(2).numFmt = 'yyyy-mm-dd';
  await workbook.xlsx.writeFile(file);
}
