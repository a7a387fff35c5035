/**
 * The page shell every HTML page shares: language attribute, skip link, header with the
 * municipality's name and the language switch, the main menu, the `<main>` landmark and the
 * footer. No inline script or style, so the Content-Security-Policy can forbid both.
 */
import { type SafeHtml, html } from '../html.ts';
import type { Dictionary } from '../i18n/index.ts';

export interface LayoutInput {
  readonly dict: Dictionary;
  /** The page's own title (the site name is appended). */
  readonly title: string;
  /** The request path, to mark the current menu item and build the language switch. */
  readonly path: string;
  /** The request's query parameters, kept by the language switch. */
  readonly query: URLSearchParams;
  readonly municipality: string;
  /** The suppression threshold in force, which the footer states. */
  readonly threshold: number;
  /** Cache-busting suffixes of the static files. */
  readonly assetVersion: string;
  readonly body: SafeHtml;
  readonly breadcrumb?: readonly { readonly href: string; readonly label: string }[];
  /** Menu items and account box of the signed-in part (see `account-nav.ts`). */
  readonly account?: { readonly menu: SafeHtml; readonly box: SafeHtml };
}

/** The link to the same page in the other language. */
export function languageSwitchHref(path: string, query: URLSearchParams, lang: string): string {
  const next = new URLSearchParams(query);
  next.set('lang', lang);
  return `${path}?${next.toString()}`;
}

/** One menu item, marked current when the path is under it. */
export function navItem(href: string, label: string, path: string): SafeHtml {
  const current = href === '/' ? path === '/' : path.startsWith(href);
  return html`<li><a href="${href}"${current ? html` aria-current="page"` : ''}>${label}</a></li>`;
}

function breadcrumb(input: LayoutInput): SafeHtml | string {
  if (input.breadcrumb === undefined || input.breadcrumb.length === 0) return '';
  return html`<nav class="breadcrumb" aria-label="${input.dict.breadcrumbLabel}"><ol>${input.breadcrumb.map((item, i, all) =>
    i === all.length - 1
      ? html`<li><a href="${item.href}" aria-current="page">${item.label}</a></li>`
      : html`<li><a href="${item.href}">${item.label}</a></li>`,
  )}</ol></nav>`;
}

/** The whole HTML document. */
export function layout(input: LayoutInput): string {
  const { dict } = input;
  const other = dict.otherLanguage;
  return html`<!doctype html>
<html lang="${dict.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${input.title} – ${dict.siteName} – ${input.municipality}</title>
<link rel="icon" href="/static/favicon.svg?v=${input.assetVersion}" type="image/svg+xml">
<link rel="stylesheet" href="/static/style.css?v=${input.assetVersion}">
<script src="/static/app.js?v=${input.assetVersion}" defer></script>
</head>
<body>
<a class="skip-link" href="#main">${dict.skipLink}</a>
<header class="site-header">
<div class="wrap site-header__inner">
<a class="brand" href="/"><span class="brand__municipality">${input.municipality}</span><span class="brand__name">${dict.siteName}</span></a>
<a class="lang-switch" href="${languageSwitchHref(input.path, input.query, other.code)}" lang="${other.code}" hreflang="${other.code}" title="${other.hint}">${other.label}</a>
${input.account?.box}
</div>
<nav class="site-nav" aria-label="${dict.navLabel}"><div class="wrap"><ul>
${navItem('/', dict.navOverview, input.path)}${navItem('/boligomraader', dict.navAreas, input.path)}${input.account?.menu}
</ul></div></nav>
</header>
<main id="main" tabindex="-1"><div class="wrap">
${breadcrumb(input)}
${input.body}
</div></main>
<footer class="site-footer"><div class="wrap">
<p>${dict.footerAbout(input.threshold)}</p>
<p><a href="/api/openapi.json">${dict.footerApi}</a></p>
</div></footer>
</body>
</html>
`.value;
}
