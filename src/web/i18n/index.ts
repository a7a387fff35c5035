/**
 * The interface's two languages: Danish by default, English by a visible switch. A request's
 * language comes from `?lang=` (which also sets a cookie), then the cookie, then Danish.
 */
import type { Lang } from '../../catalogue/index.ts';
import { type Dictionary, da } from './da.ts';
import { en } from './en.ts';

export type { Dictionary };

const DICTIONARIES: Readonly<Record<Lang, Dictionary>> = { da, en };

/** The dictionary for a language. */
export function dictionary(lang: Lang): Dictionary {
  return DICTIONARIES[lang];
}

/** Reads a language code; anything else is undefined. */
export function parseLang(value: string | undefined): Lang | undefined {
  return value === 'da' || value === 'en' ? value : undefined;
}

/** The language of a request: the query wins over the cookie; Danish when neither says. */
export function resolveLang(query: string | undefined, cookie: string | undefined): Lang {
  return parseLang(query) ?? parseLang(cookie) ?? 'da';
}
