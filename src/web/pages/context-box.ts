/**
 * The "Offentlig statistik (Danmarks Statistik)" box on an indicator's page: the public StatBank
 * figures that belong beside the indicator, one small table per StatBank table, with the table id,
 * the period, the source and the date StatBank updated the table. Figures are shown as stored
 * (already suppressed); a suppressed figure reads "diskretioneret", never zero.
 */
import type { Lang } from '../../catalogue/index.ts';
import { formatDate, formatNumber, formatRate, formatShare, MISSING_LABEL, SUPPRESSED_LABEL, withPercent } from '../../format/index.ts';
import { GROUPS } from '../../origin/types.ts';
import type { ContextRow } from '../../cells/index.ts';
import { html, type SafeHtml } from '../html.ts';
import { type ContextWords, contextWords, statbankPeriod } from '../i18n/context-words.ts';

/** The groups, then the figures not split by them, then the total. */
const GROUP_ORDER: readonly string[] = [...GROUPS, 'not_split', 'total'];

function formatFigure(row: ContextRow, lang: Lang): string {
  if (row.suppressed) return SUPPRESSED_LABEL[lang];
  if (row.value === null) return MISSING_LABEL[lang];
  switch (row.unit) {
    case 'persons':
      return formatNumber(row.value, 0, lang);
    case 'share':
      return formatShare(row.value, lang);
    case 'percent':
      return withPercent(formatNumber(row.value, 1, lang), lang);
    case 'per1000':
      return formatRate(row.value, lang);
    case 'index':
      return formatNumber(row.value, 3, lang);
  }
}

function groupText(row: ContextRow, words: ContextWords): string {
  const category = row.category === '' ? undefined : words.categories[row.category];
  const group = words.groups[row.group] ?? row.group;
  return category === undefined || row.group === 'not_split' ? group : `${category} (${group.toLowerCase()})`;
}

function order(words: ContextWords) {
  const series = Object.keys(words.series);
  const rank = (list: readonly string[], item: string) => (list.includes(item) ? list.indexOf(item) : list.length);
  return (a: ContextRow, b: ContextRow) =>
    rank(series, a.series) - rank(series, b.series) ||
    rank(GROUP_ORDER, a.group) - rank(GROUP_ORDER, b.group) ||
    (a.category < b.category ? -1 : a.category > b.category ? 1 : 0);
}

function cell(row: ContextRow | undefined, lang: Lang): SafeHtml {
  if (row === undefined) return html`<td class="num"></td>`;
  return html`<td class="${row.suppressed ? 'num suppressed' : 'num'}">${formatFigure(row, lang)}</td>`;
}

/** Headline figures (breakdown ''): a row per measure and group, a column per scope. */
function scopeTable(rows: readonly ContextRow[], lang: Lang, words: ContextWords): SafeHtml {
  const keyOf = (r: ContextRow) => [r.series, r.group, r.category].join('|');
  const lines = [...new Map(rows.map((r) => [keyOf(r), r])).values()].sort(order(words));
  const scopes = (['municipal', 'national'] as const).filter((s) => rows.some((r) => r.scope === s));
  const find = (line: ContextRow, scope: string) => rows.find((r) => r.scope === scope && keyOf(r) === keyOf(line));
  return html`<thead><tr><th scope="col">${words.measure}</th><th scope="col">${words.group}</th>
${scopes.map((s) => html`<th scope="col" class="num">${s === 'municipal' ? words.municipality : words.country}</th>`)}</tr></thead>
<tbody>${lines.map(
    (line) =>
      html`<tr><th scope="row">${words.series[line.series] ?? line.series}</th><td>${groupText(line, words)}</td>${scopes.map((s) => cell(find(line, s), lang))}</tr>`,
  )}</tbody>`;
}

/** Figures by a breakdown (offence, decision): a row per breakdown value, a column per group. */
function groupTable(rows: readonly ContextRow[], lang: Lang, words: ContextWords): SafeHtml {
  const groups = GROUP_ORDER.filter((g) => rows.some((r) => r.group === g));
  const breakdowns = [...new Map(rows.map((r) => [r.breakdown, r.label || r.breakdown])).entries()];
  return html`<thead><tr><th scope="col">${words.series[rows[0]?.series ?? ''] ?? ''}</th>
${groups.map((g) => html`<th scope="col" class="num">${words.groups[g] ?? g}</th>`)}</tr></thead>
<tbody>${breakdowns.map(
    ([breakdown, label]) =>
      html`<tr><th scope="row">${label}</th>${groups.map((g) =>
        cell(
          rows.find((r) => r.breakdown === breakdown && r.group === g),
          lang,
        ),
      )}</tr>`,
  )}</tbody>`;
}

function tableBlock(tableId: string, rows: readonly ContextRow[], lang: Lang, words: ContextWords): SafeHtml {
  const headline = rows.filter((r) => r.breakdown === '');
  const shown = headline.length > 0 ? headline : rows.filter((r) => r.series === rows[0]?.series && r.scope === rows[0]?.scope);
  const first = shown[0] as ContextRow;
  const caption = `${words.table} ${tableId}, ${statbankPeriod(first.period, lang)}`;
  // A rate's source extends the table's ("…; pr. 1.000 indbyggere … efter FOLK1E"): name each once.
  const distinct = [...new Set(shown.map((r) => r.source))];
  const sources = distinct.filter((s) => !distinct.some((other) => other !== s && other.startsWith(s)));
  return html`<div class="table-scroll" role="region" aria-label="${caption}" tabindex="0">
<table class="data-table">
<caption>${caption}</caption>
${headline.length > 0 ? scopeTable(shown, lang, words) : groupTable(shown, lang, words)}
</table>
</div>
<p class="note">${words.source}: ${sources.join(' · ')}. ${words.updated}: ${formatDate(first.updated, lang)}.</p>`;
}

/** The box, or nothing when no context has been fetched for the indicator. */
export function contextBox(rows: readonly ContextRow[], lang: Lang): SafeHtml | string {
  if (rows.length === 0) return '';
  const words = contextWords(lang);
  const tables = [...new Set(rows.map((r) => r.tableId))];
  return html`<section aria-labelledby="context" class="context-box">
<h2 id="context">${words.heading}</h2>
<p class="note">${words.intro}</p>
${tables.map((t) =>
  tableBlock(
    t,
    rows.filter((r) => r.tableId === t),
    lang,
    words,
  ),
)}
</section>`;
}
