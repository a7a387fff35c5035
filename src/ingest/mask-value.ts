/**
 * What an error message may quote from a file. A CPR number must never reach an error message
 * (DATA.md §4), so values from identifying columns are never shown, and neither is anything that looks
 * like a CPR number in any other column — a shifted row can put an identifier anywhere.
 */

const CPR_SHAPED = /\d{6}-?\d{4}/;
const MAX_SHOWN = 40;
/** Digits with single separators between them, as people write a CPR number: `DDMMYY SSSS`, `DD.MM.YY-SSSS`. */
const SEPARATED_DIGITS = /\d(?:[\s.\-\u2010-\u2015\u2212/_'’]?\d)+/g;
const DATE_START = /^(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d\d/;

/**
 * True when the text contains a CPR number in any of the ways it gets written: ten digits in a row
 * (DDMMYYSSSS, or DDMMYY-SSSS), or ten digits broken by spaces, dots, dashes or slashes whose first
 * six are a date. Full-width and other Unicode digits count as digits (NFKC, then every decimal
 * digit of any script), so `０１０１９０-１２３４` is caught too.
 * @example containsCprShape('2023-2024 1234') === false (20 23 is no date); a CPR written with a space, dots or a dash is caught
 */
export function containsCprShape(text: string): boolean {
  const plain = asciiDigits(text.normalize('NFKC'));
  if (CPR_SHAPED.test(plain)) return true;
  for (const match of plain.matchAll(SEPARATED_DIGITS)) {
    const digits = match[0].replace(/\D/g, '');
    for (let i = 0; i + 10 <= digits.length; i++) if (DATE_START.test(digits.slice(i, i + 10))) return true;
  }
  return false;
}

/**
 * `text` with every identifier-shaped run replaced by `#`, for names that must be kept (a file
 * name is shown and stored): the ten digits and whatever separates them.
 * @example withoutIdentifiers('levering 2023-2024.csv') === 'levering 2023-2024.csv' (a CPR number in the name would become '#')
 */
export function withoutIdentifiers(text: string): string {
  const plain = asciiDigits(text.normalize('NFKC'));
  return plain.replace(SEPARATED_DIGITS, (run) => (containsCprShape(run) ? '#' : run));
}

/** Every Unicode decimal digit (Arabic-Indic, Devanagari …) as its ASCII digit. */
function asciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (ch) => String(digitValue(ch.codePointAt(0) ?? 0x30)));
}

/** Unicode puts each script's digits 0–9 in ten consecutive code points; find this one's zero. */
function digitValue(codePoint: number): number {
  // ASCII digits are nearly every digit the product sees; the search below tests a regex per step.
  if (codePoint >= 0x30 && codePoint <= 0x39) return codePoint - 0x30;
  let zero = codePoint;
  while (zero > 0 && codePoint - zero < 9 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
  return (codePoint - zero) % 10;
}

/**
 * The value as it may appear in a message, or `undefined` when it must not appear at all
 * (identifying column, CPR-shaped content, or nine digits in a row). Long values are cut and control characters shown as '?'.
 * @example showableValue('abc', false) === 'abc'; showableValue('x', true) === undefined
 */
export function showableValue(value: string, identifying: boolean): string | undefined {
  // Nine digits in a row may be a CPR number whose leading zero a spreadsheet dropped.
  if (identifying || containsCprShape(value) || /\d{9}/.test(asciiDigits(value.normalize('NFKC')))) return undefined;
  const clean = withoutControlCharacters(value);
  return clean.length > MAX_SHOWN ? `${clean.slice(0, MAX_SHOWN)}…` : clean;
}

/** A header name as it may appear in a message (CPR-shaped names are masked, e.g. a file without header). */
export function showableName(name: string): string {
  return showableValue(name, false) ?? '(skjult / hidden)';
}

function withoutControlCharacters(text: string): string {
  let clean = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    clean += code < 0x20 || code === 0x7f ? '?' : ch;
  }
  return clean;
}
