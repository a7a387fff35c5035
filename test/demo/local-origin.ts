/**
 * A tiny, independent re-statement of DATA.md §1 for checking the demo's origin mix from its
 * CSV files alone (the product's own classifier is tested elsewhere; this must not depend on it).
 */

const WESTERN = new Set(['SE', 'NO', 'DE', 'PL', 'RO', 'GB', 'US']);
const SPELLINGS: Readonly<Record<string, string>> = {
  SWE: 'SE',
  NOR: 'NO',
  DEU: 'DE',
  POL: 'PL',
  ROU: 'RO',
  GBR: 'GB',
  USA: 'US',
  TUR: 'TR',
  SYR: 'SY',
  IRQ: 'IQ',
  IRN: 'IR',
  AFG: 'AF',
  SOM: 'SO',
  ERI: 'ER',
  PAK: 'PK',
  LBN: 'LB',
  BIH: 'BA',
  VNM: 'VN',
  LKA: 'LK',
  UKR: 'UA',
  THA: 'TH',
  PHL: 'PH',
  IND: 'IN',
  CHN: 'CN',
  MAR: 'MA',
  Tyrkiet: 'TR',
  Syrien: 'SY',
  Irak: 'IQ',
  Afghanistan: 'AF',
  Somalia: 'SO',
};
const ALPHA2 = new Set([
  'DK',
  'SE',
  'NO',
  'DE',
  'PL',
  'RO',
  'GB',
  'US',
  'TR',
  'SY',
  'IQ',
  'IR',
  'AF',
  'SO',
  'ER',
  'PK',
  'LB',
  'BA',
  'VN',
  'LK',
  'UA',
  'TH',
  'PH',
  'IN',
  'CN',
  'MA',
]);

/** Alpha-2 code of a spelling, null for empty; throws on a spelling the demo must not use. */
export function code(text: string): string | null {
  if (text === '') return null;
  if (ALPHA2.has(text)) return text;
  const found = SPELLINGS[text];
  if (found === undefined) throw new Error(`unexpected country spelling ${text}`);
  return found;
}

export type Row = Readonly<Record<string, string>>;

interface Parent {
  birth: string | null;
  citizenship: string | null;
  originGroup: string | null;
}

export interface LocalOrigin {
  originGroup: 'dansk_oprindelse' | 'indvandrer' | 'efterkommer';
  originCountry: string;
  thirdGeneration: boolean;
}

/** Classifies every row of a population extract, following parent links inside the extract. */
export function classifyAll(rows: readonly Row[]): Map<string, LocalOrigin> {
  const byId = new Map(rows.map((r) => [r.person_id ?? '', r]));
  const result = new Map<string, LocalOrigin>();
  const parentOf = (row: Row, who: 'mother' | 'father'): Parent | null => {
    const linked = byId.get(row[`${who}_id`] ?? '');
    if (linked !== undefined) {
      return { birth: code(linked.birth_country ?? ''), citizenship: code(linked.citizenship ?? ''), originGroup: classify(linked).originGroup };
    }
    const birth = code(row[`${who}_birth_country`] ?? '');
    const citizenship = code(row[`${who}_citizenship`] ?? '');
    return birth === null && citizenship === null ? null : { birth, citizenship, originGroup: null };
  };
  const classify = (row: Row): LocalOrigin => {
    const done = result.get(row.person_id ?? '');
    if (done !== undefined) return done;
    const birth = code(row.birth_country ?? '');
    const citizenship = code(row.citizenship ?? '');
    const parents = [parentOf(row, 'mother'), parentOf(row, 'father')].filter((p): p is Parent => p !== null);
    const dk = (p: Parent) => p.birth === 'DK' && p.citizenship === 'DK';
    let originGroup: LocalOrigin['originGroup'];
    if (parents.length === 0) originGroup = birth !== 'DK' ? 'indvandrer' : citizenship === 'DK' ? 'dansk_oprindelse' : 'efterkommer';
    else originGroup = parents.some(dk) ? 'dansk_oprindelse' : birth === 'DK' ? 'efterkommer' : 'indvandrer';
    const first = parents[0];
    let originCountry = 'DK';
    if (originGroup !== 'dansk_oprindelse') {
      if (first === undefined) originCountry = (birth !== 'DK' ? birth : citizenship) ?? 'XX';
      else originCountry = (first.birth === 'DK' ? first.citizenship : first.birth) ?? 'XX';
    }
    const thirdGeneration = parents.some((p) => p.originGroup === 'efterkommer') && !parents.some((p) => p.originGroup === 'dansk_oprindelse');
    const origin = { originGroup, originCountry, thirdGeneration };
    result.set(row.person_id ?? '', origin);
    return origin;
  };
  for (const row of rows) classify(row);
  return result;
}

/** Non-Western immigrant or descendant, or refugee: the memo's target group (origin definition). */
export function isTarget(row: Row, origin: LocalOrigin): boolean {
  if (row.refugee === '1') return true;
  return origin.originGroup !== 'dansk_oprindelse' && !WESTERN.has(origin.originCountry);
}

export function isWesternOrigin(origin: LocalOrigin): boolean {
  return origin.originGroup !== 'dansk_oprindelse' && WESTERN.has(origin.originCountry);
}

/** Reads a plain demo CSV (no quoted cells) into rows keyed by header. */
export function parseCsv(text: string): Row[] {
  const [header, ...lines] = text.trimEnd().split('\n');
  const columns = (header ?? '').split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    if (cells.length !== columns.length) throw new Error(`row with ${cells.length} cells: ${line}`);
    return Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']));
  });
}
