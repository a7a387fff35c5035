/**
 * Sex as registers write it: M/K (mand/kvinde), or a digit read as the last digit of a CPR number —
 * odd is a man, even is a woman (so Statistics Denmark's 1/2 works too). English male/female and F are
 * accepted as well.
 */
import { EMPTY, invalid, ok, type ParseResult } from './parse-result.ts';

/** M (mand, male) or K (kvinde, female). */
export type Sex = 'M' | 'K';

const WORDS: Readonly<Record<string, Sex>> = {
  m: 'M',
  mand: 'M',
  male: 'M',
  k: 'K',
  kvinde: 'K',
  f: 'K',
  female: 'K',
};

/**
 * @example parseSex('K') → ok 'K'; parseSex('1') → ok 'M'; parseSex('2') → ok 'K'; parseSex('x') → invalid
 */
export function parseSex(text: string): ParseResult<Sex> {
  const t = text.trim().toLowerCase();
  if (t.length === 0) return EMPTY;
  const word = WORDS[t];
  if (word !== undefined) return ok(word);
  if (/^\d$/.test(t)) return ok(Number(t) % 2 === 1 ? 'M' : 'K');
  return invalid('forventet M/K eller 1/2', 'expected M/K (male/female) or 1/2');
}
