/**
 * The two languages of the product. Danish comes first everywhere (the memo, the committee and
 * the interface are Danish); English is the second language for every text in the catalogue.
 */

/** A language the product speaks. */
export type Lang = 'da' | 'en';

/** A text in both languages, as every title and description in the catalogue carries it. */
export interface Localized {
  readonly da: string;
  readonly en: string;
}
