/**
 * The one word for a suppressed cell. Small-cell suppression (DATA.md §6) must be visible as
 * such: never a zero, never a blank that reads as "no data".
 */
import type { Lang } from '../catalogue/index.ts';

/** What a suppressed cell shows instead of its number. */
export const SUPPRESSED_LABEL: Readonly<Record<Lang, string>> = {
  da: 'diskretioneret',
  en: 'suppressed',
};

/** What a cell with no figure at all (nothing delivered) shows. */
export const MISSING_LABEL: Readonly<Record<Lang, string>> = {
  da: 'ingen data',
  en: 'no data',
};

/** What a figure that exists in principle but cannot be computed from the published data shows. */
export const NOT_COMPUTABLE_LABEL: Readonly<Record<Lang, string>> = {
  da: 'kan ikke beregnes',
  en: 'cannot be computed',
};
