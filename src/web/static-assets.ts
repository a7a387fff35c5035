/**
 * The static files — one stylesheet, one small progressive script, the icon — read once from
 * `static/` beside this module, with a content hash for cache-busting URLs.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export interface StaticAsset {
  readonly body: string;
  readonly contentType: string;
}

const FILES: Readonly<Record<string, string>> = {
  'style.css': 'text/css; charset=utf-8',
  'app.js': 'text/javascript; charset=utf-8',
  'favicon.svg': 'image/svg+xml',
};

/** Reads the static files; `version` changes whenever any of them does. */
export function loadStaticAssets(): { assets: ReadonlyMap<string, StaticAsset>; version: string } {
  const assets = new Map<string, StaticAsset>();
  const hash = createHash('sha256');
  for (const [name, contentType] of Object.entries(FILES)) {
    const body = readFileSync(new URL(`./static/${name}`, import.meta.url), 'utf8');
    hash.update(body);
    assets.set(name, { body, contentType });
  }
  return { assets, version: hash.digest('hex').slice(0, 10) };
}
