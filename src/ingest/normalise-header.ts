/**
 * How header names are compared: case does not matter, nor surrounding spaces, nor whether æ, ø, å
 * are written as such or as ae, oe, aa, nor whether words are joined by spaces, underscores or hyphens.
 * So 'Fødeland', 'foedeland' and 'FOEDELAND' are the same header, and so are 'mor id' and 'mor_id'.
 */

/**
 * The comparison key of a header name.
 * @example normaliseHeader(' Mor Fødeland ') === 'mor_foedeland'
 */
export function normaliseHeader(name: string): string {
  return name
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'oe')
    .replaceAll('å', 'aa')
    .replace(/[\s_-]+/g, '_');
}
