import { contentWords } from '../content-words';
import { claimSourceId, type Claim } from './claim-schema';

/**
 * Sentences of two sources of one event that tell the same thing in other
 * words ("Russia could agree to halt its drone and missile strikes" / "Russia
 * might offer a partial ceasefire by proposing a halt to missile and drone
 * attacks"): where actor, action and target do not line up, a sentence's
 * counterpart in another source is the one that shares most of what it
 * says, weighted by how rare each shared word is among the sentences
 * compared. A sentence is set beside its best counterpart only, and only
 * when that shares enough: every sentence has a best match, few have one
 * that tells the same.
 */

/**
 * A word weighs its log inverse sentence frequency over that of a word only
 * one sentence uses (1 for the rarest, 0 for a word of every sentence), so
 * the bars mean the same in a card's few passages and in a corpus. Without
 * the share of the shorter sentence and a shared act, about half the pairs
 * a reader checked shared names and a topic but no statement (README,
 * agreements).
 */
/** The shared words' summed weight: about two words that few sentences use. */
export const MIN_SHARED_WEIGHT = 1;
/** Shared words below this are one name and nothing said about it. */
export const MIN_SHARED_WORDS = 3;
/** The share of the shorter sentence's weight the shared words must carry: most of what it says. */
export const MIN_SHARED_SHARE = 0.35;

/** One sentence (passage) as restatements compare it: its claims' words, its figures, its polarity. */
interface Sentence {
  passageId: string;
  sourceId: string;
  story: string;
  claim: Claim;
  words: Set<string>;
  /** The stems of its claims' actions: what the sentence says happened. */
  acts: Set<string>;
  figures: Set<string>;
  negated: boolean;
}

/** "attacked", "attacks", "attacking" → "attack": the inflections a news sentence varies. */
export function wordStem(word: string): string {
  return word.length > 4 ? word.replace(/(?:ing|ed|es|s|e)$/u, '') : word;
}

const FIGURE = /\d+(?:[.,]\d+)*/gu;

function sentencesOf(claims: readonly Claim[], storyOf: (claim: Claim) => string | null): Sentence[] {
  const byPassage = new Map<string, Sentence>();
  for (const claim of claims) {
    const story = storyOf(claim);
    if (story === null) continue;
    let sentence = byPassage.get(claim.passageId);
    if (!sentence) {
      sentence = {
        passageId: claim.passageId,
        sourceId: claimSourceId(claim),
        story,
        claim,
        words: new Set(),
        acts: new Set(),
        figures: new Set(),
        negated: false,
      };
      byPassage.set(claim.passageId, sentence);
    }
    for (const word of contentWords(claim.text)) sentence.words.add(wordStem(word));
    for (const figure of claim.text.matchAll(FIGURE)) sentence.figures.add(figure[0].replace(/,/gu, ''));
    sentence.negated ||= claim.negated;
    sentence.acts.add(wordStem(claim.action));
  }
  return [...byPassage.values()];
}

/**
 * Two sentences that could tell one thing: one says what happened in a word
 * the other uses too (an act, not only who and where), neither denies what
 * the other does not, and they do not give figures of which none is shared
 * (the figures' own comparison judges those).
 */
function compatible(a: Sentence, b: Sentence): boolean {
  const sharesAct = (x: Sentence, y: Sentence): boolean =>
    [...x.acts].some((act) => y.words.has(act) || y.acts.has(act));
  if (!sharesAct(a, b) && !sharesAct(b, a)) return false;
  if (a.negated !== b.negated) return false;
  if (a.figures.size > 0 && b.figures.size > 0 && ![...a.figures].some((f) => b.figures.has(f))) return false;
  return true;
}

/**
 * Pairs of passages (each with one of its claims, for a reader) from two
 * sources of one story, where one is the other's best counterpart and they
 * share enough rare words. Each pair once, as [earlier passage id, later].
 */
export function restatedPassages(
  claims: readonly Claim[],
  storyOf: (claim: Claim) => string | null,
): [Claim, Claim][] {
  const sentences = sentencesOf(claims, storyOf);
  const frequency = new Map<string, number>();
  for (const sentence of sentences)
    for (const word of sentence.words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const rarest = Math.log(Math.max(sentences.length, 2));
  const weight = (word: string): number => Math.log(sentences.length / (frequency.get(word) ?? 1)) / rarest;
  const ownWeight = (sentence: Sentence): number =>
    [...sentence.words].reduce((sum, word) => sum + weight(word), 0);
  const groups = new Map<string, Sentence[]>();
  for (const sentence of sentences) {
    const key = `${sentence.story}\u0000${sentence.sourceId}`;
    groups.set(key, [...(groups.get(key) ?? []), sentence]);
  }
  const sources = [...groups.values()];
  const pairs = new Map<string, [Claim, Claim]>();
  for (const from of sources)
    for (const to of sources) {
      if (from === to || from[0]!.story !== to[0]!.story) continue;
      for (const sentence of from) {
        let best: { other: Sentence; shared: number; weight: number } | null = null;
        for (const other of to) {
          let shared = 0;
          let sum = 0;
          for (const word of sentence.words)
            if (other.words.has(word)) {
              shared++;
              sum += weight(word);
            }
          if (!best || sum > best.weight) best = { other, shared, weight: sum };
        }
        if (!best || best.shared < MIN_SHARED_WORDS || best.weight < MIN_SHARED_WEIGHT) continue;
        const shorter = Math.min(ownWeight(sentence), ownWeight(best.other));
        if (best.weight < MIN_SHARED_SHARE * shorter || !compatible(sentence, best.other)) continue;
        const [first, second] =
          sentence.passageId < best.other.passageId ? [sentence, best.other] : [best.other, sentence];
        pairs.set(`${first.passageId}\u0000${second.passageId}`, [first.claim, second.claim]);
      }
    }
  return [...pairs.values()];
}
