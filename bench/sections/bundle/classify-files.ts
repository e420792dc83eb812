import { posix } from 'node:path';
import { CATALOGUE_ASSET, INDEX_ASSET, SIGNATURES_ASSET, SOURCES_ASSET } from '../../../lib/corpus-assets';
import { KEEP_READER_PATH } from '../../../lib/content/keep-reader-module';
import { findReferences } from './find-references';

/** The corpus files the build adds (wxt.config.ts); anything else under their folder counts too. */
const CORPUS_ASSETS = [SOURCES_ASSET, INDEX_ASSET, CATALOGUE_ASSET, SIGNATURES_ASSET];
const CORPUS_DIRS = new Set(CORPUS_ASSETS.map((asset) => posix.dirname(asset)));
/**
 * Modules a content script imports only where a feature is on (Readability for "Keep what I read",
 * off by default): their own entry, `content-on-demand`, so that `content` is what every page loads.
 */
const ON_DEMAND_CONTENT_MODULES = new Set([KEEP_READER_PATH.slice(1)]);

/**
 * What a file of the built extension is for: the entrypoint that loads it
 * (`background`, `content`, or an HTML page by its name, e.g. `popup`),
 * `shared` when several entrypoints load it, or one of the shipped groups
 * `corpus`, `icons`, `manifest`; `other` for the rest.
 */
export type BundleEntry = string;

/** The few manifest fields (MV2 or MV3) that say which file is which. */
export interface ManifestFields {
  background?: { service_worker?: string; scripts?: string[]; page?: string };
  content_scripts?: { js?: string[]; css?: string[] }[];
  /** MV2 lists paths, MV3 objects of `resources`. */
  web_accessible_resources?: (string | { resources?: string[] })[];
  icons?: Record<string, string>;
  action?: { default_icon?: string | Record<string, string> };
  browser_action?: { default_icon?: string | Record<string, string> };
}

function iconPaths(icon: string | Record<string, string> | undefined): string[] {
  if (icon === undefined) return [];
  return typeof icon === 'string' ? [icon] : Object.values(icon);
}

/** Bundle-relative form of a manifest path (`/icon/16.png` and `icon/16.png` are one file). */
function bundlePath(path: string): string {
  return posix.normalize(path.replace(/^\/+/u, ''));
}

/**
 * Which entry each file of a built extension belongs to. Entrypoints are
 * found from the manifest (background, content scripts and the web-accessible
 * scripts they import by runtime URL, which no reference in the code names) and from the HTML
 * pages at any depth (named by file name: `popup.html` → `popup`); the
 * chunks and stylesheets they load are followed through `findReferences`,
 * transitively. `readText` gives the text of an HTML or JS file of the
 * bundle; nothing else is read.
 */
export function classifyFiles(
  paths: readonly string[],
  manifest: ManifestFields,
  readText: (path: string) => string,
): Map<string, BundleEntry> {
  const present = new Set(paths);
  const entries = new Map<string, BundleEntry>();

  const fixed: [BundleEntry, string[]][] = [
    ['manifest', ['manifest.json']],
    [
      'icons',
      [
        ...Object.values(manifest.icons ?? {}),
        ...iconPaths(manifest.action?.default_icon),
        ...iconPaths(manifest.browser_action?.default_icon),
      ],
    ],
    ['corpus', paths.filter((path) => CORPUS_DIRS.has(posix.dirname(path)))],
  ];
  for (const [entry, files] of fixed) {
    for (const file of files.map(bundlePath)) if (present.has(file)) entries.set(file, entry);
  }

  const background = manifest.background;
  const backgroundRoots = [
    ...(background?.service_worker === undefined ? [] : [background.service_worker]),
    ...(background?.scripts ?? []),
    ...(background?.page === undefined ? [] : [background.page]),
  ].map(bundlePath);
  const roots = new Map<BundleEntry, string[]>([
    ['background', backgroundRoots],
    [
      'content',
      [
        ...(manifest.content_scripts ?? []).flatMap((script) => [
          ...(script.js ?? []),
          ...(script.css ?? []),
        ]),
        ...webAccessibleScripts(manifest).filter((path) => !ON_DEMAND_CONTENT_MODULES.has(path)),
      ].map(bundlePath),
    ],
    [
      'content-on-demand',
      webAccessibleScripts(manifest)
        .filter((path) => ON_DEMAND_CONTENT_MODULES.has(path))
        .map(bundlePath),
    ],
  ]);
  for (const page of paths) {
    if (!page.endsWith('.html') || backgroundRoots.includes(page)) continue;
    const name = posix.basename(page, '.html');
    roots.set(name, [...(roots.get(name) ?? []), page]);
  }

  const loadedBy = new Map<string, Set<BundleEntry>>();
  for (const [entry, files] of roots) {
    const queue = files.filter((file) => present.has(file));
    const seen = new Set(queue);
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      const users = loadedBy.get(file) ?? new Set<BundleEntry>();
      users.add(entry);
      loadedBy.set(file, users);
      if (!file.endsWith('.html') && !file.endsWith('.js')) continue;
      for (const next of findReferences(file, readText(file))) {
        if (present.has(next) && !seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
  }

  const classified = new Map<string, BundleEntry>();
  for (const path of paths) {
    const users = loadedBy.get(path);
    const loaded = users === undefined ? undefined : users.size === 1 ? [...users][0] : 'shared';
    classified.set(path, entries.get(path) ?? loaded ?? 'other');
  }
  return classified;
}

/** The scripts a page may import from the extension (the content script's modules). */
function webAccessibleScripts(manifest: ManifestFields): string[] {
  return (manifest.web_accessible_resources ?? [])
    .flatMap((entry) => (typeof entry === 'string' ? [entry] : (entry.resources ?? [])))
    .filter((path) => path.endsWith('.js'));
}
