/**
 * The smallest possible SVG writer: escaping, rounded coordinates and one element helper. Charts
 * are strings built on the server so that the dashboard, the report and the downloads all get the
 * same bytes, and golden-file tests can compare them.
 */

import { escapeMarkup } from '../format/escape.ts';

/** Escapes text for an XML text node or a double-quoted attribute. */
export const esc = escapeMarkup;

/**
 * A coordinate rounded to two decimals, without trailing zeros, so output is short and stable.
 *
 * @example num(12.3456) // '12.35'
 */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

export type Attributes = Readonly<Record<string, string | number | undefined>>;

/**
 * One element. Numeric attributes are rounded with `num`; `undefined` attributes are left out;
 * `children` is inserted as it is (already escaped SVG); `undefined` children give a self-closing tag.
 */
export function el(name: string, attributes: Attributes, children?: string): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${typeof value === 'number' ? num(value) : esc(value)}"`)
    .join('');
  return children === undefined ? `<${name}${attrs}/>` : `<${name}${attrs}>${children}</${name}>`;
}

/** A text element whose content is escaped. */
export function text(attributes: Attributes, content: string): string {
  return el('text', attributes, esc(content));
}

/** The font stack every chart uses: metric-compatible with Arial, present on Debian for resvg. */
export const FONT_FAMILY = "'Liberation Sans', Arial, Helvetica, 'DejaVu Sans', sans-serif";

/** Text colour for labels: near-black, 16:1 against white. */
export const INK = '#1a1a1a';

/** Secondary text and axis colour: 7:1 against white. */
export const MUTED_INK = '#505a64';

/** Gridline colour (decorative). */
export const GRID = '#d9dee3';

/**
 * A rough width of a text in pixels, for laying out legends and labels without measuring fonts.
 * Generous on purpose (Arial averages about 0.5 em per character).
 */
export function textWidth(content: string, fontSize: number): number {
  return content.length * fontSize * 0.56;
}

/**
 * The outer `<svg>` element with its accessible name and description: `role="img"`,
 * `aria-labelledby` pointing at `<title>` and `<desc>`, whose ids derive from `id`.
 */
export function svgDocument(options: { id: string; width: number; height: number; title: string; description: string; body: string }): string {
  const { id, width, height, title, description, body } = options;
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      id,
      class: 'chart',
      width,
      height,
      viewBox: `0 0 ${num(width)} ${num(height)}`,
      role: 'img',
      'aria-labelledby': `${titleId} ${descId}`,
      'font-family': FONT_FAMILY,
      'font-size': 12,
    },
    `${el('title', { id: titleId }, esc(title))}${el('desc', { id: descId }, esc(description))}` + `${el('rect', { width, height, fill: '#ffffff' })}${body}`,
  );
}
