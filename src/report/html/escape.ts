/**
 * Escaping for the report's HTML: every text from the catalogue, the results or the caller goes
 * through the product's one markup escape.
 */
export { escapeMarkup as escapeHtml } from '../../format/escape.ts';
