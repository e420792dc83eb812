import type { SourceMeta } from '../corpus';
import type { EntityKind, Matcher } from '../entities';
import type { SourcedFact } from './comparison-schema';
import { attributeQuotes, extractFacts } from './facts';
import { sourcedFact } from './sourced-fact';

/** Passages are `<sourceId>#<n>` with n from 0; no article has more sentences than this. */
const MAX_PASSAGES_PER_SOURCE = 100_000;

/** What the engine reads: the corpus's sources, passages and items, loaded once. */
export interface CorpusView {
  sources: readonly SourceMeta[];
  /** `paragraph` numbers the passage's paragraph in its article; a passage without one is read as a paragraph of its own. */
  passage(id: string): { text: string; entities: readonly string[]; paragraph?: number } | undefined;
  /** The catalogue's matcher and each item's kind. */
  matcher: Matcher;
  kindOf(entityId: string): EntityKind | undefined;
}

/** Every passage id of a source, in article order. */
export function sourcePassageIds(view: CorpusView, sourceId: string): string[] {
  const ids: string[] = [];
  for (let index = 0; index < MAX_PASSAGES_PER_SOURCE; index++) {
    const id = `${sourceId}#${index}`;
    if (!view.passage(id)) break;
    ids.push(id);
  }
  return ids;
}

/** A sentence whose subject points back ("The two met for around three hours", "They talked until noon"). */
const REFERS_BACK = /^(?:The two|The pair|The sides|The two sides|Both sides|Both men|Both leaders|They)\b/u;

/**
 * A sentence that opens by pointing back, with the sentence of its paragraph
 * it points to: "The two met for around three hours" says who met only with
 * "Mr Witkoff held talks with Mr Putin" before it. The fact is shown and
 * compared with both, so a reader sees who, and figures about one meeting
 * told in two sources share the words that say which meeting it was.
 */
export function withAntecedent(view: CorpusView, passageId: string, text: string): string {
  if (!REFERS_BACK.test(text)) return text;
  const hash = passageId.lastIndexOf('#');
  const index = Number(passageId.slice(hash + 1));
  if (!Number.isInteger(index) || index === 0) return text;
  const before = view.passage(`${passageId.slice(0, hash)}#${index - 1}`);
  const here = view.passage(passageId);
  if (!before || here?.paragraph === undefined || before.paragraph !== here.paragraph) return text;
  return `${before.text} ${text}`;
}

function personIn(view: CorpusView, text: string): string | null {
  const people = view.matcher.findAll(text).filter((mention) => view.kindOf(mention.entityId) === 'person');
  return people.at(-1)?.entityId ?? null;
}

/** Each quotation's speaker by passage id and offset, read once per source and view. */
type SpeakersOfSource = Map<string, Map<number, string | null>>;
const speakersCache = new WeakMap<CorpusView, Map<string, SpeakersOfSource>>();

/**
 * The speakers of a source's quotations, read a paragraph at a time
 * (`attributeQuotes`): the article is read whole once, since a quotation's
 * speaker may be named in the sentence after it or, for "he said", in the
 * paragraph before.
 */
function quoteSpeakers(view: CorpusView, sourceId: string): SpeakersOfSource {
  let bySource = speakersCache.get(view);
  if (!bySource) {
    bySource = new Map();
    speakersCache.set(view, bySource);
  }
  const cached = bySource.get(sourceId);
  if (cached) return cached;
  const paragraphs: { ids: string[]; texts: string[] }[] = [];
  let last: number | undefined;
  for (const id of sourcePassageIds(view, sourceId)) {
    const passage = view.passage(id);
    if (!passage) continue;
    const current = paragraphs.at(-1);
    if (current && passage.paragraph !== undefined && passage.paragraph === last) {
      current.ids.push(id);
      current.texts.push(passage.text);
    } else paragraphs.push({ ids: [id], texts: [passage.text] });
    last = passage.paragraph;
  }
  const speakers: SpeakersOfSource = new Map();
  for (const quote of attributeQuotes(paragraphs.map((paragraph) => paragraph.texts))) {
    const id = paragraphs[quote.paragraph]?.ids[quote.sentence];
    if (id === undefined) continue;
    const ofPassage = speakers.get(id) ?? new Map<number, string | null>();
    ofPassage.set(quote.fact.start, quote.speaker);
    speakers.set(id, ofPassage);
  }
  bySource.set(sourceId, speakers);
  return speakers;
}

/**
 * The facts a source states in the given passages. A quotation's speaker is
 * the one a reader gives it within its paragraph (`attributeQuotes`: "X
 * said", the speaker carried over a split quotation or named in the next
 * sentence, "he" for the last person named), resolved to a catalogue person
 * when the name is one. Anything else stays unknown: a person merely named
 * near a quote ("an aide said Mr Witkoff held “useful” talks with Mr Putin")
 * is not its speaker, and a wrong speaker would invent a misattribution.
 */
export function collectFacts(
  view: CorpusView,
  source: SourceMeta,
  passageIds: readonly string[],
): SourcedFact[] {
  const facts: SourcedFact[] = [];
  for (const passageId of passageIds) {
    const passage = view.passage(passageId);
    if (!passage) continue;
    const sentence = withAntecedent(view, passageId, passage.text);
    for (const fact of extractFacts(passage.text, { published: source.published })) {
      const where = { sourceId: source.id, passageId, sentence };
      if (fact.kind !== 'quote') {
        facts.push(sourcedFact(fact, where, null));
        continue;
      }
      const speaker = quoteSpeakers(view, source.id).get(passageId)?.get(fact.start) ?? null;
      facts.push(sourcedFact(fact, where, speaker === null ? null : personIn(view, speaker), speaker));
    }
  }
  return facts;
}
