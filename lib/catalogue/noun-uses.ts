import nlp from 'compromise';

interface TaggedTerm {
  tags: string[];
  offset: { start: number; length: number };
}

// The last sentences tagged: one passage is asked about for each topic it names, topic by topic.
const TAGGED_CACHE_SIZE = 4096;
const tagged = new Map<string, TaggedTerm[]>();

function taggedTerms(sentence: string): TaggedTerm[] {
  const cached = tagged.get(sentence);
  if (cached !== undefined) return cached;
  const terms = (nlp(sentence).json({ offset: true }) as { terms: TaggedTerm[] }[]).flatMap(
    (part) => part.terms,
  );
  if (tagged.size >= TAGGED_CACHE_SIZE) tagged.delete(tagged.keys().next().value as string);
  tagged.set(sentence, terms);
  return terms;
}

/**
 * How many of the given spans of a sentence are a noun's rather than a
 * verb's: a topic's aliases also match the verb ("It looks like", "could
 * help", "protect these amazing animals"), which names no topic, and the
 * words of a name ("the Congressional Animal Protection Caucus"). A span is
 * a verb's when compromise tags its last word (the head) a verb in the
 * sentence; an adjective's reading counts as the noun ("the state's
 * Republican primary", which the tagger reads as an adjective at the end).
 */
export function nounUses(sentence: string, spans: readonly { start: number; end: number }[]): number {
  if (spans.length === 0) return 0;
  const terms = taggedTerms(sentence);
  return spans.filter((span) => {
    // A capital inside the sentence makes the word a name's ("the Congressional Animal Protection Caucus").
    if (span.start > 0 && /^\p{Lu}/u.test(sentence.slice(span.start, span.end))) return false;
    const head = terms.findLast(
      (term) => term.offset.start < span.end && term.offset.start + term.offset.length > span.start,
    );
    return head === undefined || !head.tags.includes('Verb');
  }).length;
}
