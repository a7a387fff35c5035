/**
 * Values in an indicator's display unit (`percent`, `per1000`, `count`, `grade`, `index`) with the
 * catalogue's number of decimals: the one switch that turns a stored number into what a reader
 * sees, for levels, intervals, differences and axis ticks alike.
 */
import type { Display, DisplayUnit, Lang } from '../catalogue/index.ts';
import { formatNumber, formatSignedNumber } from './number.ts';
import { perThousandUnit, pointsUnit, withPercent } from './units.ts';

/**
 * A level in the display unit.
 *
 * @example formatMeasure(0.352, { unit: 'percent', decimals: 1 }, 'da') // '35,2 %'
 * @example formatMeasure(12.34, { unit: 'per1000', decimals: 1 }, 'en') // '12.3 per 1,000'
 */
export function formatMeasure(value: number, display: Display, lang: Lang): string {
  return withUnit(formatNumber(scaled(value, display.unit), display.decimals, lang), display.unit, lang);
}

/**
 * A 95 % interval in the display unit, the unit written once: `33,1–37,4 %`. When an end is
 * negative the dash gets spaces so it cannot be read as a minus: `-2,1 – 0,5`.
 */
export function formatMeasureInterval(low: number, high: number, display: Display, lang: Lang): string {
  const from = formatNumber(scaled(low, display.unit), display.decimals, lang);
  const to = formatNumber(scaled(high, display.unit), display.decimals, lang);
  const dash = low < 0 || high < 0 ? ' – ' : '–';
  return withUnit(`${from}${dash}${to}`, display.unit, lang);
}

/**
 * A difference between two values (a gap or a change): percent becomes percentage points, grades
 * become grade points. `signed` adds `+` to positive differences.
 *
 * @example formatDifference(0.021, { unit: 'percent', decimals: 1 }, 'da', true) // '+2,1 procentpoint'
 */
export function formatDifference(difference: number, display: Display, lang: Lang, signed = false): string {
  const value = scaled(difference, display.unit);
  const number = signed ? formatSignedNumber(value, display.decimals, lang) : formatNumber(value, display.decimals, lang);
  return `${number}${differenceUnit(display.unit, lang)}`;
}

/**
 * An axis tick: like a level but with as few decimals as the tick step needs.
 *
 * @example formatTick(0.25, { unit: 'percent', decimals: 1 }, 0.05, 'da') // '25 %'
 */
export function formatTick(value: number, display: Display, step: number, lang: Lang): string {
  const decimals = decimalsOf(Math.abs(scaled(step, display.unit)));
  return withUnit(formatNumber(scaled(value, display.unit), decimals, lang), display.unit, lang, true);
}

/** How many decimals a tick step has (2.5 → 1, 0.05 → 2, 10 → 0), at most 4. */
function decimalsOf(step: number): number {
  const digits = String(Number(step.toPrecision(6))).split('.')[1] ?? '';
  return Math.min(4, digits.length);
}

function scaled(value: number, unit: DisplayUnit): number {
  return unit === 'percent' ? value * 100 : value;
}

function withUnit(number: string, unit: DisplayUnit, lang: Lang, short = false): string {
  switch (unit) {
    case 'percent':
      return withPercent(number, lang);
    case 'per1000':
      return short ? number : `${number} ${perThousandUnit(lang)}`;
    case 'count':
    case 'grade':
    case 'index':
      return number;
  }
}

function differenceUnit(unit: DisplayUnit, lang: Lang): string {
  switch (unit) {
    case 'percent':
      return ` ${pointsUnit(lang)}`;
    case 'per1000':
      return ` ${perThousandUnit(lang)}`;
    case 'grade':
      return lang === 'da' ? ' karakterpoint' : ' grade points';
    case 'count':
    case 'index':
      return '';
  }
}
