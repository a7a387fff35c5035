/**
 * The layout check shared by the reader pages' and the signed-in pages' layout tests: the two
 * screen sizes, where the screenshots go (test-output/screenshots/, gitignored), and the problems of
 * a page as Chromium lays it out. Run in the page as a string: the tests compile without the DOM
 * library.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'test-output', 'screenshots');

export const VIEWPORTS = [
  { name: '1366', width: 1366, height: 768 },
  { name: '390', width: 390, height: 844 },
] as const;

/**
 * The layout problems of the page in the browser, as text (run as a string: the tests compile
 * without the DOM library). Ignored: visually hidden text (sr-only, 1 px clip), text inside a box
 * that scrolls on purpose (`.table-scroll`), and `<title>`/`<desc>` of charts.
 */
export const FIND_PROBLEMS = `(() => {
  const vw = document.documentElement.clientWidth;
  const problems = [];
  const hidden = (el) => {
    for (let e = el; e && e !== document.body; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.display === 'none' || s.visibility === 'hidden') return true;
      // A closed <details> keeps its content laid out (Chromium) but never shows it.
      if (e.parentElement && e.parentElement.tagName === 'DETAILS' && !e.parentElement.open && e.tagName !== 'SUMMARY') return true;
      const r = e.getBoundingClientRect();
      if ((s.position === 'absolute' || s.position === 'fixed') && r.width <= 1 && r.height <= 1) return true;
      if (s.clip && s.clip !== 'auto' && r.width <= 2) return true;
    }
    return false;
  };
  const scroller = (el) => {
    for (let e = el.parentElement; e && e !== document.body; e = e.parentElement) {
      const o = getComputedStyle(e).overflowX;
      if (o === 'auto' || o === 'scroll') return e;
    }
    return null;
  };
  const label = (el) => {
    const t = (el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
    return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.classList.length ? '.' + [...el.classList].join('.') : '') + ' "' + t + '"';
  };
  if (document.documentElement.scrollWidth > vw + 1) problems.push('page is ' + document.documentElement.scrollWidth + ' px wide in a ' + vw + ' px window');
  for (const el of document.body.querySelectorAll('*')) {
    if (el.closest('title, desc, script, style, noscript') || hidden(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if (r.right > vw + 1 && !scroller(el) && !(el instanceof SVGElement && el.ownerSVGElement)) problems.push('wider than the window: ' + label(el) + ' ends at ' + Math.round(r.right));
    const s = getComputedStyle(el);
    const clips = ['hidden', 'clip'].includes(s.overflowX) || s.textOverflow === 'ellipsis';
    const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim() !== '');
    if (clips && el.scrollWidth > el.clientWidth + 1 && (el.textContent || '').trim() !== '') problems.push('clipped text: ' + label(el));
    // Text that runs out of its own box (a nowrap figure wider than its grid column) lands on its neighbour.
    else if (ownText && !(el instanceof SVGElement) && s.display !== 'inline' && el.scrollWidth > el.clientWidth + 1 && !scroller(el)) problems.push('text runs out of its box: ' + label(el));
    // Text squeezed into a column a few letters wide (a table cell that may break anywhere, in a table narrower than its columns).
    const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent.trim()).join(' ');
    if (own.length >= 24 && !(el instanceof SVGElement) && r.width < 4 * parseFloat(s.fontSize)) problems.push('squeezed text: ' + label(el) + ' is ' + Math.round(r.width) + ' px wide');
  }
  const graphics = [...document.querySelectorAll('main svg, main img')].filter((g) => !(g instanceof SVGElement && g.ownerSVGElement) && !hidden(g));
  // Text boxes: one per text node (HTML) or per <text> (SVG).
  const boxes = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || node.textContent.trim() === '' || parent.closest('title, desc, script, style, noscript, text') || hidden(parent)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) if (r.width > 0.5 && r.height > 0.5) boxes.push({ r, el: parent, scroll: scroller(parent) });
  }
  for (const t of document.querySelectorAll('svg text')) {
    if (hidden(t) || t.textContent.trim() === '') continue;
    const r = t.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) boxes.push({ r, el: t, scroll: scroller(t) });
    const svg = t.ownerSVGElement;
    const box = svg && svg.viewBox && svg.viewBox.baseVal;
    if (box && box.width > 0) {
      const px = parseFloat(getComputedStyle(t).fontSize) * svg.getBoundingClientRect().width / box.width;
      if (px < 9.95) problems.push('chart text ' + px.toFixed(1) + ' px: ' + label(t));
    }
  }
  for (const box of boxes) {
    if (box.el instanceof SVGElement) continue;
    for (const g of graphics) {
      const gr = g.getBoundingClientRect();
      const w = Math.min(box.r.right, gr.right) - Math.max(box.r.left, gr.left);
      const h = Math.min(box.r.bottom, gr.bottom) - Math.max(box.r.top, gr.top);
      if (w > 1 && h > 2 && !g.contains(box.el) && scroller(g) === box.scroll) problems.push('text under a chart: ' + label(box.el));
    }
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i], b = boxes[j];
      if (a.el === b.el || a.el.contains(b.el) || b.el.contains(a.el) || a.scroll !== b.scroll) continue;
      const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
      const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
      // Line boxes of neighbouring lines may touch by a pixel or two; glyphs that collide overlap by more.
      if (w > 1 && h > 2) problems.push('overlapping text: ' + label(a.el) + ' and ' + label(b.el));
    }
  }
  return [...new Set(problems)];
})()`;

/** The layout problems of the page as text, none when it is clean. */
export async function problemsOf(page: Page): Promise<string[]> {
  return (await page.evaluate(FIND_PROBLEMS)) as string[];
}
