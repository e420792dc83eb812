import MiniSearch, { type SearchOptions, type SearchResult } from 'minisearch';
import { sourceMetaSchema, type SourceMeta } from '../corpus';
import { describeIssues, z } from '../validation';
import { emphasizeTerms } from './emphasize-terms';
import type { SearchIndexFiles } from './build-search-index';
import type { Passage } from './passage';
import type { SearchHit } from './search-hit';
import { INDEX_OPTIONS, QUERY_OPTIONS } from './search-options';

export const sourcesFileSchema = z.array(sourceMetaSchema);

type StoredPassage = Pick<Passage, 'sourceId' | 'text' | 'start' | 'end' | 'paragraph' | 'entities'>;

export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

export interface SearchRequestOptions {
  limit?: number;
  /** Only passages that mention this catalogue item. */
  entity?: string;
  /** Passages mentioning any of these items rank higher. */
  boostEntities?: readonly string[];
}

const DEFAULT_LIMIT = 20;
/**
 * Score factor for a passage that mentions a boosted item: enough to lift a
 * passage about the item above one that only shares a word, not so much that
 * a weak match about the item beats a strong one.
 */
const ENTITY_BOOST = 1.5;

/** Index format 1 stored no `entities`; treat it as "no items known". */
function storedEntities(stored: Partial<StoredPassage> | undefined): readonly string[] {
  return stored?.entities ?? [];
}

/** The loaded index plus the sources table: everything search needs. */
export class CorpusSearch {
  readonly sources: ReadonlyMap<string, SourceMeta>;

  private constructor(
    private readonly index: MiniSearch<Passage>,
    sources: SourceMeta[],
  ) {
    this.sources = new Map(sources.map((source) => [source.id, source]));
  }

  static fromBuilt(index: MiniSearch<Passage>, sources: SourceMeta[]): CorpusSearch {
    return new CorpusSearch(index, sources);
  }

  /** Loads the shipped files; `label` names them in errors. */
  static load(files: { sources: unknown; indexJson: string }, label: string): CorpusSearch {
    const sources = sourcesFileSchema.safeParse(files.sources);
    if (!sources.success)
      throw new SearchIndexError(`search: ${label} sources: ${describeIssues(sources.error)}`);
    let index: MiniSearch<Passage>;
    try {
      index = MiniSearch.loadJSON<Passage>(files.indexJson, INDEX_OPTIONS);
    } catch (error) {
      throw new SearchIndexError(`search: ${label} index: cannot load (${(error as Error).message})`);
    }
    return new CorpusSearch(index, sources.data);
  }

  static fromFiles(files: SearchIndexFiles): CorpusSearch {
    return CorpusSearch.load(files, 'built index');
  }

  get passageCount(): number {
    return this.index.documentCount;
  }

  /**
   * Passages for a query, best first. All query words must match when any
   * passage has them all; otherwise any word may (so a half-typed or
   * misspelt phrase still finds something).
   */
  search(query: string, options: SearchRequestOptions = {}): SearchHit[] {
    const limit = options.limit ?? DEFAULT_LIMIT;
    if (query.trim() === '') return [];
    const { entity, boostEntities = [] } = options;
    const byItem: SearchOptions = {
      ...QUERY_OPTIONS,
      ...(entity !== undefined && {
        filter: (result) => storedEntities(result as Partial<StoredPassage>).includes(entity),
      }),
      ...(boostEntities.length > 0 && {
        boostDocument: (_id, _term, stored) =>
          storedEntities(stored).some((id) => boostEntities.includes(id)) ? ENTITY_BOOST : 1,
      }),
    };
    let results = this.index.search(query, { ...byItem, combineWith: 'AND' });
    if (results.length === 0) results = this.index.search(query, { ...byItem, combineWith: 'OR' });
    return results.slice(0, limit).map((result) => this.toHit(result));
  }

  /** A passage's stored text and items, by id (e.g. from the catalogue). */
  passage(id: string): { text: string; entities: readonly string[] } | undefined {
    const stored = this.index.getStoredFields(id) as Partial<StoredPassage> | undefined;
    if (typeof stored?.text !== 'string') return undefined;
    return { text: stored.text, entities: storedEntities(stored) };
  }

  /** Completions for a partial query (search as you type). */
  suggest(query: string, limit = 5): string[] {
    if (query.trim() === '') return [];
    return this.index
      .autoSuggest(query, { ...QUERY_OPTIONS, combineWith: 'AND' })
      .slice(0, limit)
      .map((suggestion) => suggestion.suggestion);
  }

  private toHit(result: SearchResult): SearchHit {
    const stored = result as unknown as SearchResult & StoredPassage;
    const source = this.sources.get(stored.sourceId);
    return {
      id: String(result.id),
      sourceId: stored.sourceId,
      outlet: source?.outlet ?? null,
      title: source?.title ?? null,
      published: source?.published ?? null,
      publishedApproximate: source?.publishedApproximate ?? false,
      text: stored.text,
      start: stored.start,
      end: stored.end,
      score: result.score,
      terms: result.terms,
      emphasis: emphasizeTerms(stored.text, result.terms),
      entities: [...storedEntities(stored)],
    };
  }
}
