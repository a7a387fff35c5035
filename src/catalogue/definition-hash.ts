/**
 * A fingerprint of the indicator definitions: two installations whose hashes agree compute every
 * figure the same way, so their published figures can stand side by side. One hash per indicator
 * (so a refusal can name the indicator that differs) and one over all of them.
 */
import { createHash } from 'node:crypto';
import type { Catalogue } from './catalogue.ts';
import type { Variant } from './schema/definition-schema.ts';
import type { Indicator } from './schema/indicator-schema.ts';
import { secondFigures } from './variant-breakdown.ts';

/** JSON with object keys sorted, so that the hash does not depend on the order keys were written in. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export interface DefinitionHashes {
  /** sha256 over every indicator's hash, in the catalogue's order. */
  readonly catalogue: string;
  /** sha256 of each indicator's definition, by indicator id. */
  readonly indicators: Readonly<Record<string, string>>;
}

/**
 * Fields that change how a figure is shown or who owns it, never the figure itself: a reworded
 * title, a new owner or another display order leaves the figures comparable. So does the official
 * definition an indicator cites (`official_definition`): citing a source or rewording how the
 * product deviates from it computes nothing differently; nor does marking a series break
 * (`series_breaks`), which says that the data changed, not how the product computes. Everything else — the measure,
 * population, numerator, period type, group definition, breakdowns, age standardisation, the
 * person-level columns, and any field added later — is part of the hash.
 */
const PRESENTATION_FIELDS: ReadonlySet<string> = new Set([
  'order',
  'title',
  'description',
  'owners',
  'status',
  'display',
  'source',
  'wanted',
  'official_definition',
  'variants',
  'series_breaks',
]);

/**
 * The variant the figures follow is part of the definition: choosing another default computes
 * other figures. Its id enters the hash, and so does every second figure (a computed variant
 * published beside the default) with its relation to the default (and the cells the relation
 * names: `of`, `among`), which the suppression rule relies on: two installations that publish different second figures, or relate them
 * differently, do not publish the same cells. (The second figures' labels also enter through the
 * `variant` breakdown the loader adds.) The wording of the variants and the variants not computed
 * (stated, not published) are presentation — `population` and `numerator`, which are hashed,
 * describe the default in words. An indicator without variants hashes as before.
 */
function figuresVariants(indicator: Indicator): { figures_variant?: string; second_figures?: Pick<Variant, 'id' | 'relation' | 'of' | 'among'>[] } {
  // `of` and `among` say which cells the relation ties the figure to (absent ones leave the hash as before).
  const second = secondFigures(indicator).map((v) => ({ id: v.id, relation: v.relation, of: v.of, among: v.among }));
  return {
    figures_variant: indicator.variants.find((v) => v.default)?.id,
    ...(second.length === 0 ? {} : { second_figures: second }),
  };
}

/** The definitions' hashes of a catalogue. */
export function definitionHashes(catalogue: Catalogue): DefinitionHashes {
  const indicators: Record<string, string> = {};
  for (const indicator of catalogue.indicators) {
    const definition = Object.fromEntries(Object.entries(indicator).filter(([key]) => !PRESENTATION_FIELDS.has(key)));
    indicators[indicator.id] = sha256(canonicalJson({ ...definition, ...figuresVariants(indicator) }));
  }
  const catalogueHash = sha256(catalogue.ids.map((id) => `${id}:${indicators[id] ?? ''}`).join('\n'));
  return { catalogue: catalogueHash, indicators };
}
