import type MiniSearch from 'minisearch';
import { sourceMetaSchema, type SourceMeta } from '../corpus';
import { describeIssues, lazySchema, z } from '../validation';
import type { SearchIndexFiles } from './build-search-index';
import { answerKind, holdsAnswerKind } from './answer-kind';
import { feedbackWords } from './feedback-words';
import { indexTerm } from './index-term';
import { normalizeTerm } from './normalize';
import type { Passage } from './passage';
import { PassageEngine, type EngineQuery, type RankedPassage, type StoredPassage } from './passage-engine';
import type { SearchHit } from './search-hit';
import { QUERY_OPTIONS } from './search-options';
import { queryWords } from './query-words';
import { tokenizeWithOffsets } from './tokenize';

export const sourcesFileSchema = lazySchema(() => z.array(sourceMetaSchema));

export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

export interface SearchRequestOptions {
  limit?: number;
  /** Only passages that mention this catalogue item. */
  entity?: string;
  /** Passages mentioning any of these items rank higher. */
  boostEntities?: readonly string[];
  /**
   * Rank passages that share any word with the query, not only those that
   * share every word: for a selected passage, whose own sentence is the only
   * one with all its words.
   */
  anyWord?: boolean;
  /**
   * At most this many passages of one source, so that a source repeating the
   * query's words cannot crowd the others out of the list.
   */
  perSource?: number;
}

const DEFAULT_LIMIT = 20;
/**
 * With `perSource`, candidates ranked per passage returned: enough that
 * capping the sources that fill the top still leaves `limit` passages in all
 * but corpora of two or three sources.
 */
const PER_SOURCE_POOL = 4;
/** The one field INDEX_OPTIONS indexes: the passage text. */
const INDEXED_FIELD = 'text';
/**
 * Score factor for a passage that mentions a boosted item: enough to lift a
 * passage about the item above one that only shares a word, not so much that
 * a weak match about the item beats a strong one.
 */
const ENTITY_BOOST = 1.5;

/**
 * Pseudo-relevance feedback for questions, at RM3's usual settings: the best
 * ten first-pass passages lend their ten most telling words at up to half a
 * question word's weight, so the question's own words still lead. A word
 * must be held by two of those passages: one passage's detail is not what
 * they share.
 */
const FEEDBACK_PASSAGES = 10;
const FEEDBACK_WORDS = 10;
const FEEDBACK_WEIGHT = 0.5;
const FEEDBACK_MIN_PASSAGES = 2;
/**
 * A question's answer often sits in the sentence after the one that names
 * its subject ("…Witkoff held talks with Putin. The two met for around three
 * hours"): a passage gains this share of its best neighbour's score in the
 * same paragraph. Half, so a passage's own words count for more.
 */
const NEIGHBOUR_WEIGHT = 0.5;
/**
 * Score factor for a passage that holds the kind of answer a question asks
 * for (a figure for "how many", a name for "who", a date for "when"): a
 * passage that could answer counts double one that only repeats the question.
 */
const ANSWER_KIND_BOOST = 2;

/** Index format 1 stored no `entities`; treat it as "no items known". */
function storedEntities(stored: Partial<StoredPassage> | undefined): readonly string[] {
  return stored?.entities ?? [];
}

/**
 * Where a search's engine comes from: built once, on the first query that
 * needs it, and shared by every view of the same index (withHidden). With
 * `passage`, a passage is read by id without building the engine at all.
 */
interface EngineSource {
  engine: PassageEngine | null;
  build: () => PassageEngine;
  passage?: ((id: string) => Partial<StoredPassage> | undefined) | undefined;
}

const built = (engine: PassageEngine): EngineSource => ({ engine, build: () => engine });

/** The loaded index plus the sources table: everything search needs. */
export class CorpusSearch {
  readonly sources: ReadonlyMap<string, SourceMeta>;

  private constructor(
    private readonly source: EngineSource,
    sources: readonly SourceMeta[],
    /** Sources the reader switched off: left out of `sources` and of every result. */
    private readonly hidden: ReadonlySet<string> = new Set(),
  ) {
    this.sources = new Map(
      sources.filter((source) => !hidden.has(source.id)).map((source) => [source.id, source]),
    );
  }

  private get engine(): PassageEngine {
    this.source.engine ??= this.source.build();
    return this.source.engine;
  }

  /** The same index with these sources left out (sharing the engine: no copy, no reload). */
  withHidden(hidden: ReadonlySet<string>, allSources: readonly SourceMeta[]): CorpusSearch {
    return new CorpusSearch(this.source, allSources, hidden);
  }

  /**
   * A search over an index that is still being changed (the merged corpus):
   * passages are read from `passage` as they are now, and the engine is built
   * from `plain` on the first query (a change answered without a query never
   * serialises the whole index).
   */
  static live(parts: {
    plain: () => unknown;
    passage: (id: string) => Partial<StoredPassage> | undefined;
    sources: readonly SourceMeta[];
  }): CorpusSearch {
    return new CorpusSearch(
      {
        engine: null,
        build: () => PassageEngine.fromPlain(parts.plain(), INDEXED_FIELD),
        passage: parts.passage,
      },
      parts.sources,
    );
  }

  /** Loads an index already parsed from MiniSearch's JSON (e.g. a persisted snapshot). */
  static fromPlain(plain: unknown, sources: readonly SourceMeta[]): CorpusSearch {
    return new CorpusSearch(built(PassageEngine.fromPlain(plain, INDEXED_FIELD)), sources);
  }

  static fromBuilt(index: MiniSearch<Passage>, sources: readonly SourceMeta[]): CorpusSearch {
    return new CorpusSearch(built(PassageEngine.fromPlain(index.toJSON(), INDEXED_FIELD)), sources);
  }

  /** Loads the shipped files; `label` names them in errors. */
  static load(files: { sources: unknown; indexJson: string }, label: string): CorpusSearch {
    const sources = sourcesFileSchema.safeParse(files.sources);
    if (!sources.success)
      throw new SearchIndexError(`search: ${label} sources: ${describeIssues(sources.error)}`);
    let engine: PassageEngine;
    try {
      engine = PassageEngine.fromPlain(JSON.parse(files.indexJson), INDEXED_FIELD);
    } catch (error) {
      throw new SearchIndexError(`search: ${label} index: cannot load (${(error as Error).message})`);
    }
    return new CorpusSearch(built(engine), sources.data);
  }

  static fromFiles(files: SearchIndexFiles): CorpusSearch {
    return CorpusSearch.load(files, 'built index');
  }

  get passageCount(): number {
    return this.engine.documentCount;
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
    const parsed = queryWords(query);
    // A question's answer seldom repeats all its words; a caller that chose its own matching gets it as asked.
    const anyWord = options.anyWord ?? parsed.question;
    const stored = this.engine.stored;
    const hidden = this.hidden;
    const visible = (doc: number): boolean =>
      hidden.size === 0 || !hidden.has((stored[doc] as StoredPassage).sourceId);
    const { perSource } = options;
    const request: EngineQuery = {
      limit: perSource === undefined ? limit : limit * PER_SOURCE_POOL,
      anyWord,
      ...(entity !== undefined
        ? { accept: (doc: number) => visible(doc) && storedEntities(stored[doc]).includes(entity) }
        : hidden.size > 0 && { accept: visible }),
      ...(boostEntities.length > 0 && {
        boost: (doc: number) =>
          storedEntities(stored[doc]).some((id) => boostEntities.includes(id)) ? ENTITY_BOOST : 1,
      }),
    };
    if (!parsed.question) {
      const { ranked, expansions } = this.engine.query(parsed.words, QUERY_OPTIONS, request);
      return this.capped(ranked, limit, perSource).map((hit) => this.toHit(hit, expansions));
    }
    const first = this.engine.query(parsed.words, QUERY_OPTIONS, { ...request, limit: FEEDBACK_PASSAGES });
    const extraWords = feedbackWords(
      first.ranked.map(({ doc, score }) => ({ terms: this.termsOf(doc), score })),
      new Set(parsed.words),
      {
        count: FEEDBACK_WORDS,
        weight: FEEDBACK_WEIGHT,
        minPassages: FEEDBACK_MIN_PASSAGES,
        documentFrequency: (term) => this.engine.documentFrequency(term),
        documentCount: this.engine.documentCount,
      },
    );
    const kind = answerKind(query);
    const asked = new Set(parsed.words);
    const entityBoost = request.boost;
    const kindBoost =
      kind === null
        ? entityBoost
        : (doc: number): number =>
            (entityBoost?.(doc) ?? 1) *
            (holdsAnswerKind((stored[doc] as StoredPassage).text, kind, asked) ? ANSWER_KIND_BOOST : 1);
    const { ranked, expansions } = this.engine.query(parsed.words, QUERY_OPTIONS, {
      ...request,
      extraWords,
      neighbourWeight: NEIGHBOUR_WEIGHT,
      ...(kindBoost && { boost: kindBoost }),
    });
    return this.capped(ranked, limit, perSource).map((hit) => this.toHit(hit, expansions));
  }

  /** The first `limit` passages, at most `perSource` of each source when given. */
  private capped(ranked: readonly RankedPassage[], limit: number, perSource?: number): RankedPassage[] {
    if (perSource === undefined) return ranked.slice(0, limit);
    const taken = new Map<string, number>();
    const out: RankedPassage[] = [];
    for (const hit of ranked) {
      const sourceId = (this.engine.stored[hit.doc] as StoredPassage).sourceId;
      const count = taken.get(sourceId) ?? 0;
      if (count >= perSource) continue;
      taken.set(sourceId, count + 1);
      out.push(hit);
      if (out.length === limit) break;
    }
    return out;
  }

  /** A passage's index terms, repeats included. */
  private termsOf(doc: number): string[] {
    const text = (this.engine.stored[doc] as StoredPassage).text;
    return tokenizeWithOffsets(text).flatMap((token) => indexTerm(token.text) ?? []);
  }

  /** A passage's stored text and items, by id (e.g. from the catalogue). */
  passage(id: string): { text: string; entities: readonly string[]; paragraph?: number } | undefined {
    const stored = this.source.passage ? this.source.passage(id) : this.storedPassage(id);
    if (typeof stored?.text !== 'string') return undefined;
    const passage = { text: stored.text, entities: storedEntities(stored) };
    return typeof stored.paragraph === 'number' ? { ...passage, paragraph: stored.paragraph } : passage;
  }

  private storedPassage(id: string): Partial<StoredPassage> | undefined {
    const doc = this.engine.docOf(id);
    return doc === undefined ? undefined : this.engine.stored[doc];
  }

  /** Completions for a partial query (search as you type). */
  suggest(query: string, limit = 5): string[] {
    if (query.trim() === '') return [];
    return this.engine
      .suggest(queryWords(query).words, QUERY_OPTIONS, limit)
      .map(({ suggestion, doc }) => this.spelt(suggestion, doc));
  }

  /** A phrase of stored terms (stems) as the passage `doc` writes them, folded ("ceasefire", not "ceasefir"). */
  private spelt(phrase: string, doc: number): string {
    const surface = new Map<string, string>();
    for (const token of tokenizeWithOffsets((this.engine.stored[doc] as StoredPassage).text)) {
      const term = indexTerm(token.text);
      if (term !== null && !surface.has(term)) surface.set(term, normalizeTerm(token.text) ?? term);
    }
    return [...new Set(phrase.split(' ').map((term) => surface.get(term) ?? term))].join(' ');
  }

  /**
   * Materialises one ranked passage. Its matched terms and their ranges come
   * from one pass over its own words: the index was built from this text with
   * the same tokeniser, so a word matched exactly when its term is one the
   * query expanded to. `terms` follow the query words in order (for each: the
   * word itself, then completions, then near misses).
   */
  private toHit({ doc, score }: RankedPassage, expansions: ReadonlyMap<string, number>): SearchHit {
    const stored = this.engine.stored[doc] as StoredPassage;
    const source = this.sources.get(stored.sourceId);
    const emphasis: [number, number][] = [];
    const terms = new Set<string>();
    for (const token of tokenizeWithOffsets(stored.text)) {
      const term = indexTerm(token.text);
      if (term === null || !expansions.has(term)) continue;
      terms.add(term);
      emphasis.push([token.start, token.end]);
    }
    return {
      id: this.engine.ids[doc] as string,
      sourceId: stored.sourceId,
      outlet: source?.outlet ?? null,
      title: source?.title ?? null,
      ...(source?.lead ? { lead: source.lead } : {}),
      published: source?.published ?? null,
      publishedApproximate: source?.publishedApproximate ?? false,
      text: stored.text,
      start: stored.start,
      end: stored.end,
      score,
      terms: [...terms].sort((a, b) => (expansions.get(a) as number) - (expansions.get(b) as number)),
      emphasis,
      entities: [...storedEntities(stored)],
    };
  }
}
