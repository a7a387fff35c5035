/**
 * The parts of the report page: front page, contents, summary, one section per indicator and the
 * definitions chapter. Every text is escaped; the charts are the renderer's SVG, inline.
 */
import type { ReportFact, ReportModel, ReportSection, ReportTextBlock } from '../model/index.ts';
import { escapeHtml } from './escape.ts';
import { htmlTable } from './html-table.ts';

/** Anchors of the fixed chapters. */
export const ANCHORS = { summary: 'sammenfatning', freeze: 'datagrundlag', definitions: 'definitioner' } as const;

function facts(list: readonly ReportFact[]): string {
  return `<dl class="facts">${list.map((f) => `<dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(f.value)}</dd>`).join('')}</dl>`;
}

/** The front page. */
export function coverHtml(model: ReportModel): string {
  const { cover } = model;
  return `<header class="cover">
<div class="municipality">${escapeHtml(cover.municipality)}</div>
<h1>${escapeHtml(cover.title)}</h1>
<p class="subtitle">${escapeHtml(cover.subtitle)}</p>
${facts(cover.facts)}
</header>`;
}

/** The table of contents, linking to every chapter and indicator. */
export function contentsHtml(model: ReportModel): string {
  const link = (id: string, text: string) => `<li><a href="#${escapeHtml(id)}">${escapeHtml(text)}</a></li>`;
  const indicators = model.sections.map((s) => link(s.id, s.title)).join('');
  return `<nav class="toc" aria-labelledby="toc-heading">
<h2 id="toc-heading">${escapeHtml(model.labels.contents)}</h2>
<ol>
${link(ANCHORS.summary, model.summary.heading)}
<li>${escapeHtml(model.labels.indicatorsHeading)}<ol>${indicators}</ol></li>
${link(ANCHORS.definitions, model.definitions.heading)}
${link(ANCHORS.freeze, model.labels.appendixHeading)}
</ol>
</nav>`;
}

/** The summary chapter: the verdict, the introduction and the summary table. */
export function summaryHtml(model: ReportModel): string {
  const s = model.summary;
  return `<section class="chapter" id="${ANCHORS.summary}">
<h1>${escapeHtml(s.heading)}</h1>
<h2 class="verdict-heading">${escapeHtml(s.verdict.heading)}</h2>
${s.verdict.paragraphs.map((p) => `<p class="verdict">${escapeHtml(p)}</p>`).join('\n')}
${s.intro.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${htmlTable(s.table, 'summary')}
${s.comparison === undefined ? '' : htmlTable(s.comparison, 'comparison-summary')}
</section>`;
}

/** The appendix: the delivery versions behind every figure (the data freeze), after the definitions. */
export function appendixHtml(model: ReportModel): string {
  const s = model.summary;
  return `<section class="chapter" id="${ANCHORS.freeze}">
<h1>${escapeHtml(model.labels.appendixHeading)}</h1>
<h2>${escapeHtml(s.freezeHeading)}</h2>
<p>${escapeHtml(s.freezeIntro)}</p>
${htmlTable(s.freeze, 'freeze')}
</section>`;
}

/** One indicator's section: a committee reader meets what happened (the account) before the memo's text. */
export function sectionHtml(section: ReportSection, model: ReportModel): string {
  const { labels } = model;
  const charts = section.charts.map((c) => `<figure>\n${c.svg}\n<figcaption>${escapeHtml(c.title)}</figcaption>\n</figure>`).join('\n');
  return `<section class="chapter indicator" id="${escapeHtml(section.id)}">
<h1>${escapeHtml(section.title)}</h1>
${facts(section.facts)}
<h2>${escapeHtml(labels.narrativeHeading)}</h2>
<p class="narrative">${escapeHtml(section.narrative)}</p>
<h2>${escapeHtml(labels.descriptionHeading)}</h2>
<p class="memo">${escapeHtml(section.description)}</p>
${charts}
${section.tables.map((t) => htmlTable(t)).join('\n')}
<h2>${escapeHtml(labels.notesHeading)}</h2>
<ul class="notes">${section.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>
</section>`;
}

function blockHtml(block: ReportTextBlock): string {
  const paragraphs = block.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  const bullets = block.bullets.length === 0 ? '' : `<ul>${block.bullets.map((b) => `<li>${escapeHtml(b)}</li>`).join('')}</ul>`;
  return `<h2>${escapeHtml(block.heading)}</h2>\n${paragraphs}\n${bullets}`;
}

/** The definitions and notes chapter. */
export function definitionsHtml(model: ReportModel): string {
  return `<section class="chapter" id="${ANCHORS.definitions}">
<h1>${escapeHtml(model.definitions.heading)}</h1>
${model.definitions.blocks.map(blockHtml).join('\n')}
</section>`;
}
