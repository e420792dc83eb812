import { foldText } from '../search/normalize';
import type { AlignedFacts, SourcedFact } from './comparison-schema';
import { contentWords, wordOverlap } from './content-words';

/**
 * When two figures are "about the same thing". Being conservative matters
 * more than finding everything: a wrong contradiction misleads a reader,
 * a missed one only leaves them where they were. Two sentences must share at
 * least MIN_SHARED content words besides the figure itself, and those must be
 * at least MIN_OVERLAP of the shorter sentence's words.
 */
export const ALIGN = {
  minShared: 2,
  minOverlap: 0.3,
  /** A quotation shorter than this many words ("successful") is too common to align. */
  minQuoteWords: 3,
} as const;

/** Kinds whose values can be set against each other. Dates are listed, not judged: sources date different events. */
const NUMERIC = new Set<SourcedFact['kind']>(['quantity', 'percent', 'money', 'duration', 'clock']);

interface Prepared {
  fact: SourcedFact;
  words: Set<string>;
}

function rangeOf(fact: SourcedFact): [number, number] | null {
  if (fact.range) return [fact.range[0], fact.range[1] ?? Infinity];
  return fact.value === null ? null : [fact.value, fact.value];
}

function overlaps(a: SourcedFact, b: SourcedFact): boolean {
  const ra = rangeOf(a);
  const rb = rangeOf(b);
  if (!ra || !rb) return true;
  return ra[0] <= rb[1] && rb[0] <= ra[1];
}

/**
 * Which story a fact's source reports, when stories are known: facts of two
 * stories describe two events, so they neither differ nor agree. A source no
 * story holds (null) is set against nobody.
 */
export type FactStoryOf = (sourceId: string) => string | null;

function sameStory(a: Prepared, b: Prepared, storyOf: FactStoryOf | undefined): boolean {
  if (!storyOf) return true;
  const story = storyOf(a.fact.sourceId);
  return story !== null && story === storyOf(b.fact.sourceId);
}

function comparable(a: Prepared, b: Prepared): boolean {
  if (a.fact.sourceId === b.fact.sourceId || a.fact.kind !== b.fact.kind || a.fact.unit !== b.fact.unit)
    return false;
  const { shared, coefficient } = wordOverlap(a.words, b.words);
  return shared >= ALIGN.minShared && coefficient >= ALIGN.minOverlap;
}

function label(group: readonly Prepared[]): string {
  const first = group[0];
  if (!first) return '';
  if (first.fact.kind === 'quote') return `“${first.fact.quote ?? ''}”`;
  const counts = new Map<string, number>();
  for (const { words } of group) for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  const unit = first.fact.kind === 'quantity' ? first.fact.unit : null;
  const common = [...counts]
    .filter(([word, count]) => count === group.length && word !== unit)
    .sort((a, b) => b[0].length - a[0].length)
    .slice(0, 3)
    .map(([word]) => word);
  return [unit, ...common].filter(Boolean).join(', ');
}

/** Union-find over prepared facts, joined where `join` says two are about the same thing. */
function groups(items: readonly Prepared[], join: (a: Prepared, b: Prepared) => boolean): Prepared[][] {
  const parent = items.map((_, index) => index);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] ?? i;
    return i;
  };
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i];
      const b = items[j];
      if (a && b && join(a, b)) parent[find(j)] = find(i);
    }
  }
  const byRoot = new Map<number, Prepared[]>();
  items.forEach((item, index) => {
    const root = find(index);
    byRoot.set(root, [...(byRoot.get(root) ?? []), item]);
  });
  return [...byRoot.values()].filter((group) => new Set(group.map((p) => p.fact.sourceId)).size > 1);
}

/** A quotation's words, folded: the same quote however it is punctuated or cased. */
export function quoteKey(quote: string | null): string {
  return foldText(quote ?? '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Sets facts from different sources side by side: figures of the same kind
 * and unit stated in sentences about the same thing agree when their ranges
 * overlap and differ when they do not; a quotation carried by several sources
 * agrees when they name the same speaker and differs when they name others.
 * Facts from `excluded` sources (another time, another event) are left out;
 * with `storyOf`, facts are set against each other only within one story.
 */
export function alignFacts(
  facts: readonly SourcedFact[],
  excluded: ReadonlySet<string> = new Set(),
  storyOf?: FactStoryOf,
): { discrepancies: AlignedFacts[]; agreements: AlignedFacts[] } {
  const usable = facts.filter((fact) => !excluded.has(fact.sourceId));
  const numeric = usable
    .filter((fact) => NUMERIC.has(fact.kind) && fact.value !== null)
    .map((fact) => {
      const words = contentWords(fact.sentence);
      for (const word of contentWords(fact.text)) words.delete(word);
      return { fact, words };
    });
  const quotes = usable
    .filter((fact) => fact.kind === 'quote' && quoteKey(fact.quote).split(' ').length >= ALIGN.minQuoteWords)
    .map((fact) => ({ fact, words: new Set([quoteKey(fact.quote)]) }));

  const discrepancies: AlignedFacts[] = [];
  const agreements: AlignedFacts[] = [];
  const add = (group: Prepared[], differ: boolean): void => {
    const first = group[0];
    if (!first) return;
    const aligned: AlignedFacts = {
      status: differ ? 'differ' : 'agree',
      kind: first.fact.kind,
      unit: first.fact.unit,
      label: label(group),
      values: group.map((p) => p.fact),
    };
    (differ ? discrepancies : agreements).push(aligned);
  };

  for (const group of groups(numeric, (a, b) => sameStory(a, b, storyOf) && comparable(a, b))) {
    const differ = group.some((a) =>
      group.some((b) => a.fact.sourceId !== b.fact.sourceId && !overlaps(a.fact, b.fact)),
    );
    add(group, differ);
  }
  for (const group of groups(
    quotes,
    (a, b) =>
      a.fact.sourceId !== b.fact.sourceId &&
      sameStory(a, b, storyOf) &&
      quoteKey(a.fact.quote) === quoteKey(b.fact.quote),
  )) {
    const speakers = new Set(group.map((p) => p.fact.speakerId).filter((id): id is string => id !== null));
    add(group, speakers.size > 1);
  }
  return { discrepancies, agreements };
}
