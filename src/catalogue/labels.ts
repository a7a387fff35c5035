/**
 * The words a reader sees for the catalogue's codes — measure kinds, wanted directions, statuses,
 * comparisons, period types — in Danish and English, kept in one place so the command line, the
 * web app and the report say the same thing.
 */
import type { Lang } from '../language/index.ts';
import { comparePeriodTexts } from './periods/index.ts';
import type { PeriodType } from './periods/period.ts';
import type { Comparison, Indicator, IndicatorStatus, Wanted } from './schema/indicator-schema.ts';
import type { SeriesBreak, Variant } from './schema/definition-schema.ts';
import type { Measure } from './schema/measure-schema.ts';

type Words<K extends string> = Readonly<Record<Lang, Readonly<Record<K, string>>>>;

const WANTED_WORDS: Words<Wanted> = {
  da: {
    increase: 'stigning ønskes',
    decrease: 'fald ønskes',
    parity: 'på niveau med sammenligningsgruppen',
    follow: 'følges',
  },
  en: {
    increase: 'increase wanted',
    decrease: 'decrease wanted',
    parity: 'at the level of the comparison group',
    follow: 'followed',
  },
};

const STATUS_WORDS: Words<IndicatorStatus> = {
  da: { active: 'aktiv', under_examination: 'undersøges' },
  en: { active: 'active', under_examination: 'under examination' },
};

const COMPARISON_WORDS: Words<Comparison> = {
  da: {
    comparison_group: 'sammenlignes med personer med dansk oprindelse',
    context: 'personer med dansk oprindelse vises til orientering',
    none: 'ingen sammenligning',
  },
  en: {
    comparison_group: 'compared with persons of Danish origin',
    context: 'persons of Danish origin shown as context',
    none: 'no comparison',
  },
};

const PERIOD_TYPE_WORDS: Words<PeriodType> = {
  da: { calendar_year: 'kalenderår', oct_sep: '1. oktober – 30. september', school_year: 'skoleår', election: 'kommunalvalg' },
  en: { calendar_year: 'calendar year', oct_sep: '1 October – 30 September', school_year: 'school year', election: 'municipal election' },
};

/** "stigning ønskes" / "increase wanted", … */
export function wantedLabel(wanted: Wanted, lang: Lang): string {
  return WANTED_WORDS[lang][wanted];
}

/** "aktiv" / "undersøges" (and English). */
export function statusLabel(status: IndicatorStatus, lang: Lang): string {
  return STATUS_WORDS[lang][status];
}

/** How the target group is compared, in words. */
export function comparisonLabel(comparison: Comparison, lang: Lang): string {
  return COMPARISON_WORDS[lang][comparison];
}

/** "kalenderår", "skoleår", … */
export function periodTypeLabel(periodType: PeriodType, lang: Lang): string {
  return PERIOD_TYPE_WORDS[lang][periodType];
}

/**
 * The measure in words: "andel", "pr. 1.000", "antal", "gennemsnit (7-trinsskalaen)",
 * "diversitetsindeks".
 */
export function measureLabel(measure: Measure, lang: Lang): string {
  const da = lang === 'da';
  switch (measure.kind) {
    case 'share':
      return da ? 'andel' : 'share';
    case 'rate':
      return da ? 'hyppighed pr. 1.000' : 'rate per 1,000';
    case 'count':
      return da ? 'antal' : 'count';
    case 'mean':
      return da ? `gennemsnit (${measure.scale})` : `mean (${measure.scale})`;
    case 'index':
      return da ? 'diversitetsindeks' : 'diversity index';
  }
}

/**
 * The statement every output of an indicator that includes the third generation must carry
 * (memo, paragraph 3), or undefined when it does not include them.
 */
export function thirdGenerationStatement(indicator: Indicator, lang: Lang): string | undefined {
  const { included, justification } = indicator.third_generation;
  if (!included || justification === undefined) return undefined;
  return lang === 'da'
    ? `Tredjegenerationsindvandrere (børn af efterkommere) indgår i målgruppen. Begrundelse: ${justification.da}`
    : `Third-generation immigrants (children of descendants) are included in the target group. Justification: ${justification.en}`;
}

/**
 * What the indicator's definition follows, in one sentence every output carries (issue 14): the
 * official definition followed, deviated from (with how and why), or that none exists. The address
 * is `official_definition.url`, which each output shows in its own way (a link, a line).
 */
export function officialDefinitionStatement(indicator: Indicator, lang: Lang): string {
  const { status, source, note } = indicator.official_definition;
  const da = lang === 'da';
  const how = note === undefined ? '' : ` ${note[lang]}`;
  switch (status) {
    case 'followed':
      return da ? `Følger den officielle definition: ${source.da}.${how}` : `Follows the official definition: ${source.en}.${how}`;
    case 'deviates':
      return da ? `Afviger fra den officielle definition (${source.da}).${how}` : `Deviates from the official definition (${source.en}).${how}`;
    case 'none':
      return da ? `Ingen officiel definition: ${source.da}` : `No official definition: ${source.en}`;
  }
}

/**
 * The indicator's named variants, the default first with its reason, or undefined when it has
 * none: "Tallene følger: Forløb påbegyndt i året — …. Andre varianter: Forløb i gang i året (vist
 * som andet tal: …); …(beregnes ikke; kræver …)." A second figure carries its definition, a
 * variant not computed the column it needs.
 */
export function variantsStatement(indicator: Indicator, lang: Lang): string | undefined {
  const chosen = indicator.variants.find((v) => v.default);
  if (chosen === undefined) return undefined;
  const da = lang === 'da';
  const reason = chosen.reason === undefined ? '' : ` — ${chosen.reason[lang]}`;
  const others = indicator.variants.filter((v) => v !== chosen).map((v) => `${v.label[lang]} (${otherVariantNote(v, lang)})`);
  const head = da ? `Tallene følger: ${chosen.label.da}${reason}` : `The figures follow: ${chosen.label.en}${reason}`;
  if (others.length === 0) return head;
  return `${head} ${da ? 'Andre varianter' : 'Other variants'}: ${others.join('; ')}.`;
}

/** What a non-default variant is: a second figure with its definition, or what it needs. */
function otherVariantNote(v: Variant, lang: Lang): string {
  const da = lang === 'da';
  if (v.computed) return `${da ? 'vist som andet tal' : 'shown as a second figure'}: ${stripStop(v.definition[lang])}`;
  const needs = v.needs === undefined ? '' : `; ${da ? 'kræver' : 'needs'} ${stripStop(v.needs[lang])}`;
  return `${da ? 'beregnes ikke' : 'not computed'}${needs}`;
}

function stripStop(text: string): string {
  return text.trim().replace(/\.$/, '');
}

/** The definition shown with a second figure wherever it appears: "Forløb i gang i året: …". */
export function secondFigureStatement(v: Variant, lang: Lang): string {
  const da = lang === 'da';
  return `${da ? 'Andet tal, ikke standarddefinitionen' : 'A second figure, not the default definition'} — ${v.label[lang]}: ${v.definition[lang]}`;
}

/** The series break a period falls in (periods compared as the catalogue orders them), or undefined. */
export function seriesBreakAt(indicator: Indicator, period: string): SeriesBreak | undefined {
  return indicator.series_breaks.find((b) => comparePeriodTexts(b.from, period) <= 0 && comparePeriodTexts(period, b.to) <= 0);
}

/** The mark a period in a series break carries in tables (explained by `seriesBreakStatement`). */
export const SERIES_BREAK_MARK = '†';

/** "Brud i serien 2019/2020–2021/2022: …", for notes under tables and charts. */
export function seriesBreakStatement(seriesBreak: SeriesBreak, lang: Lang): string {
  const span = seriesBreak.from === seriesBreak.to ? seriesBreak.from : `${seriesBreak.from}–${seriesBreak.to}`;
  return lang === 'da'
    ? `${SERIES_BREAK_MARK} Brud i serien ${span}: ${seriesBreak.label.da}`
    : `${SERIES_BREAK_MARK} Series break ${span}: ${seriesBreak.label.en}`;
}

/** A chart's series-break band: which of the drawn periods it covers, with its words. */
export interface SeriesBreakSpan {
  readonly from: number;
  readonly to: number;
  readonly label: string;
  readonly title: string;
}

/**
 * The series breaks among `periods` (the periods a chart draws, in order) as index spans, for
 * the charts of the dashboard and the report alike; a break none of whose periods is drawn is left out.
 */
export function seriesBreakSpans(indicator: Indicator, periods: readonly string[], lang: Lang): SeriesBreakSpan[] {
  return indicator.series_breaks.flatMap((b) => {
    const inside = periods.flatMap((p, i) => (seriesBreakAt(indicator, p) === b ? [i] : []));
    const from = inside[0];
    const to = inside.at(-1);
    if (from === undefined || to === undefined) return [];
    return [{ from, to, label: lang === 'da' ? 'Brud i serien' : 'Series break', title: seriesBreakStatement(b, lang) }];
  });
}
