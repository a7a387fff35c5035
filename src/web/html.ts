/**
 * HTML built from tagged templates with escaping by default: every interpolated value is escaped
 * unless it is already `SafeHtml` (the result of another `html` template, or `raw` for trusted
 * markup such as the charts' SVG). Pages are plain strings, rendered on the server.
 */
import { escapeMarkup } from '../format/escape.ts';

/** Markup that is already safe to insert. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Interpolation = SafeHtml | string | number | null | undefined | false | readonly Interpolation[];

/** Escapes text for HTML element content and double-quoted attribute values. */
export const escapeHtml = escapeMarkup;

/** Marks trusted markup (our own SVG) as safe. Never pass user input. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/**
 * A template whose interpolations are escaped; arrays are joined; null, undefined and false vanish.
 *
 * @example html`<p>${'<b>'}</p>`.value // '<p>&lt;b&gt;</p>'
 */
export function html(strings: TemplateStringsArray, ...values: readonly Interpolation[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}
