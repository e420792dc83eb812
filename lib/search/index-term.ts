import { stemmer } from 'stemmer';
import { normalizeTerm } from './normalize';

/** Figures and codes ("2.40pm", "g7", "141000") are not words a stemmer knows; it would only mangle them. */
const HAS_DIGIT = /\p{N}/u;

/**
 * A token as the index stores it: folded (`normalizeTerm`), then reduced to
 * its Porter stem so that "quakes", "quake" and "quaking" meet. MiniSearch's
 * `processTerm` for indexing, loading and querying alike (INDEX_OPTIONS).
 * Returns null for stop words.
 */
export function indexTerm(token: string): string | null {
  const term = normalizeTerm(token);
  if (term === null || HAS_DIGIT.test(term)) return term;
  return stemmer(term);
}
