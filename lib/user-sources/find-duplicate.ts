import { comparableUrl } from '../corpus/comparable-url';
import { CONTAINMENT_THRESHOLD, containment, shingleHashes, textSketch } from '../corpus/text-fingerprint';

export interface Comparable {
  id: string;
  url: string | null;
  text: string;
}

/**
 * The stored source a new one is a new version of, if any: the same URL
 * first (query and fragment ignored); otherwise the same wording, by the
 * shingle sketch that recognises corpus articles on pages, in either
 * direction (an edited copy may have grown or lost a paragraph).
 */
export function findDuplicate(
  candidate: Omit<Comparable, 'id'>,
  stored: readonly Comparable[],
): string | null {
  const url = candidate.url === null ? null : comparableUrl(candidate.url);
  if (url !== null) {
    const byUrl = stored.find((source) => source.url !== null && comparableUrl(source.url) === url);
    if (byUrl) return byUrl.id;
  }
  const sketch = textSketch(candidate.text);
  const hashes = shingleHashes(candidate.text);
  for (const source of stored) {
    if (containment(sketch, shingleHashes(source.text)) >= CONTAINMENT_THRESHOLD) return source.id;
    if (containment(textSketch(source.text), hashes) >= CONTAINMENT_THRESHOLD) return source.id;
  }
  return null;
}
