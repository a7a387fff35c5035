/**
 * A short text in both of the product's languages. Users are Danish municipal analysts; scripts and
 * logs often want English. Every message that reaches a person carries both.
 */

/** A message in Danish and in English. */
export interface LocalText {
  readonly da: string;
  readonly en: string;
}

/** The two languages a message can be rendered in. */
export type Language = 'da' | 'en';
