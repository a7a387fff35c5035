/**
 * Numbers with their unit: shares as percentages, rates per 1,000, percentage points, grades.
 * Shares are fractions everywhere in the product (`0.352`) and become percentages only here.
 */
import type { Lang } from '../catalogue/index.ts';
import { formatNumber, formatSignedNumber } from './number.ts';

/**
 * A share (a fraction) as a percentage: Danish puts a space before the sign, English does not.
 *
 * @example formatShare(0.352, 'da') // '35,2 %'
 * @example formatShare(0.352, 'en') // '35.2%'
 */
export function formatShare(fraction: number, lang: Lang, decimals = 1): string {
  return withPercent(formatNumber(fraction * 100, decimals, lang), lang);
}

/** Appends the percent sign the way the language writes it. */
export function withPercent(number: string, lang: Lang): string {
  return lang === 'da' ? `${number} %` : `${number}%`;
}

/**
 * A rate per 1,000 persons.
 *
 * @example formatRate(12.34, 'da') // '12,3 pr. 1.000'
 * @example formatRate(12.34, 'en') // '12.3 per 1,000'
 */
export function formatRate(perThousand: number, lang: Lang, decimals = 1): string {
  return `${formatNumber(perThousand, decimals, lang)} ${perThousandUnit(lang)}`;
}

/** The words after a rate: `pr. 1.000` / `per 1,000`. */
export function perThousandUnit(lang: Lang): string {
  return lang === 'da' ? 'pr. 1.000' : 'per 1,000';
}

/**
 * A grade point average on the 7-point scale, always with one decimal.
 *
 * @example formatGrade(6.84, 'da') // '6,8'
 */
export function formatGrade(grade: number, lang: Lang): string {
  return formatNumber(grade, 1, lang);
}

/**
 * A difference between two shares (both fractions) in percentage points.
 *
 * @example formatPoints(0.031, 'da') // '3,1 procentpoint'
 * @example formatPoints(0.031, 'en') // '3.1 percentage points'
 */
export function formatPoints(fractionDifference: number, lang: Lang, decimals = 1): string {
  return `${formatNumber(fractionDifference * 100, decimals, lang)} ${pointsUnit(lang)}`;
}

/**
 * A signed difference between two shares in percentage points, for changes and gaps.
 *
 * @example formatSignedPoints(0.012, 'da')  // '+1,2 procentpoint'
 * @example formatSignedPoints(-0.004, 'en') // '-0.4 percentage points'
 */
export function formatSignedPoints(fractionDifference: number, lang: Lang, decimals = 1): string {
  return `${formatSignedNumber(fractionDifference * 100, decimals, lang)} ${pointsUnit(lang)}`;
}

/** `procentpoint` / `percentage points`. */
export function pointsUnit(lang: Lang): string {
  return lang === 'da' ? 'procentpoint' : 'percentage points';
}
