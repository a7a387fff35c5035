/**
 * The report as plain data: every text already written in the reader's language, every number
 * already formatted and suppressed, every chart already drawn as SVG. The HTML, Word and PDF
 * renderers only lay this out, so the three formats cannot disagree about a single figure.
 */
import type { Lang } from '../../catalogue/index.ts';

/** How a status or a cell is coloured (never the only signal: the text says it too). */
export type Tone = 'good' | 'bad' | 'neutral' | 'muted';

/** One table cell: the text, an optional second line in small type, an optional tone. */
export interface ReportCell {
  readonly text: string;
  readonly detail?: string;
  readonly tone?: Tone;
  /** The id of the section the cell links to (the indicator's title in the summary). */
  readonly anchor?: string;
}

/** A table with a caption, its header row and left/right alignment per column. */
export interface ReportTable {
  readonly caption: string;
  readonly headers: readonly string[];
  readonly align: readonly ('left' | 'right')[];
  readonly rows: readonly (readonly ReportCell[])[];
}

/** A chart drawn by the shared renderer (`src/charts`): standalone SVG and its text alternative. */
export interface ReportChart {
  readonly id: string;
  readonly title: string;
  readonly alt: string;
  readonly svg: string;
}

/** A label and its value, for the short facts under a heading ("Ansvarlig: Center for …"). */
export interface ReportFact {
  readonly label: string;
  readonly value: string;
}

/** One indicator's section. */
export interface ReportSection {
  /** Anchor and bookmark id: the indicator id. */
  readonly id: string;
  readonly title: string;
  readonly facts: readonly ReportFact[];
  /** The memo's text for the indicator. */
  readonly description: string;
  /** The generated account of the figures, one paragraph. */
  readonly narrative: string;
  readonly charts: readonly ReportChart[];
  readonly tables: readonly ReportTable[];
  /** Definition used, third generation, suppression and source for this indicator. */
  readonly notes: readonly string[];
}

/** A heading with paragraphs and bullet points (the definitions and notes). */
export interface ReportTextBlock {
  readonly heading: string;
  readonly paragraphs: readonly string[];
  readonly bullets: readonly string[];
}

/** The front page. */
export interface ReportCover {
  readonly title: string;
  readonly subtitle: string;
  readonly municipality: string;
  /** "Seneste periode for hver indikator" or the chosen period. */
  readonly period: string;
  /** The date in words ("1. oktober 2025"). */
  readonly date: string;
  /** "Data indlæst til og med 30. september 2025". */
  readonly dataFreeze: string;
  readonly facts: readonly ReportFact[];
}

/** The whole report. */
export interface ReportModel {
  readonly lang: Lang;
  readonly cover: ReportCover;
  /** Words the renderers need around the content (headings, table of contents, footer). */
  readonly labels: ReportLabels;
  readonly summary: {
    readonly heading: string;
    /** The written verdict that opens the report: what goes well, badly, on track (from the statuses). */
    readonly verdict: { readonly heading: string; readonly paragraphs: readonly string[] };
    readonly intro: readonly string[];
    readonly table: ReportTable;
    /** Own, the whole country and the peers for every indicator with a comparison; absent without. */
    readonly comparison?: ReportTable;
    readonly freezeHeading: string;
    readonly freezeIntro: string;
    readonly freeze: ReportTable;
  };
  readonly sections: readonly ReportSection[];
  readonly definitions: {
    readonly heading: string;
    readonly blocks: readonly ReportTextBlock[];
  };
}

export interface ReportLabels {
  readonly documentTitle: string;
  readonly contents: string;
  /** Footer: "Side {page} af {pages}" with those two placeholders. */
  readonly pageOf: string;
  readonly indicatorsHeading: string;
  readonly descriptionHeading: string;
  readonly narrativeHeading: string;
  readonly notesHeading: string;
  /** The appendix that holds the delivery versions behind the figures (a committee paper's body leads with the findings). */
  readonly appendixHeading: string;
  /** Word's table of contents, before the reader updates it. */
  readonly contentsHint: string;
}
