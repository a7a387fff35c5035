/**
 * The closing chapter, "Definitioner og noter": the target and comparison groups, the definition
 * each indicator used (and the official definition it follows or deviates from, and its variants), the third generation and why, suppression, statistical uncertainty,
 * sources and the data-quality notes (undelivered periods, the citizenship fallback, indicators
 * under examination, suppressed figures and the caller's own notes).
 */
import { definitionUsed, definitionUsedStatement, type Indicator, type Lang, officialDefinitionStatement, variantsStatement } from '../../catalogue/index.ts';
import { formatDate, formatPeriodLabel } from '../../format/index.ts';
import { targetSentence } from '../../narrative/index.ts';
import type { TargetView } from '../../services/targets.ts';
import type { ResultRow } from '../../cells/index.ts';
import { missingPeriods } from './periods.ts';
import type { ReportTextBlock } from './report-model.ts';
import type { ReportWords } from './report-words.ts';
import { definitionNotes, thirdGenerationNote } from './section-notes.ts';

export interface DefinitionEntry {
  readonly indicator: Indicator;
  /** The indicator's publishable rows up to the report's period. */
  readonly rows: readonly ResultRow[];
  /** The council's target with its progress, or null. */
  readonly target?: TargetView | null;
}

interface Context {
  readonly lang: Lang;
  readonly words: ReportWords;
}

function block(heading: string, paragraphs: readonly string[], bullets: readonly string[] = []): ReportTextBlock {
  return { heading, paragraphs, bullets };
}

/** Each indicator's group definition, the official definition it follows or deviates from, its variants, and the definition used with its version (issue 14). */
function perIndicator(entries: readonly DefinitionEntry[], c: Context): ReportTextBlock {
  const bullets = entries.map(({ indicator, rows }) => {
    const url = indicator.official_definition.url;
    const notes = [
      ...definitionNotes({ indicator, ...c }, rows),
      officialDefinitionStatement(indicator, c.lang) + (url === undefined ? '' : ` (${url})`),
      variantsStatement(indicator, c.lang),
      // What is counted and the definitions' version a reader can hold against an exported file (issue 14).
      definitionUsedStatement(definitionUsed(indicator), c.lang, { withVariant: false }),
    ];
    return `${indicator.title[c.lang]}: ${notes.filter((n) => n !== undefined).join(' ')}`;
  });
  return block(c.words.definitionBlocks.perIndicator, [], bullets);
}

function thirdGeneration(entries: readonly DefinitionEntry[], c: Context): ReportTextBlock {
  const bullets = entries.flatMap(({ indicator, rows }) => {
    const note = thirdGenerationNote({ indicator, ...c }, rows);
    return note === null ? [] : [`${indicator.title[c.lang]}: ${note}`];
  });
  return block(c.words.definitionBlocks.thirdGeneration, bullets.length === 0 ? [c.words.definitionBlocks.noThirdGeneration] : [], bullets);
}

function suppression(entries: readonly DefinitionEntry[], threshold: number, c: Context): ReportTextBlock {
  const d = c.words.definitionBlocks;
  const bullets = entries.flatMap(({ indicator, rows }) => {
    const count = rows.filter((r) => r.suppressed).length;
    return count === 0 ? [] : [d.suppressedCount(indicator.title[c.lang], count)];
  });
  return block(d.suppression.heading, d.suppression.paragraphs(threshold), bullets);
}

/** The council's targets: what each is, its baseline, version and decision, and how progress is judged. */
function targets(entries: readonly DefinitionEntry[], c: Context): ReportTextBlock {
  const t = c.words.targetsBlock;
  const bullets = entries.flatMap(({ indicator, target }) => {
    if (target === undefined || target === null) return [];
    const baseline = target.target.baseline === null ? c.words.firstPeriod : formatPeriodLabel(target.target.baseline, c.lang);
    const version = c.words.targetVersion(baseline, target.target.version, formatDate(target.target.createdAt, c.lang));
    return [`${indicator.title[c.lang]}: ${targetSentence({ lang: c.lang, display: indicator.display, target: target.target })} (${version})`];
  });
  return block(t.heading, bullets.length === 0 ? [t.none] : t.paragraphs, bullets);
}

function sources(entries: readonly DefinitionEntry[], c: Context): ReportTextBlock {
  return block(
    c.words.definitionBlocks.sources,
    [],
    entries.map(({ indicator }) => `${indicator.title[c.lang]}: ${indicator.source[c.lang]}`),
  );
}

function quality(entries: readonly DefinitionEntry[], extra: readonly string[], c: Context): ReportTextBlock {
  const d = c.words.definitionBlocks;
  const bullets = entries.flatMap(({ indicator, rows }) => {
    const title = indicator.title[c.lang];
    const notes: string[] = [];
    if (indicator.status === 'under_examination' && rows.length === 0) notes.push(d.underExamination(title));
    const missing = missingPeriods(rows.map((r) => r.period));
    if (missing.length > 0) notes.push(d.missingPeriods(title, missing.map((p) => formatPeriodLabel(p, c.lang)).join(', ')));
    if (rows.some((r) => r.definition === 'citizenship')) notes.push(d.citizenshipFallback(title));
    return notes;
  });
  const all = [...bullets, ...extra];
  return block(d.quality, all.length === 0 ? [d.qualityNone] : [], all);
}

/** The blocks of the definitions chapter. */
export function definitionBlocks(entries: readonly DefinitionEntry[], threshold: number, qualityNotes: readonly string[], c: Context): ReportTextBlock[] {
  const d = c.words.definitionBlocks;
  return [
    block(d.groups.heading, d.groups.paragraphs),
    perIndicator(entries, c),
    thirdGeneration(entries, c),
    suppression(entries, threshold, c),
    block(d.uncertainty.heading, d.uncertainty.paragraphs),
    targets(entries, c),
    sources(entries, c),
    quality(entries, qualityNotes, c),
  ];
}
