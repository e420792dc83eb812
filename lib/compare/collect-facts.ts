import type { SourceMeta } from '../corpus';
import type { EntityKind, Matcher } from '../entities';
import type { SourcedFact } from './comparison-schema';
import { extractFacts } from './facts';
import { sourcedFact } from './sourced-fact';

/** Passages are `<sourceId>#<n>` with n from 0; no article has more sentences than this. */
const MAX_PASSAGES_PER_SOURCE = 100_000;
const PRONOUN = /^(?:he|she|they|it|we|i)$/iu;

/** What the engine reads: the corpus's sources, passages and items, loaded once. */
export interface CorpusView {
  sources: readonly SourceMeta[];
  passage(id: string): { text: string; entities: readonly string[] } | undefined;
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

function personIn(view: CorpusView, text: string): string | null {
  const people = view.matcher.findAll(text).filter((mention) => view.kindOf(mention.entityId) === 'person');
  return people.at(-1)?.entityId ?? null;
}

/**
 * The facts a source states in the given passages. A quotation's speaker is
 * resolved to a catalogue person only where the wording says so: the person
 * named in the speaker phrase ("Mr Ushakov said"), or for "he said" the last
 * person named in the sentence before. Anything else stays unknown: a person
 * merely named near a quote ("an aide said Mr Witkoff held “useful” talks
 * with Mr Putin") is not its speaker, and a wrong speaker would invent a
 * misattribution.
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
    for (const fact of extractFacts(passage.text, { published: source.published })) {
      let speakerId: string | null = null;
      if (fact.kind === 'quote') {
        const phrase = fact.speaker?.text ?? '';
        if (phrase !== '' && !PRONOUN.test(phrase)) {
          speakerId = personIn(view, phrase);
        } else if (PRONOUN.test(phrase)) {
          const index = Number(passageId.slice(passageId.lastIndexOf('#') + 1));
          const previous = view.passage(`${source.id}#${index - 1}`);
          if (previous) speakerId = personIn(view, previous.text);
        }
      }
      facts.push(sourcedFact(fact, { sourceId: source.id, passageId, sentence: passage.text }, speakerId));
    }
  }
  return facts;
}
