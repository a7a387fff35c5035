/**
 * Normalisation of free-text country names, so that "Tyrkiet", " TYRKIET ", "Rumænien" and
 * "Rumaenien" meet in one lookup key. Danish letters fold to their two-letter spellings
 * (æ → ae, ø → oe, å → aa); other diacritics are dropped (ü → u, é → e); apostrophes vanish;
 * any other run of non-letters becomes a single space.
 */

const DANISH_FOLD: Readonly<Record<string, string>> = { æ: 'ae', ø: 'oe', å: 'aa', ß: 'ss' };
const PLAIN_FOLD: Readonly<Record<string, string>> = { æ: 'ae', ø: 'o', å: 'a', ß: 'ss' };

function fold(text: string, letters: Readonly<Record<string, string>>): string {
  return text
    .toLowerCase()
    .replace(/[æøåß]/g, (ch) => letters[ch] ?? ch)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’‘`´]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The lookup key for a country text: `normaliseCountryText(' Rumænien ') === 'rumaenien'`.
 * Returns '' when nothing letter-like is left.
 */
export function normaliseCountryText(text: string): string {
  return fold(text, DANISH_FOLD);
}

/**
 * Every key under which a known name is registered: the Danish fold and, where different, the
 * plain fold that writes ø as o and å as a — so "Ostrig" and "Aland" find Østrig and Åland too.
 */
export function lookupKeysFor(name: string): string[] {
  const danish = fold(name, DANISH_FOLD);
  const plain = fold(name, PLAIN_FOLD);
  return plain === danish ? [danish] : [danish, plain];
}
