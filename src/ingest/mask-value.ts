/**
 * What an error message may quote from a file. A CPR number must never reach an error message
 * (DATA.md §4), so values from identifying columns are never shown, and neither is anything that looks
 * like a CPR number in any other column — a shifted row can put an identifier anywhere.
 */

const CPR_SHAPED = /\d{6}-?\d{4}/;
const MAX_SHOWN = 40;

/** True when the text contains ten digits shaped like a CPR number (DDMMYY-SSSS or DDMMYYSSSS). */
export function containsCprShape(text: string): boolean {
  return CPR_SHAPED.test(text);
}

/**
 * The value as it may appear in a message, or `undefined` when it must not appear at all
 * (identifying column, or CPR-shaped content). Long values are cut and control characters shown as '?'.
 * @example showableValue('abc', false) === 'abc'; showableValue('x', true) === undefined
 */
export function showableValue(value: string, identifying: boolean): string | undefined {
  if (identifying || containsCprShape(value)) return undefined;
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
