/**
 * The two languages of the product, in one place for every layer (pure, no imports: the error
 * base, the ingest messages, the catalogue's texts, StatBank's answers and the pages all use it).
 * Danish comes first everywhere (the memo, the committee and the interface are Danish); English
 * is the second language of every text a person reads, scripts and logs often want it.
 */

export const LANGUAGES = ['da', 'en'] as const;

/** A language the product speaks. */
export type Lang = (typeof LANGUAGES)[number];

/** A text in both languages: every title and description in the catalogue, every message to a person. */
export interface Localized {
  readonly da: string;
  readonly en: string;
}
