/**
 * The report's one stylesheet, inlined so the HTML file stands alone: a calm municipal document
 * on screen, and A4 pages in print (front page, contents and each indicator on a new page, table
 * headers repeated, figures and table rows never split).
 */
export const REPORT_CSS = `
@page { size: A4; margin: 20mm 18mm 22mm 18mm; }
:root { --ink: #1a1a1a; --muted: #505a64; --rule: #c9d1d9; --accent: #0b3a6e; --band: #f2f5f8; }
* { box-sizing: border-box; }
html { font-family: 'Liberation Sans', Arial, Helvetica, 'DejaVu Sans', sans-serif; color: var(--ink); font-size: 10.5pt; line-height: 1.45; }
body { margin: 0 auto; max-width: 190mm; padding: 12mm 0; background: #fff; }
h1, h2, h3 { color: var(--accent); line-height: 1.2; break-after: avoid; }
h1 { font-size: 20pt; margin: 0 0 4mm; }
h2 { font-size: 13.5pt; margin: 7mm 0 2mm; }
h3 { font-size: 11pt; margin: 5mm 0 2mm; }
p { margin: 0 0 3mm; orphans: 3; widows: 3; }
a { color: var(--accent); }
.cover { min-height: 240mm; display: flex; flex-direction: column; justify-content: center; break-after: page; border-left: 6mm solid var(--accent); padding-left: 10mm; }
.cover .municipality { font-size: 14pt; color: var(--muted); text-transform: uppercase; letter-spacing: 0.08em; margin-bottom: 6mm; }
.cover h1 { font-size: 30pt; margin-bottom: 4mm; }
.cover .subtitle { font-size: 14pt; color: var(--ink); margin-bottom: 14mm; max-width: 140mm; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 1.5mm 6mm; margin: 0 0 4mm; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
nav.toc { break-after: page; }
nav.toc ol { list-style: none; padding-left: 0; }
nav.toc ol ol { padding-left: 6mm; }
nav.toc li { margin: 1.5mm 0; }
section.chapter { break-before: page; }
section.chapter:first-of-type { break-before: auto; }
.memo { border-left: 1.2mm solid var(--rule); padding: 1mm 0 1mm 4mm; color: var(--muted); }
.narrative { font-size: 11pt; }
figure { margin: 4mm 0 5mm; break-inside: avoid; }
figure svg { display: block; width: 100%; max-width: 155mm; height: auto; }
figcaption { font-size: 9pt; color: var(--muted); margin-top: 1.5mm; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 5mm; font-size: 9pt; }
caption { text-align: left; font-weight: bold; padding-bottom: 1.5mm; color: var(--ink); }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th { text-align: left; vertical-align: bottom; border-bottom: 0.5mm solid var(--accent); padding: 1.2mm 1.5mm; }
td { vertical-align: top; border-bottom: 0.2mm solid var(--rule); padding: 1.2mm 1.5mm; }
/* Nine columns on an A4 page: fixed widths, so that the last column is never pushed off the page. */
table.summary { font-size: 7.5pt; table-layout: fixed; }
table.summary th, table.summary td { padding: 1mm; overflow-wrap: break-word; hyphens: auto; }
table.summary th:nth-child(1) { width: 15%; }
table.summary th:nth-child(2) { width: 13%; }
table.summary th:nth-child(3) { width: 7%; }
table.summary th:nth-child(4), table.summary th:nth-child(5), table.summary th:nth-child(7) { width: 9%; }
table.summary th:nth-child(6) { width: 13%; }
table.summary th:nth-child(8) { width: 11%; }
table.summary th:nth-child(9) { width: 14%; }
tbody tr:nth-child(even) td { background: var(--band); }
.right { text-align: right; }
.detail { display: block; font-size: 8pt; color: var(--muted); }
.tone-good { color: #1b5e20; font-weight: bold; }
.tone-bad { color: #9b1c1c; font-weight: bold; }
.tone-neutral { color: var(--ink); }
.tone-muted { color: var(--muted); font-style: italic; }
table.summary td:first-child { font-weight: bold; }
.keep { break-inside: avoid; }
ul.notes { padding-left: 5mm; font-size: 9.5pt; color: var(--muted); }
ul.notes li { margin-bottom: 1.5mm; }
@media print {
  body { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
}
`;
