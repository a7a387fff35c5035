/** The day number of a `YYYY-MM-DD` text. */
import { dayOf } from '../days.ts';

export function dayOfIso(iso: string): number {
  return dayOf(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}
