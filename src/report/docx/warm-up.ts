/**
 * Warming the Word renderer up before anyone asks for a report. The table of contents' page
 * numbers are laid out by `docx/layout`, which in a fresh process first compiles its code and
 * decodes its width tables; the charts' rasteriser loads its fonts on first use. That makes the
 * first report in a process 0.5–1 s of CPU dearer than the next (BENCHMARKS.md). The dashboard
 * pays it once, when it starts, on a small report of the same shapes as the real one (front page,
 * table of contents, summary tables, chapters with facts, a chart and a table, bullets). The bytes
 * are thrown away; the real report's content is unchanged (only the docx package's process-wide
 * bookmark and picture ids move on, as they do after any earlier report).
 */
import type { ReportModel, ReportTable } from '../model/index.ts';
import { renderDocx } from './render-docx.ts';

/** A chart of the shared renderer's shape: sized SVG with text, so the rasteriser loads its fonts. */
function chartSvg(i: number): string {
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="120" viewBox="0 0 320 120">' +
    '<rect x="0" y="0" width="320" height="120" fill="#ffffff"/>' +
    `<polyline points="20,100 120,${60 + 10 * i} 220,70 300,30" fill="none" stroke="#1f4e79" stroke-width="2"/>` +
    '<text x="20" y="16" font-family="sans-serif" font-size="12">Andel, pct.</text></svg>'
  );
}

function table(caption: string, rows: number): ReportTable {
  return {
    caption,
    headers: ['Periode', 'Målgruppe', 'Sammenligning', 'Forskel'],
    align: ['left', 'right', 'right', 'right'],
    rows: Array.from({ length: rows }, (_, i) => [
      { text: String(2015 + i) },
      {
        text: `${(12.5 + i / 10).toFixed(1).replace('.', ',')} %`,
        detail: `(${(10 + i / 10).toFixed(1).replace('.', ',')}–${(15 + i / 10).toFixed(1).replace('.', ',')})`,
      },
      { text: `${(8.1 + i / 20).toFixed(1).replace('.', ',')} %`, tone: 'muted' },
      { text: `${(4.4 - i / 10).toFixed(1).replace('.', ',')} pct.-point`, tone: i % 2 === 0 ? 'good' : 'bad' },
    ]),
  };
}

/**
 * The warm-up's chapters: under load, a warm-up of three chapters could not be told apart from
 * one of six or twelve (BENCHMARKS.md), and it costs 0.7 s of CPU instead of 1.1 or 2 s.
 */
const TITLES = ['Beskæftigelse', 'Uddannelse', 'Boligområder'] as const;

const TEXT = 'Andelen i målgruppen er steget siden 2015, mens forskellen til sammenligningsgruppen er blevet mindre år for år. ';

/** The small report laid out to warm up: every kind of block the real one has, in Danish. */
export const WARM_UP_MODEL: ReportModel = {
  lang: 'da',
  cover: {
    title: 'Integrationsindikatorer',
    subtitle: 'Opvarmning',
    municipality: 'Kommune',
    period: 'Seneste periode',
    date: '1. januar 2026',
    dataFreeze: 'Data indlæst til og med 1. januar 2026',
    facts: [{ label: 'Udarbejdet', value: '1. januar 2026' }],
  },
  labels: {
    documentTitle: 'Integrationsindikatorer',
    contents: 'Indhold',
    pageOf: 'Side {page} af {pages}',
    indicatorsHeading: 'Indikatorer',
    descriptionHeading: 'Beskrivelse',
    narrativeHeading: 'Udvikling',
    notesHeading: 'Noter',
    appendixHeading: 'Bilag',
    contentsHint: 'Opdater indholdsfortegnelsen i Word.',
  },
  summary: {
    heading: 'Sammenfatning',
    verdict: { heading: 'Konklusion', paragraphs: [TEXT.repeat(3)] },
    intro: [TEXT.repeat(2)],
    table: table('Indikatorer', 6),
    comparison: table('Sammenligning med landet', 6),
    freezeHeading: 'Dataversioner',
    freezeIntro: TEXT,
    freeze: table('Leverancer', 6),
  },
  sections: TITLES.map((title, i) => ({
    id: `opvarmning-${i}`,
    title,
    facts: [
      { label: 'Ansvarlig', value: 'Jobcenter' },
      { label: 'Måltype', value: 'Andel' },
    ],
    description: TEXT.repeat(2),
    narrative: TEXT.repeat(4),
    charts: [{ id: `opvarmning-${i}`, title: 'Udvikling 2015–2025', alt: 'Linjediagram', svg: chartSvg(i) }],
    tables: [table('Andel efter gruppe', 11)],
    notes: [TEXT, TEXT],
  })),
  definitions: { heading: 'Definitioner', blocks: [{ heading: 'Herkomst', paragraphs: [TEXT.repeat(3)], bullets: [TEXT, TEXT] }] },
};

/**
 * Renders the warm-up report (with its table of contents' page numbers, as the real one) and
 * gives its bytes back, for the test that checks the layout really ran; callers ignore them.
 *
 * @example await warmUpDocx(); // 0.7 s of CPU once; the first real report then costs what later ones do
 */
export function warmUpDocx(): Promise<Buffer> {
  return renderDocx(WARM_UP_MODEL);
}
