/**
 * The definitions block every indicator page carries (PRODUCT.md, "What each figure must carry"):
 * population and numerator, the official definition it follows or deviates from and its variants, what the figures count with the
 * definitions' version (the hash every file carries), the group definition actually used (origin, or the citizenship
 * fallback), whether the third generation is included and why, age standardisation, the source,
 * and the delivery version and date behind the latest figures.
 */
import {
  comparisonLabel,
  definitionUsed,
  definitionUsedStatement,
  type Indicator,
  type Lang,
  measureLabel,
  officialDefinitionStatement,
  periodTypeLabel,
  thirdGenerationStatement,
  variantsStatement,
  wantedLabel,
} from '../../catalogue/index.ts';
import { formatDate, formatTimestamp } from '../../format/index.ts';
import type { Definition } from '../../origin/types.ts';
import type { ResultRow } from '../../cells/index.ts';
import type { Target } from '../../cells/index.ts';
import { targetSentence } from '../../narrative/index.ts';
import { html, type SafeHtml } from '../html.ts';
import type { Dictionary } from '../i18n/index.ts';

export interface DefinitionsInput {
  readonly indicator: Indicator;
  /** The row the latest headline figure comes from, for its definition and delivery. */
  readonly latest: ResultRow | undefined;
  readonly lang: Lang;
  readonly dict: Dictionary;
  /** The council's target in force, or null. */
  readonly target?: Target | null;
}

/** "60,0 % for målgruppen i 2028 (…), basis 2015, version 2 af 6. marts 2026". */
function targetText(target: Target, indicator: Indicator, lang: Lang): string {
  const sentence = targetSentence({ lang, display: indicator.display, target });
  const baseline = target.baseline ?? (lang === 'da' ? 'første periode' : 'the first period');
  const version =
    lang === 'da'
      ? `basisperiode ${baseline}; version ${target.version}, ${formatDate(target.createdAt, lang)}`
      : `baseline ${baseline}; version ${target.version}, ${formatDate(target.createdAt, lang)}`;
  return `${sentence} (${version})`;
}

function item(term: string, description: string | SafeHtml): SafeHtml {
  return html`<div class="definition"><dt>${term}</dt><dd>${description}</dd></div>`;
}

function thirdGeneration(indicator: Indicator, latest: ResultRow | undefined, lang: Lang, dict: Dictionary): string {
  const statement = thirdGenerationStatement(indicator, lang);
  if (statement !== undefined) return statement;
  if (latest?.thirdGeneration === true && latest.thirdGenerationJustification !== null) {
    return lang === 'da'
      ? `Tredjegenerationsindvandrere (børn af efterkommere) indgår i målgruppen. Begrundelse: ${latest.thirdGenerationJustification}`
      : `Third-generation immigrants (children of descendants) are included in the target group. Justification: ${latest.thirdGenerationJustification}`;
  }
  return dict.thirdGenerationExcluded;
}

/** What the definition follows (issue 14), with a link to the official source where there is one. */
function officialDefinition(indicator: Indicator, lang: Lang): SafeHtml {
  const url = indicator.official_definition.url;
  const statement = officialDefinitionStatement(indicator, lang);
  // The host as the link's text: a deep address is one unbreakable word wider than a phone.
  return url === undefined ? html`${statement}` : html`${statement} <a href="${url}" rel="noopener">${new URL(url).hostname}</a>`;
}

/** The definitions as a description list. */
export function definitionsBlock(input: DefinitionsInput): SafeHtml {
  const { indicator, latest, lang, dict } = input;
  const d = dict.definitions;
  const definition: Definition = latest?.definition ?? indicator.group_definition;
  const delivery = latest?.delivery;
  const variants = variantsStatement(indicator, lang);
  return html`<dl class="definitions">
${indicator.owners.length > 0 ? item(d.owners, indicator.owners.join(', ')) : ''}
${item(d.population, indicator.population[lang])}
${item(d.numerator, indicator.numerator[lang])}
${item(d.officialDefinition, officialDefinition(indicator, lang))}
${variants === undefined ? '' : item(d.variants, variants)}
${item(d.definitionUsed, definitionUsedStatement(definitionUsed(indicator), lang, { withVariant: false }))}
${item(d.measure, measureLabel(indicator.measure, lang))}
${item(d.comparison, comparisonLabel(indicator.comparison, lang))}
${item(d.wanted, wantedLabel(indicator.wanted, lang))}
${input.target === undefined || input.target === null ? '' : item(d.target, targetText(input.target, indicator, lang))}
${item(d.periodType, periodTypeLabel(indicator.period_type, lang))}
${item(d.groupDefinition, definition === 'citizenship' ? dict.definitionCitizenship : dict.definitionOrigin)}
${item(d.thirdGeneration, thirdGeneration(indicator, latest, lang, dict))}
${item(d.ageStandardisation, indicator.age_standardised ? dict.ageStandardised : dict.notAgeStandardised)}
${item(d.source, delivery === undefined || delivery.source === '' ? indicator.source[lang] : html`${indicator.source[lang]} <span class="muted">(${dict.deliverySources[delivery.source] ?? delivery.source})</span>`)}
${delivery === undefined ? '' : item(d.delivery, dict.deliveryText(delivery.version, delivery.id, formatTimestamp(delivery.createdAt, lang)))}
</dl>`;
}
