/** A report table as an HTML table: caption, header row, cells with their detail line and tone. */
import type { ReportCell, ReportTable } from '../model/index.ts';
import { escapeHtml } from './escape.ts';

function cellContent(cell: ReportCell): string {
  const text = cell.anchor === undefined ? escapeHtml(cell.text) : `<a href="#${escapeHtml(cell.anchor)}">${escapeHtml(cell.text)}</a>`;
  const detail = cell.detail === undefined ? '' : `<span class="detail">${escapeHtml(cell.detail)}</span>`;
  return `${text}${detail}`;
}

function classes(cell: ReportCell, align: 'left' | 'right' | undefined): string {
  const list = [align === 'right' ? 'right' : '', cell.tone === undefined ? '' : `tone-${cell.tone}`].filter((c) => c !== '');
  return list.length === 0 ? '' : ` class="${list.join(' ')}"`;
}

/** Tables this short are kept on one page, so a caption is never left alone at a page's foot. */
const KEEP_ROWS = 15;

/** Renders a table; `className` is added to the `<table>`. */
export function htmlTable(table: ReportTable, className = ''): string {
  const head = table.headers.map((h, i) => `<th scope="col"${table.align[i] === 'right' ? ' class="right"' : ''}>${escapeHtml(h)}</th>`).join('');
  const body = table.rows.map((row) => `<tr>${row.map((cell, i) => `<td${classes(cell, table.align[i])}>${cellContent(cell)}</td>`).join('')}</tr>`).join('\n');
  const names = [className, table.rows.length <= KEEP_ROWS ? 'keep' : ''].filter((c) => c !== '');
  const cls = names.length === 0 ? '' : ` class="${escapeHtml(names.join(' '))}"`;
  return `<table${cls}>\n<caption>${escapeHtml(table.caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}
