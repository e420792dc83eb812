import MiniSearch from 'minisearch';
import type { Article } from '../../lib/corpus';
import { articlePassages, normalizeTerm, tokenize, type Passage } from '../../lib/search';
import { PassageEngine, type StoredPassage } from '../../lib/search/passage-engine';
import type { SearchOptions } from 'minisearch';

/**
 * Parallax's search as it was before stemming and question handling, kept so
 * the evaluation shows before and after in one run: terms folded but not
 * stemmed, every query word kept, AND when some passage has every word, else
 * OR. Built from the same primitives (tokeniser, folding, passage engine).
 */
const BASELINE_QUERY_OPTIONS: SearchOptions = {
  prefix: (term, index, terms) => term.length >= (index === terms.length - 1 ? 2 : 3),
  fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
  maxFuzzy: 2,
};

export interface BaselineHit {
  sourceId: string;
  text: string;
}

export class BaselineSearch {
  private constructor(private readonly engine: PassageEngine) {}

  static build(articles: readonly Article[]): BaselineSearch {
    const index = new MiniSearch<Passage>({
      idField: 'id',
      fields: ['text'],
      storeFields: ['sourceId', 'text'],
      tokenize,
      processTerm: normalizeTerm,
    });
    index.addAll(articles.flatMap((article) => articlePassages(article)));
    return new BaselineSearch(PassageEngine.fromPlain(index.toJSON(), 'text'));
  }

  search(query: string, limit: number): BaselineHit[] {
    const words = [...new Set(tokenize(query).flatMap((token) => normalizeTerm(token) ?? []))];
    return this.engine.query(words, BASELINE_QUERY_OPTIONS, { limit }).ranked.map(({ doc }) => {
      const stored = this.engine.stored[doc] as StoredPassage;
      return { sourceId: stored.sourceId, text: stored.text };
    });
  }
}
