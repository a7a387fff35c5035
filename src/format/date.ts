/**
 * Dates as a Danish reader writes them: `1. oktober 2025` (English: `1 October 2025`). Plain
 * dates are calendar dates and never shift; timestamps are shown on the Copenhagen calendar.
 */
import type { Lang } from '../catalogue/index.ts';

const MONTHS: Readonly<Record<Lang, readonly string[]>> = {
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

const copenhagenParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * A date in words. Accepts `YYYY-MM-DD` or a full ISO timestamp (shown as the date it was in
 * Copenhagen). Text that is not a date is returned unchanged rather than invented.
 *
 * @example formatDate('2025-10-01', 'da') // '1. oktober 2025'
 * @example formatDate('2025-10-01', 'en') // '1 October 2025'
 */
export function formatDate(iso: string, lang: Lang): string {
  const parts = dateParts(iso);
  if (parts === null) return iso;
  const [year, month, day] = parts;
  const monthName = MONTHS[lang][month - 1];
  if (monthName === undefined) return iso;
  return lang === 'da' ? `${day}. ${monthName} ${year}` : `${day} ${monthName} ${year}`;
}

/** The name of a month (1–12) in the language, lower case in Danish. */
export function monthName(month: number, lang: Lang): string {
  return MONTHS[lang][month - 1] ?? String(month);
}

function dateParts(iso: string): [number, number, number] | null {
  const plain = DATE_ONLY.exec(iso.trim());
  if (plain !== null) return [Number(plain[1]), Number(plain[2]), Number(plain[3])];
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return null;
  const local = DATE_ONLY.exec(copenhagenParts.format(new Date(time)));
  return local === null ? null : [Number(local[1]), Number(local[2]), Number(local[3])];
}

const copenhagenClock = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Copenhagen', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/**
 * A moment as a reader in the municipality writes it: the Copenhagen date in words and the
 * Copenhagen clock (`6. december 2026 kl. 21.51`; English `6 December 2026, 21:51`). A plain date
 * stays a date; text that is no time is returned unchanged.
 *
 * @example formatTimestamp('2026-07-01T10:05:00Z', 'da') // '1. juli 2026 kl. 12.05'
 */
export function formatTimestamp(iso: string, lang: Lang): string {
  if (DATE_ONLY.test(iso.trim())) return formatDate(iso, lang);
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const clock = copenhagenClock.format(new Date(time));
  return lang === 'da' ? `${formatDate(iso, lang)} kl. ${clock.replace(':', '.')}` : `${formatDate(iso, lang)}, ${clock}`;
}
