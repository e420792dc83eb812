import { stemmer } from 'stemmer';
import { normalizeTerm } from './normalize';

/** Figures and codes ("2.40pm", "g7", "141000") are not words a stemmer knows; it would only mangle them. */
const HAS_DIGIT = /\p{N}/u;
/**
 * Terms remembered: folding and stemming were most of indexing's cost, and a
 * corpus's words repeat; the cap bounds memory well above a news corpus's
 * everyday vocabulary.
 */
const CACHE_LIMIT = 50_000;

const cache = new Map<string, string | null>();

function computeTerm(token: string): string | null {
  const term = normalizeTerm(token);
  if (term === null || HAS_DIGIT.test(term)) return term;
  return stemmer(term);
}

/**
 * A token as the index stores it: folded (`normalizeTerm`), then reduced to
 * its Porter stem so that "quakes", "quake" and "quaking" meet. MiniSearch's
 * `processTerm` for indexing, loading and querying alike (INDEX_OPTIONS).
 * Returns null for stop words.
 */
export function indexTerm(token: string): string | null {
  let term = cache.get(token);
  if (term === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    term = computeTerm(token);
    cache.set(token, term);
  }
  return term;
}
