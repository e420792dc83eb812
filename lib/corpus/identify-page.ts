import { comparableUrl } from './comparable-url';
import { CONTAINMENT_THRESHOLD, containment } from './text-fingerprint';

export interface KnownSource {
  id: string;
  url: string | null;
  sketch: readonly number[];
}

/**
 * Which corpus article a page is, if any: by URL first (when the manifest
 * knows one), else by how much of an article's wording the page contains.
 */
export function identifyPage(
  pageUrl: string,
  pageHashes: ReadonlySet<number>,
  sources: readonly KnownSource[],
): string | null {
  const url = comparableUrl(pageUrl);
  const byUrl = sources.find(
    (source) => source.url !== null && url !== null && comparableUrl(source.url) === url,
  );
  if (byUrl) return byUrl.id;
  let best: { id: string; share: number } | null = null;
  for (const source of sources) {
    const share = containment(source.sketch, pageHashes);
    if (share >= CONTAINMENT_THRESHOLD && (best === null || share > best.share))
      best = { id: source.id, share };
  }
  return best?.id ?? null;
}
