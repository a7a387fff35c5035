/**
 * Escaping for markup — HTML pages, the report's HTML and SVG charts all put text from the
 * catalogue, the data and the caller through this one function, so a `<` or `&` in a title can
 * never become markup.
 */

/** Escapes text for an HTML/XML text node or a double-quoted attribute. */
export function escapeMarkup(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}
