import { posix } from 'node:path';

/** `<script src>` and `<link href>` (stylesheets, modulepreload) in a built HTML page. */
const HTML_REFERENCE = /<(?:script|link)\b[^>]*?\s(?:src|href)\s*=\s*["']([^"']+)["']/giu;
/**
 * Relative specifiers in static imports and re-exports (`from"./x.js"`),
 * bare imports (`import"./x.js"`) and dynamic ones (`import("./x.js")`), as
 * Vite writes them between chunks, minified or not.
 */
const JS_REFERENCE = /(?:\bfrom|\bimport)\s*\(?\s*["'](\.{1,2}\/[^"']+|\/[^"']+)["']/gu;

/**
 * The files of the bundle that the HTML page or JS chunk at `path` loads,
 * as paths relative to the bundle's root (`/chunks/a.js` from `popup.html`
 * → `chunks/a.js`; `./b.js` from `chunks/a.js` → `chunks/b.js`). External
 * URLs are left out. Other kinds of file load nothing here.
 */
export function findReferences(path: string, source: string): string[] {
  const pattern = path.endsWith('.html') ? HTML_REFERENCE : path.endsWith('.js') ? JS_REFERENCE : null;
  if (pattern === null) return [];
  const found = new Set<string>();
  for (const match of source.matchAll(pattern)) {
    const specifier = match[1];
    if (specifier === undefined || /^[a-z][a-z0-9+.-]*:|^\/\//iu.test(specifier)) continue;
    const bare = specifier.replace(/[?#].*$/u, '');
    const resolved = bare.startsWith('/')
      ? posix.normalize(bare.slice(1))
      : posix.join(posix.dirname(path), bare);
    if (!resolved.startsWith('..')) found.add(resolved);
  }
  return [...found];
}
