/**
 * Plain numbers in the reader's language. Danish writes `1.234,5` (point for thousands, comma for
 * decimals); English writes `1,234.5`. Every other formatter in this folder builds on this one, so
 * the separators are decided in exactly one place.
 */
import type { Lang } from '../catalogue/index.ts';

const LOCALE: Readonly<Record<Lang, string>> = { da: 'da-DK', en: 'en-GB' };

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, decimals: number): Intl.NumberFormat {
  const key = `${lang}:${decimals}`;
  let format = cache.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(LOCALE[lang], {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: true,
    });
    cache.set(key, format);
  }
  return format;
}

/**
 * A number with a fixed number of decimals and the language's separators. Negative numbers get a
 * plain hyphen-minus; a value that rounds to zero is written without a sign.
 *
 * @example formatNumber(1234.5, 1, 'da') // '1.234,5'
 * @example formatNumber(1234.5, 1, 'en') // '1,234.5'
 */
export function formatNumber(value: number, decimals: number, lang: Lang): string {
  const text = numberFormat(lang, decimals).format(value).replace('\u2212', '-');
  return text === `-${numberFormat(lang, decimals).format(0)}` ? text.slice(1) : text;
}

/**
 * A number with an explicit sign: `+1,2`, `-0,4`, and `0,0` for a change that rounds to nothing.
 *
 * @example formatSignedNumber(1.2, 1, 'da') // '+1,2'
 */
export function formatSignedNumber(value: number, decimals: number, lang: Lang): string {
  const text = formatNumber(value, decimals, lang);
  return text.startsWith('-') || isZero(text) ? text : `+${text}`;
}

function isZero(text: string): boolean {
  return /^[0.,]+$/.test(text);
}
