/**
 * The definition a figure follows, as every output carries it (issue 14): the indicator's
 * definition hash (the version a receiver compares, `definitionHashes`), the variant, and a short
 * text saying what is counted. One home, so that the CSV files, the downloads, the API, the
 * JSON-stat export and the report say the same thing.
 */
import type { Localized } from '../language/index.ts';
import { definitionHashes } from './definition-hash.ts';
import type { Indicator } from './schema/indicator-schema.ts';

export interface DefinitionUsed {
  readonly indicator: string;
  /** sha256 (hex) of the indicator's definition: the hash the JSON-stat export writes and `import` checks. */
  readonly hash: string;
  /** The variant the figure follows (the catalogue's default, or a second figure's); null when the indicator has one definition. */
  readonly variant: string | null;
  /** The variant's name; null without variants. */
  readonly variantLabel: Localized | null;
  /** What is counted, in a sentence or two: the variant's definition, else the population and the numerator. */
  readonly text: Localized;
}

/** Indicators are frozen: each hash is computed once. */
const hashes = new WeakMap<Indicator, string>();

/** The indicator's definition hash, the same as `definitionHashes(catalogue).indicators[id]`. */
function hashOf(indicator: Indicator): string {
  let hash = hashes.get(indicator);
  if (hash === undefined) {
    const alone = { indicators: [indicator], ids: [indicator.id], get: () => indicator, has: () => true };
    hash = definitionHashes(alone).indicators[indicator.id] as string;
    hashes.set(indicator, hash);
  }
  return hash;
}

/**
 * The definition a row of the indicator follows. A row of a second figure (breakdown
 * `variant=<id>`) follows that variant; every other row the catalogue's default.
 *
 * @example definitionUsed(igu).variant // 'started'
 */
export function definitionUsed(indicator: Indicator, breakdown = ''): DefinitionUsed {
  const second = breakdown.startsWith('variant=') ? breakdown.slice('variant='.length) : undefined;
  const variant = indicator.variants.find((v) => (second === undefined ? v.default : v.id === second)) ?? null;
  return {
    indicator: indicator.id,
    hash: hashOf(indicator),
    variant: variant?.id ?? null,
    variantLabel: variant?.label ?? null,
    text: variant?.definition ?? { da: `${indicator.population.da} ${indicator.numerator.da}`, en: `${indicator.population.en} ${indicator.numerator.en}` },
  };
}

/** The first 12 hex digits of a definition hash: what a reader compares by eye (the files carry it whole). */
export function shortHash(hash: string): string {
  return hash.slice(0, 12);
}

/**
 * "Variant: …. <what is counted> Definitionsversion 1a2b3c4d5e6f." — the line a sheet or a report
 * shows. `withVariant: false` leaves the variant out where the text beside it already names it.
 */
export function definitionUsedStatement(used: DefinitionUsed, lang: 'da' | 'en', options: { withVariant?: boolean } = {}): string {
  const label = options.withVariant === false ? null : used.variantLabel;
  const variant = label === null ? '' : `Variant: ${label[lang]}. `;
  const version = lang === 'da' ? `Definitionsversion ${shortHash(used.hash)}` : `Definition version ${shortHash(used.hash)}`;
  return `${variant}${used.text[lang]} ${version}.`;
}
