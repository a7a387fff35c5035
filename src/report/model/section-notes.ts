/**
 * The notes under an indicator's section — what PRODUCT.md says every figure must carry: the
 * group definition used (origin or the citizenship fallback), the third generation and why,
 * whether anything is suppressed, the source and delivery version, the age-standardised figure
 * and the delivery's own notes.
 */
import {
  type Indicator,
  type Lang,
  secondFigureOf,
  secondFigureStatement,
  seriesBreakAt,
  seriesBreakStatement,
  thirdGenerationStatement,
} from '../../catalogue/index.ts';
import { formatDate, formatMeasure, formatMeasureInterval, formatPeriodLabel, formatPeriodPhrase } from '../../format/index.ts';
import type { ResultRow } from '../../cells/index.ts';
import type { ReportWords } from './report-words.ts';
import type { HeadlineSeries } from '../../narrative/index.ts';

interface NotesContext {
  readonly indicator: Indicator;
  readonly lang: Lang;
  readonly words: ReportWords;
}

/** The definition(s) used, from the delivered rows (the catalogue's where nothing is delivered). */
export function definitionNotes(c: NotesContext, rows: readonly ResultRow[]): string[] {
  const used = [...new Set(rows.map((r) => r.definition))];
  if (used.length === 0) return [c.words.definitionUsed[c.indicator.group_definition]];
  if (used.length === 1) return [c.words.definitionUsed[used[0] ?? 'origin']];
  return used.map((d) => {
    const periods = [...new Set(rows.filter((r) => r.definition === d).map((r) => formatPeriodLabel(r.period, c.lang)))];
    return `${c.words.definitionUsed[d]} (${periods.join(', ')})`;
  });
}

/** The third-generation statement, from the catalogue or, failing that, from the delivered rows. */
export function thirdGenerationNote(c: NotesContext, rows: readonly ResultRow[]): string | null {
  const statement = thirdGenerationStatement(c.indicator, c.lang);
  if (statement !== undefined) return statement;
  const row = rows.find((r) => r.thirdGeneration);
  if (row === undefined) return null;
  return c.words.thirdGenerationFromData(row.thirdGenerationJustification ?? c.words.notStated);
}

function sourceNote(c: NotesContext, latest: ResultRow | undefined): string {
  const source = c.indicator.source[c.lang];
  if (latest === undefined) return c.words.sourceNote(source, '').trim();
  const delivery = c.words.deliveryText(formatPeriodLabel(latest.period, c.lang), latest.delivery.version, formatDate(latest.delivery.createdAt, c.lang));
  return c.words.sourceNote(source, delivery);
}

function standardisedNote(c: NotesContext, latest: ResultRow | undefined): string | null {
  const s = latest?.standardised;
  if (latest === undefined || latest.suppressed) return null;
  if (s === null && latest.standardisedMissing !== null) {
    return c.words.standardisedMissingNote(
      formatPeriodPhrase(latest.period, c.lang),
      c.words.standardisedMissing[latest.standardisedMissing],
      c.indicator.wanted !== 'follow',
    );
  }
  if (s == null) return null;
  return c.words.standardisedNote(
    formatPeriodPhrase(latest.period, c.lang),
    formatMeasure(s.value, c.indicator.display, c.lang),
    formatMeasureInterval(s.ciLow, s.ciHigh, c.indicator.display, c.lang),
  );
}

/** The series breaks the section's periods fall in, each explained once (the tables mark the periods †). */
function seriesBreakNotes(c: NotesContext, rows: readonly ResultRow[]): string[] {
  const breaks = [...new Set(rows.map((r) => seriesBreakAt(c.indicator, r.period)))].filter((b) => b !== undefined);
  return breaks.map((b) => seriesBreakStatement(b, c.lang));
}

/** Each second figure the section's tables show (another definition beside the default), with its definition. */
function secondFigureNotes(c: NotesContext, shown: readonly ResultRow[]): string[] {
  const variants = [...new Set(shown.map((r) => secondFigureOf(c.indicator, r.breakdown)))].filter((v) => v !== undefined);
  return variants.map((v) => secondFigureStatement(v, c.lang));
}

/** Every note of a section, in reading order. `shown`: the rows the section's tables show. */
export function sectionNotes(c: NotesContext, s: HeadlineSeries, rows: readonly ResultRow[], shown: readonly ResultRow[]): string[] {
  const latest = s.primary.at(-1);
  const notes = [
    ...definitionNotes(c, rows),
    thirdGenerationNote(c, rows),
    ...seriesBreakNotes(c, rows),
    ...secondFigureNotes(c, shown),
    standardisedNote(c, latest),
    shown.some((r) => r.suppressed) ? c.words.suppressedNote : null,
    sourceNote(c, latest),
    ...[...new Set(rows.map((r) => r.note.trim()).filter((n) => n !== ''))].map(c.words.deliveredNote),
  ];
  return notes.filter((n): n is string => n !== null);
}
