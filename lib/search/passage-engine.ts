import type { AsPlainObject, SearchOptions } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import type { Passage } from './passage';

/**
 * Answers queries over a MiniSearch index with MiniSearch's own scoring (BM25
 * with its defaults, its prefix and fuzzy weights, "quality" = matched query
 * words), but on flat typed arrays and keeping only the best `limit` hits.
 *
 * MiniSearch's own `search()` allocates a result object per matching
 * passage and per matched term, copies every stored field into each, sorts
 * them all and only then can the caller slice: in a large corpus one common
 * word matches tens of thousands of passages, and each costs all that. Here a
 * posting costs one typed-array update, and only the hits returned are
 * materialised. The index file stays MiniSearch's own JSON
 * (`serializationVersion` 2), so the build is unchanged.
 */

/** MiniSearch's default BM25 parameters: kept so that ranking is exactly what MiniSearch's search() gave. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
/** MiniSearch's default prefix and fuzzy weights, for the same reason (QUERY_OPTIONS.weights overrides them). */
const DEFAULT_WEIGHTS = { fuzzy: 0.45, prefix: 0.375 };
/** MiniSearch's default cap on edit distance when `maxFuzzy` is not given. */
const DEFAULT_MAX_FUZZY = 6;
/** The only serialisation this reader understands (MiniSearch 6–7). */
const SERIALIZATION_VERSION = 2;

export type StoredPassage = Pick<Passage, 'sourceId' | 'text' | 'start' | 'end' | 'paragraph' | 'entities'>;

export interface RankedPassage {
  /** Dense passage number. */
  doc: number;
  score: number;
}

export interface EngineQuery {
  limit: number;
  /** Passages failing this are never returned (and do not count for AND). */
  accept?: (doc: number) => boolean;
  /** Score factor per passage (1 = none). */
  boost?: (doc: number) => number;
  /** Rank every passage that matches any word, even when some passage matches them all. */
  anyWord?: boolean;
  /**
   * Words added to the query (e.g. from relevance feedback), each with its
   * weight: matched exactly, never as a prefix or fuzzily.
   */
  extraWords?: readonly WeightedWord[];
  /**
   * Share of the best score among a passage's neighbours (the sentences just
   * before and after it in the same paragraph) added to its own; a neighbour
   * of a match may then be returned without matching itself. 0 = none.
   */
  neighbourWeight?: number;
}

export interface WeightedWord {
  word: string;
  weight: number;
}

export interface EngineResult {
  ranked: RankedPassage[];
  /** Every index term the query words matched, in MiniSearch's match order; position = rank for ordering `terms`. */
  expansions: ReadonlyMap<string, number>;
}

export interface SuggestionResult {
  suggestion: string;
  score: number;
  /** One passage that matched the suggestion's terms (to spell them as it writes them). */
  doc: number;
}

export class IndexFormatError extends Error {
  override name = 'IndexFormatError';
}

/** A query word's index term: its postings' number, the word's index, MiniSearch's weight, the term itself. */
interface Expanded {
  term: number;
  word: number;
  weight: number;
  text: string;
}

interface Postings {
  docs: Int32Array;
  freqs: Uint16Array;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** MiniSearch's `fuzzy` option for one word as a number: a fraction of its length below 1, else an edit distance. */
function fuzzyOption(option: SearchOptions['fuzzy'], term: string, i: number, terms: string[]): number {
  const fuzzy = typeof option === 'function' ? option(term, i, terms) : option;
  if (fuzzy === undefined || fuzzy === false) return 0;
  return fuzzy === true ? 0.2 : fuzzy;
}

export class PassageEngine {
  readonly documentCount: number;
  readonly stored: readonly StoredPassage[];
  readonly ids: readonly string[];
  private readonly vocabulary: SearchableMap<number>;
  private readonly postings: Postings[];
  /** k·(1 − b + b·length/avgLength) per passage: the length part of BM25, computed once. */
  private readonly lengthNorm: Float64Array;
  // Scratch, reused by every query (a query touches only its own entries and clears them).
  private readonly scores: Float64Array;
  private readonly matchedWords: Uint16Array;
  private readonly lastWord: Int32Array;
  private readonly touched: Int32Array;
  /** Best neighbour's score per passage (neighbourWeight only). */
  private readonly context: Float64Array;
  /** For suggest(): per passage, the first and last node of its list of matched terms. */
  private readonly listHead: Int32Array;
  private readonly listTail: Int32Array;
  private listValue = new Int32Array(0);
  private listNext = new Int32Array(0);
  private idToDoc: Map<string, number> | undefined;

  private constructor(plain: AsPlainObject, field: string) {
    const fieldId = plain.fieldIds[field];
    if (fieldId === undefined) throw new IndexFormatError(`no field "${field}"`);
    const shortIds = Object.keys(plain.documentIds);
    const count = shortIds.length;
    // MiniSearch's short ids are small integers (0 … nextId − 1), so a flat table maps them to dense numbers.
    const denseOf = new Int32Array(Math.max(plain.nextId, 0)).fill(-1);
    const ids: string[] = new Array<string>(count);
    const stored: StoredPassage[] = new Array<StoredPassage>(count);
    const avgLength = plain.averageFieldLength[fieldId] ?? 1;
    this.lengthNorm = new Float64Array(count);
    for (let doc = 0; doc < count; doc++) {
      const shortId = shortIds[doc] as string;
      denseOf[Number(shortId)] = doc;
      ids[doc] = String(plain.documentIds[shortId]);
      stored[doc] = (plain.storedFields[shortId] ?? {}) as StoredPassage;
      const length = plain.fieldLength[shortId]?.[fieldId] ?? 0;
      this.lengthNorm[doc] = BM25.k * (1 - BM25.b + (BM25.b * length) / avgLength);
    }
    const vocabulary = new SearchableMap<number>();
    const postings: Postings[] = [];
    const fieldKey = String(fieldId);
    for (const [term, data] of plain.index) {
      const freqsByDoc = data[fieldKey];
      if (!freqsByDoc) continue;
      const shorts = Object.keys(freqsByDoc);
      const docs = new Int32Array(shorts.length);
      const freqs = new Uint16Array(shorts.length);
      let n = 0;
      for (const shortId of shorts) {
        const doc = denseOf[Number(shortId)] ?? -1;
        if (doc === -1) continue; // discarded document
        docs[n] = doc;
        freqs[n] = freqsByDoc[shortId] ?? 0;
        n++;
      }
      vocabulary.set(term, postings.length);
      postings.push({ docs: docs.subarray(0, n), freqs: freqs.subarray(0, n) });
    }
    this.documentCount = count;
    this.ids = ids;
    this.stored = stored;
    this.vocabulary = vocabulary;
    this.postings = postings;
    this.scores = new Float64Array(count);
    this.matchedWords = new Uint16Array(count);
    this.lastWord = new Int32Array(count);
    this.touched = new Int32Array(count);
    this.context = new Float64Array(count);
    this.listHead = new Int32Array(count).fill(-1);
    this.listTail = new Int32Array(count).fill(-1);
  }

  /** From MiniSearch's serialised form (`JSON.parse(JSON.stringify(miniSearch))` or `miniSearch.toJSON()`). */
  static fromPlain(plain: unknown, field: string): PassageEngine {
    if (!isRecord(plain) || plain.serializationVersion !== SERIALIZATION_VERSION)
      throw new IndexFormatError(
        `not a MiniSearch index (serializationVersion ${SERIALIZATION_VERSION} expected)`,
      );
    for (const key of ['documentIds', 'fieldIds', 'fieldLength', 'averageFieldLength', 'storedFields'])
      if (!isRecord(plain[key]) && !Array.isArray(plain[key]))
        throw new IndexFormatError(`field "${key}" missing or malformed`);
    if (!Array.isArray(plain.index)) throw new IndexFormatError('field "index" missing or malformed');
    if (typeof plain.nextId !== 'number') throw new IndexFormatError('field "nextId" missing or malformed');
    return new PassageEngine(plain as unknown as AsPlainObject, field);
  }

  get termCount(): number {
    return this.postings.length;
  }

  /** How many passages hold `term` (0 when it is not in the index). */
  documentFrequency(term: string): number {
    const id = this.vocabulary.get(term);
    return id === undefined ? 0 : (this.postings[id] as Postings).docs.length;
  }

  /** Dense passage number for a passage id. */
  docOf(id: string): number | undefined {
    this.idToDoc ??= new Map(this.ids.map((passageId, doc) => [passageId, doc]));
    return this.idToDoc.get(id);
  }

  /**
   * Index terms each query word stands for: itself, its completions and its
   * near misses, exactly as MiniSearch expands them for `options`; weight is
   * MiniSearch's (1 exact, decaying with the distance for prefix and fuzzy).
   */
  private expand(
    words: string[],
    options: SearchOptions,
    extraWords: readonly WeightedWord[] = [],
  ): Expanded[] {
    const { fuzzy: fuzzyWeight, prefix: prefixWeight } = { ...DEFAULT_WEIGHTS, ...options.weights };
    const maxFuzzy = options.maxFuzzy ?? DEFAULT_MAX_FUZZY;
    const out: Expanded[] = [];
    words.forEach((word, i) => {
      const exact = this.vocabulary.get(word);
      if (exact !== undefined) out.push({ term: exact, word: i, weight: 1, text: word });
      const prefix =
        typeof options.prefix === 'function' ? options.prefix(word, i, words) : options.prefix === true;
      const fraction = fuzzyOption(options.fuzzy, word, i, words);
      const maxDistance = fraction < 1 ? Math.min(maxFuzzy, Math.round(word.length * fraction)) : fraction;
      const fuzzyMatches = maxDistance > 0 ? this.vocabulary.fuzzyGet(word, maxDistance) : undefined;
      if (prefix) {
        for (const [term, id] of this.vocabulary.atPrefix(word)) {
          const distance = term.length - word.length;
          if (distance === 0) continue;
          fuzzyMatches?.delete(term);
          out.push({
            term: id,
            word: i,
            weight: (prefixWeight * term.length) / (term.length + 0.3 * distance),
            text: term,
          });
        }
      }
      if (fuzzyMatches) {
        for (const [term, [id, distance]] of fuzzyMatches) {
          if (distance === 0) continue;
          out.push({
            term: id,
            word: i,
            weight: (fuzzyWeight * term.length) / (term.length + distance),
            text: term,
          });
        }
      }
    });
    extraWords.forEach(({ word, weight }, i) => {
      const exact = this.vocabulary.get(word);
      if (exact !== undefined) out.push({ term: exact, word: words.length + i, weight, text: word });
    });
    return out;
  }

  /**
   * Scores every passage the expanded words reach into the scratch arrays;
   * returns how many were touched. With `track`, also lists per passage the
   * expansions it matched, in the order met (for suggest()).
   */
  private accumulate(expansions: readonly Expanded[], track: boolean): number {
    const { scores, matchedWords, lastWord, touched, lengthNorm, listHead, listTail } = this;
    const total = this.documentCount;
    let touchedCount = 0;
    let nodes = 0;
    for (let e = 0; e < expansions.length; e++) {
      const { term, word, weight } = expansions[e] as Expanded;
      const { docs, freqs } = this.postings[term] as Postings;
      const matching = docs.length;
      const idf = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
      const stamp = word + 1;
      if (track) this.reserveNodes(nodes + matching);
      for (let p = 0; p < matching; p++) {
        const doc = docs[p] as number;
        const tf = freqs[p] as number;
        if (matchedWords[doc] === 0) touched[touchedCount++] = doc;
        if (lastWord[doc] !== stamp) {
          lastWord[doc] = stamp;
          matchedWords[doc] = (matchedWords[doc] as number) + 1;
        }
        scores[doc] =
          (scores[doc] as number) +
          weight * idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + (lengthNorm[doc] as number)));
        if (track) {
          const node = nodes++;
          this.listValue[node] = e;
          this.listNext[node] = -1;
          const last = listTail[doc] as number;
          if (last === -1) listHead[doc] = node;
          else this.listNext[last] = node;
          listTail[doc] = node;
        }
      }
    }
    return touchedCount;
  }

  private reserveNodes(size: number): void {
    if (size <= this.listValue.length) return;
    const capacity = Math.max(size, this.listValue.length * 2);
    const value = new Int32Array(capacity);
    value.set(this.listValue);
    const next = new Int32Array(capacity);
    next.set(this.listNext);
    this.listValue = value;
    this.listNext = next;
  }

  private clear(touchedCount: number): void {
    const { scores, matchedWords, lastWord, touched, listHead, listTail, context } = this;
    for (let i = 0; i < touchedCount; i++) {
      const doc = touched[i] as number;
      scores[doc] = 0;
      context[doc] = 0;
      matchedWords[doc] = 0;
      lastWord[doc] = 0;
      listHead[doc] = -1;
      listTail[doc] = -1;
    }
  }

  /**
   * The best `limit` passages for `words` (tokenised and folded), best first:
   * among those matching every word when any accepted passage does, else
   * among those matching any word. One scoring pass serves both.
   */
  query(words: string[], options: SearchOptions, request: EngineQuery): EngineResult {
    const extraWords = request.extraWords ?? [];
    const expansions = this.expand(words, options, extraWords);
    const order = new Map<string, number>();
    for (const expansion of expansions)
      if (expansion.word < words.length && !order.has(expansion.text)) order.set(expansion.text, order.size);
    if (expansions.length === 0 || request.limit <= 0) return { ranked: [], expansions: order };
    let touchedCount = this.accumulate(expansions, false);
    try {
      const neighbourWeight = request.neighbourWeight ?? 0;
      if (neighbourWeight > 0) touchedCount = this.spread(touchedCount, neighbourWeight);
      const wordCount = words.length + extraWords.length;
      let ranked = this.select(touchedCount, request, request.anyWord ? 1 : wordCount);
      if (ranked.length === 0 && wordCount > 1) ranked = this.select(touchedCount, request, 1);
      return { ranked, expansions: order };
    } finally {
      this.clear(touchedCount);
    }
  }

  /**
   * Gives every touched passage's neighbours (the passages before and after
   * it in the same source and paragraph) a share of its score, keeping each
   * passage's best; neighbours not yet touched join the touched list.
   * Returns the new count. Passages are numbered in the order they were
   * indexed, which is their order in the article.
   */
  private spread(touchedCount: number, weight: number): number {
    const { scores, matchedWords, touched, context, stored } = this;
    let count = touchedCount;
    for (let i = 0; i < touchedCount; i++) {
      const doc = touched[i] as number;
      const own = stored[doc] as StoredPassage;
      const share = weight * (scores[doc] as number) * (matchedWords[doc] as number);
      for (const next of [doc - 1, doc + 1]) {
        const near = stored[next];
        if (near?.sourceId !== own.sourceId || near.paragraph !== own.paragraph) continue;
        // A passage no word matched joins the touched list once, when its first neighbour reaches it.
        if (matchedWords[next] === 0 && context[next] === 0) touched[count++] = next;
        if (share > (context[next] as number)) context[next] = share;
      }
    }
    return count;
  }

  /**
   * Top `limit` of the touched passages that matched at least `minWords` query
   * words (or, with neighbourWeight, sit next to one), by score × matched
   * words, plus the neighbours' share, × boost; ties keep the order passages
   * were first reached in (as MiniSearch's stable sort does).
   */
  private select(touchedCount: number, request: EngineQuery, minWords: number): RankedPassage[] {
    const { scores, matchedWords, touched, context } = this;
    const { limit, accept, boost } = request;
    const heap = new TopK(limit);
    for (let i = 0; i < touchedCount; i++) {
      const doc = touched[i] as number;
      const matched = matchedWords[doc] as number;
      const near = context[doc] as number;
      if (matched < minWords && near === 0) continue;
      let score = (scores[doc] as number) * matched + near;
      if (boost) score *= boost(doc);
      if (!heap.wouldTake(score)) continue;
      if (accept && !accept(doc)) continue;
      heap.push(doc, score, i);
    }
    return heap.sorted();
  }

  /**
   * MiniSearch's autoSuggest on the AND results: passages grouped by the
   * index terms they matched (joined as a phrase), each phrase scored by its
   * passages' mean score, best first.
   */
  suggest(words: string[], options: SearchOptions, limit: number): SuggestionResult[] {
    const expansions = this.expand(words, options);
    if (expansions.length === 0 || limit <= 0) return [];
    const touchedCount = this.accumulate(expansions, true);
    try {
      const wordCount = words.length;
      // Passages that matched a single index term (the usual case) group by its number, the rest by a key string.
      const single = new Map<number, Group>();
      const multiple = new Map<string, Group>();
      let order = 0;
      for (let i = 0; i < touchedCount; i++) {
        const doc = this.touched[i] as number;
        const matched = this.matchedWords[doc] as number;
        if (matched < wordCount) continue;
        const score = (this.scores[doc] as number) * matched;
        const head = this.listHead[doc] as number;
        let group: Group | undefined;
        if (this.listNext[head] === -1) {
          const expansion = this.listValue[head] as number;
          group = single.get(expansion);
          if (!group)
            single.set(expansion, (group = { terms: [expansion], score: 0, count: 0, order: order++, doc }));
        } else {
          const terms: number[] = [];
          for (let node = head; node !== -1; node = this.listNext[node] as number) {
            const expansion = this.listValue[node] as number;
            if (!terms.includes(expansion)) terms.push(expansion);
          }
          const key = terms.join(',');
          group = multiple.get(key);
          if (!group) multiple.set(key, (group = { terms, score: 0, count: 0, order: order++, doc }));
        }
        group.score += score;
        group.count++;
      }
      const named = new Map<string, { score: number; count: number; order: number; doc: number }>();
      for (const group of [...single.values(), ...multiple.values()].sort((a, b) => a.order - b.order)) {
        // Two expansions of one word can be the same term (prefix and fuzzy); the phrase is what counts.
        const phrase = [...new Set(group.terms.map((e) => (expansions[e] as Expanded).text))].join(' ');
        const known = named.get(phrase);
        if (known) {
          known.score += group.score;
          known.count += group.count;
        } else
          named.set(phrase, { score: group.score, count: group.count, order: group.order, doc: group.doc });
      }
      return [...named]
        .map(([suggestion, { score, count, order: first, doc }]) => ({
          suggestion,
          score: score / count,
          first,
          doc,
        }))
        .sort((a, b) => b.score - a.score || a.first - b.first)
        .slice(0, limit)
        .map(({ suggestion, score, doc }) => ({ suggestion, score, doc }));
    } finally {
      this.clear(touchedCount);
    }
  }
}

interface Group {
  terms: number[];
  score: number;
  count: number;
  order: number;
  /** The first passage met. */
  doc: number;
}

/** A bounded min-heap of (score, arrival) keeping the `size` best. */
class TopK {
  private readonly docs: number[] = [];
  private readonly scores: number[] = [];
  private readonly arrivals: number[] = [];

  constructor(private readonly size: number) {}

  /** Worse = lower score, or equal score and later arrival. */
  private worse(i: number, j: number): boolean {
    const a = this.scores[i] as number;
    const b = this.scores[j] as number;
    return a < b || (a === b && (this.arrivals[i] as number) > (this.arrivals[j] as number));
  }

  wouldTake(score: number): boolean {
    return this.docs.length < this.size || score > (this.scores[0] as number);
  }

  push(doc: number, score: number, arrival: number): void {
    if (this.docs.length < this.size) {
      this.docs.push(doc);
      this.scores.push(score);
      this.arrivals.push(arrival);
      this.up(this.docs.length - 1);
      return;
    }
    this.docs[0] = doc;
    this.scores[0] = score;
    this.arrivals[0] = arrival;
    this.down(0);
  }

  sorted(): RankedPassage[] {
    return this.docs
      .map((doc, i) => ({ doc, score: this.scores[i] as number, arrival: this.arrivals[i] as number }))
      .sort((a, b) => b.score - a.score || a.arrival - b.arrival)
      .map(({ doc, score }) => ({ doc, score }));
  }

  private swap(i: number, j: number): void {
    for (const array of [this.docs, this.scores, this.arrivals]) {
      const t = array[i] as number;
      array[i] = array[j] as number;
      array[j] = t;
    }
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    const n = this.docs.length;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < n && this.worse(left, worst)) worst = left;
      if (right < n && this.worse(right, worst)) worst = right;
      if (worst === i) return;
      this.swap(i, worst);
      i = worst;
    }
  }
}
