import { isCalendarWord, MONTH_PATTERN, WEEKDAY_NAMES } from '../lexicon/calendar-words';
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
  /**
   * The same figure in the same unit ("a three-day conference") is itself a
   * shared detail: two long sentences that hold it and this many other words
   * in common agree, though they share less than `minOverlap` of their words.
   */
  minSharedSameValue: 3,
  /** A count below this ("the two sides", "three people") recurs in any story: it is no shared detail. */
  minDistinctiveCount: 10,
  /** A quotation shorter than this many words ("successful") is too common to align, unless one named speaker says it in both. */
  minQuoteWords: 3,
  /**
   * A quotation of this many words (but fewer than `minQuoteWords`) quoted
   * alike in two sentences that share `minSharedSameValue` other content
   * words is one quotation, whoever is named ("Blumenthal's campaign
   * disputed a report in the New York Times as an "outrageous distortion"" /
   * "… called a New York Times report … an "outrageous distortion""); one
   * word never is.
   */
  minQuoteWordsInContext: 2,
  /**
   * Two quotations that share a run of this many words are one quotation cut
   * or transcribed differently ("Hello, my name is the Republican Party, and I
   * got a problem" / "… and I have a problem!"): five words in a row rarely
   * recur by chance in one story, while outlets often cut a remark at other points.
   */
  minQuoteRun: 5,
  /**
   * Words either side of a named day that say what happened on it ("Witkoff
   * arrives in Moscow on August 6 to meet …"): a long sentence tells of
   * several things, and only those next to the day are dated by it.
   */
  dayWindowWords: 16,
  /**
   * Two reports of one figure part by rounding, a corrected count or an
   * updated toll, rarely by more than this factor; a figure several times
   * another in a sentence of the same story is another count ("the two
   * states suing" / "23 states with medical marijuana laws"), not a dispute.
   */
  maxDisputedRatio: 3,
  /**
   * One named speaker quoted by two sources in words that share this many
   * content words, and at least `minQuotedAlikeOverlap` of the shorter
   * quotation's, said one thing (an answer transcribed or cut two ways, "a
   * package of revenue and benefit adjustments to make it solvent" / "a package
   * of different changes to make it strong"): the sources quote them alike.
   */
  minQuotedAlikeShared: 4,
  minQuotedAlikeOverlap: 0.5,
  /**
   * A year recurs in a story far more than a day does ("the 2016 election"):
   * two sentences that name one year agree on it when they share this many
   * content words near it ("the trust fund will be exhausted in 2036" /
   * "the trust funds will be exhausted by 2036"). Another year both name
   * ("from 2000 to 2006") counts as one of them.
   */
  minSharedYear: 3,
} as const;

/**
 * Kinds whose values can be set against each other. Dates are not judged:
 * sources date different events, so two days never "differ"; one day named
 * in two sentences about the same thing agrees (`sameDay`).
 */
const NUMERIC = new Set<SourcedFact['kind']>(['quantity', 'percent', 'money', 'duration', 'clock']);

/**
 * A range written with both ends in digits ("a 40-60 hour training
 * program"): it names no single value but can be set against another. A
 * range in words ("dozens") is too loose to agree or differ with a count.
 */
function writtenRange(fact: SourcedFact): boolean {
  return fact.range !== null && fact.range[1] !== null && /\d\D+\d/u.test(fact.text);
}

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

/** Whether two figures that do not overlap are close enough to be one figure told two ways. */
function withinDispute(a: SourcedFact, b: SourcedFact): boolean {
  const ra = rangeOf(a);
  const rb = rangeOf(b);
  if (!ra || !rb) return false;
  const [low, high] = ra[1] < rb[0] ? [ra[1], rb[0]] : [rb[1], ra[0]];
  return low > 0 && high / low <= ALIGN.maxDisputedRatio;
}

/**
 * Whether a group of figures holds a dispute: two sources give values that do
 * not overlap, are close enough to be one figure, and neither source also
 * states the other's value (a source that gives both is telling two facts,
 * the repaid sum and the misused one, not contradicting the other).
 */
function disputed(group: readonly Prepared[]): boolean {
  const states = (sourceId: string, fact: SourcedFact): boolean =>
    group.some((p) => p.fact.sourceId === sourceId && overlaps(p.fact, fact));
  return group.some(({ fact: a }) =>
    group.some(
      ({ fact: b }) =>
        a.sourceId !== b.sourceId &&
        !overlaps(a, b) &&
        withinDispute(a, b) &&
        !states(a.sourceId, b) &&
        !states(b.sourceId, a),
    ),
  );
}

/** A group that holds no dispute, cut into its values: each value that several sources give is one agreement. */
function agreeingValues(group: readonly Prepared[]): Prepared[][] {
  const clusters: Prepared[][] = [];
  for (const item of group) {
    const home = clusters.find((cluster) => cluster.some((p) => overlaps(p.fact, item.fact)));
    if (home) home.push(item);
    else clusters.push([item]);
  }
  return clusters.filter((cluster) => new Set(cluster.map((p) => p.fact.sourceId)).size > 1);
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

/** "in Kyiv", "at the Zaporizhzhia region", "near Odesa": a capitalised name after a preposition of place. */
const PLACE_PHRASE =
  /\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Ii]nside)\s+(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*)/gu;

/** The places a sentence sets its events in ("injured in Kyiv"), folded; months and weekdays ("in May") are times. */
export function placesNamed(sentence: string): Set<string> {
  const places = new Set<string>();
  for (const match of sentence.matchAll(PLACE_PHRASE)) {
    const name = (match[1] ?? '').replace(/[’']s$/u, '');
    if (name.split(/\s+/u).some((word) => isCalendarWord(word))) continue;
    places.add(foldText(name));
  }
  return places;
}

/**
 * Two sentences that each set their events in named places, none shared, tell
 * of events in different places ("159 injured in Kyiv" / "injured 12 in the
 * Zaporizhzhia region"): their figures count different things. A place at two
 * scales ("Kyiv" / "Ukraine") is kept apart too: without a gazetteer here, a
 * missed agreement is the safer error.
 */
function differentPlaces(a: Prepared, b: Prepared): boolean {
  const pa = placesNamed(a.fact.sentence);
  const pb = placesNamed(b.fact.sentence);
  return pa.size > 0 && pb.size > 0 && ![...pa].some((place) => pb.has(place));
}

function comparable(a: Prepared, b: Prepared): boolean {
  if (a.fact.sourceId === b.fact.sourceId || a.fact.kind !== b.fact.kind || a.fact.unit !== b.fact.unit)
    return false;
  if (differentPlaces(a, b)) return false;
  const { shared, coefficient } = wordOverlap(a.words, b.words);
  return shared >= ALIGN.minShared && coefficient >= ALIGN.minOverlap;
}

function label(group: readonly Prepared[]): string {
  const first = group[0];
  if (!first) return '';
  if (first.fact.kind === 'quote') return `“${first.fact.quote ?? ''}”`;
  const year = first.fact.kind === 'date' && first.fact.iso === null ? first.fact.text : null;
  const counts = new Map<string, number>();
  for (const { words } of group) for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  const unit = first.fact.kind === 'quantity' ? first.fact.unit : null;
  const common = [...counts]
    .filter(([word, count]) => count === group.length && word !== unit)
    .sort((a, b) => b[0].length - a[0].length)
    .slice(0, 3)
    .map(([word]) => word);
  return [year ?? unit, ...common].filter(Boolean).join(', ');
}

/**
 * What a source states once in a finding: a figure's or a day's wording, a
 * quotation's speaker. A reader counts sources, not sentences.
 */
function valueKey(fact: SourcedFact): string {
  const said = fact.kind === 'quote' ? (fact.speakerId ?? fact.speaker ?? '') : fact.text;
  return [fact.sourceId, fact.kind, said].join('\n');
}

/**
 * How close two facts' sentences are: the words they share; for two
 * quotations, the share of the shorter one's content words, since one
 * outlet's quotation may be a cut of a longer one ("They're followers of a
 * false prophet." within "I would like to know who those Hispanics are,
 * because they are followers of a false prophet").
 */
function closeness(a: Prepared, b: Prepared): number {
  if ('content' in a && 'content' in b)
    return wordOverlap((a as PreparedQuote).content, (b as PreparedQuote).content).coefficient;
  return wordOverlap(a.words, b.words).shared;
}

/**
 * Facts joined where `join` says two are about the same thing, closest pairs
 * first (most words in common), and never two of one source's sentences
 * stating one value: "reported Friday that AARP" meets the other outlet's
 * "reported Friday morning that AARP", not the lead that "pushed back Friday",
 * which would otherwise chain every Friday of the story into one finding
 * where each source is shown by its first sentence.
 */
function groups<T extends Prepared>(items: readonly T[], join: (a: T, b: T) => boolean): T[][] {
  const parent = items.map((_, index) => index);
  const keys = items.map((item) => new Set([valueKey(item.fact)]));
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] ?? i;
    return i;
  };
  const pairs: { i: number; j: number; closeness: number }[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i];
      const b = items[j];
      if (a && b && join(a, b)) pairs.push({ i, j, closeness: closeness(a, b) });
    }
  }
  pairs.sort((x, y) => y.closeness - x.closeness);
  for (const { i, j } of pairs) {
    const [ri, rj] = [find(i), find(j)];
    if (ri === rj) continue;
    const [ki, kj] = [keys[ri]!, keys[rj]!];
    if ([...kj].some((key) => ki.has(key))) continue;
    for (const key of kj) ki.add(key);
    parent[rj] = ri;
  }
  const byRoot = new Map<number, T[]>();
  items.forEach((item, index) => {
    const root = find(index);
    byRoot.set(root, [...(byRoot.get(root) ?? []), item]);
  });
  return [...byRoot.values()].filter((group) => new Set(group.map((p) => p.fact.sourceId)).size > 1);
}

/** A date that names its day: "Aug 6", "6 August", "Wednesday", "yesterday"; not "last week" or "this year". */
const DAY_PRECISE = new RegExp(
  `\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_PATTERN}|${MONTH_PATTERN}\\.?\\s+\\d{1,2}\\b|${WEEKDAY_NAMES.join('|')}|yesterday|today|tomorrow)`,
  'iu',
);

/** One day named in two sentences about the same thing (the meeting "on August 6" / "on Wednesday"). */
function sameDay(a: Prepared, b: Prepared): boolean {
  if (a.fact.iso === null || a.fact.iso !== b.fact.iso || a.fact.sourceId === b.fact.sourceId) return false;
  return !differentPlaces(a, b) && wordOverlap(a.words, b.words).shared >= ALIGN.minShared;
}

/** A date that is a bare year ("in 2036", "a 2012 voter-approved measure"): the engine's dates give it no day. */
const BARE_YEAR = /^\d{4}$/u;
const YEAR_IN_TEXT = /(?<![\d$€£.,])\d{4}(?![\d%])/gu;

/** One year named in two sentences about the same thing (`minSharedYear` words near it). */
function sameYear(a: Prepared, b: Prepared): boolean {
  if (a.fact.text !== b.fact.text || a.fact.sourceId === b.fact.sourceId) return false;
  return !differentPlaces(a, b) && wordOverlap(a.words, b.words).shared >= ALIGN.minSharedYear;
}

/**
 * The words near a year, with the sentence's other years as words of their
 * own: a span "from 2000 to 2006" in both sentences is a detail they share.
 */
export function wordsAroundYear(sentence: string, year: string): Set<string> {
  const words = wordsAroundDay(sentence, year);
  for (const [other] of sentence.matchAll(YEAR_IN_TEXT)) if (other !== year) words.add(other);
  return words;
}

/** The content words within `dayWindowWords` words of a date in its sentence, the date's own left out. */
export function wordsAroundDay(sentence: string, dateText: string): Set<string> {
  const at = sentence.indexOf(dateText);
  if (at < 0) return contentWords(sentence);
  const before = sentence.slice(0, at).split(/\s+/u).slice(-ALIGN.dayWindowWords).join(' ');
  const after = sentence
    .slice(at + dateText.length)
    .split(/\s+/u)
    .slice(0, ALIGN.dayWindowWords + 1)
    .join(' ');
  return contentWords(`${before} ${after}`);
}

/** A quotation's words, folded: the same quote however it is punctuated or cased. */
export function quoteKey(quote: string | null): string {
  return foldText(quote ?? '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** English contractions written out, so "it’s not" and "it is not" are one wording. */
const CONTRACTIONS: readonly [RegExp, string][] = [
  [/\bcan't\b/gu, 'can not'],
  [/\bwon't\b/gu, 'will not'],
  [/n't\b/gu, ' not'],
  [/'m\b/gu, ' am'],
  [/'re\b/gu, ' are'],
  [/'ve\b/gu, ' have'],
  [/'ll\b/gu, ' will'],
  [/\b(it|that|there|what|he|she|who)'s\b/gu, '$1 is'],
];

/** A quotation's words in order, folded and with contractions written out. */
export function quoteWords(quote: string | null): string[] {
  let text = foldText(quote ?? '').replace(/[’‘]/gu, "'");
  for (const [pattern, replacement] of CONTRACTIONS) text = text.replace(pattern, replacement);
  return text
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** The runs of `length` words of a quotation, joined: two quotations share a run of that length iff they share one of these. */
function runsOf(words: readonly string[], length: number): Set<string> {
  const runs = new Set<string>();
  for (let i = 0; i + length <= words.length; i++) runs.add(words.slice(i, i + length).join(' '));
  return runs;
}

/**
 * Two speaker ids of one person: the same, or one the other's last words
 * ("blumenthal" / "richard-blumenthal"), as a catalogue may hold a surname
 * and a full name apart, or one surname after first names of one initial
 * ("mike-elliott" / "michael-elliott": a short form of the name, within the
 * one story a comparison covers). A wrong "differ" would invent a misattribution.
 */
export function samePerson(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short === long || long.endsWith(`-${short}`)) return true;
  const [x, y] = [a.split('-'), b.split('-')];
  return x.length === 2 && y.length === 2 && x[1] === y[1] && x[0]![0] === y[0]![0];
}

/**
 * Two speakers a comparison cannot tell apart with confidence: one person, or
 * two of one family name ("hillary-rodham-clinton" / "bill-clinton": "Mrs.
 * Clinton said" read as the last Clinton named). A quotation differs only
 * between speakers told apart; a wrong "differ" would invent a misattribution.
 */
export function maybeSamePerson(a: string, b: string): boolean {
  return samePerson(a, b) || a.split('-').at(-1) === b.split('-').at(-1);
}

interface PreparedQuote extends Prepared {
  quoteWords: string[];
  /** Its content words, to find one speaker quoted alike. */
  content: Set<string>;
  /** Its runs of `minQuoteRun` words. */
  runs: Set<string>;
  /** Its sentence's content words outside the quotation. */
  around: Set<string>;
}

/**
 * One quotation in two sources: the same words however punctuated; a run of
 * `minQuoteRun` words in common, or the whole of the shorter one (a remark
 * cut at other points); a short one ("disgusting") only when the same named
 * speaker says it in both, since a word or two is common property otherwise.
 */
function sameQuotation(a: PreparedQuote, b: PreparedQuote): boolean {
  const shorter = Math.min(a.quoteWords.length, b.quoteWords.length);
  if (shorter < ALIGN.minQuoteWords) {
    if (a.quoteWords.join(' ') !== b.quoteWords.join(' ')) return false;
    if (a.fact.speakerId !== null && a.fact.speakerId === b.fact.speakerId) return true;
    // Two words quoted alike in sentences about one thing (the campaign called the report an "outrageous distortion").
    return (
      shorter >= ALIGN.minQuoteWordsInContext &&
      wordOverlap(a.around, b.around).shared >= ALIGN.minSharedSameValue
    );
  }
  if (shorter < ALIGN.minQuoteRun) {
    // A short quotation is the same one when the longer holds all of its words in order.
    const [short, long] = a.quoteWords.length <= b.quoteWords.length ? [a, b] : [b, a];
    return runsOf(long.quoteWords, shorter).has(short.quoteWords.join(' '));
  }
  for (const run of a.runs) if (b.runs.has(run)) return true;
  return false;
}

/** A quotation's sentence's content words, the quotation's own left out. */
function wordsBesidesQuote(fact: SourcedFact): Set<string> {
  const words = contentWords(fact.sentence.replace(fact.text, ' '));
  for (const word of contentWords(fact.quote ?? '')) words.delete(word);
  return words;
}

/** One named speaker quoted by two sources in overlapping words (`minQuotedAlikeShared`). */
function quotedAlike(a: PreparedQuote, b: PreparedQuote): boolean {
  const [x, y] = [a.fact.speakerId, b.fact.speakerId];
  if (x === null || y === null || !samePerson(x, y)) return false;
  const { shared } = wordOverlap(a.content, b.content);
  const shorter = Math.min(a.content.size, b.content.size);
  return shared >= ALIGN.minQuotedAlikeShared && shared >= ALIGN.minQuotedAlikeOverlap * shorter;
}

/**
 * Sources give one quotation to people told apart, and no source gives it to
 * both: a source that quotes the same words from each of two people ("Obama
 * … an “act of terror”", "Clinton … calling the massacre an “act of
 * terror”") says both said them, so another that names only one is no dispute.
 */
function speakersDisputed(quotes: readonly SourcedFact[]): boolean {
  const bySource = new Map<string, string[]>();
  for (const { sourceId, speakerId } of quotes)
    if (speakerId !== null) bySource.set(sourceId, [...(bySource.get(sourceId) ?? []), speakerId]);
  const toldBoth = (a: string, b: string): boolean =>
    [...bySource.values()].some(
      (ids) => ids.some((id) => maybeSamePerson(id, a)) && ids.some((id) => maybeSamePerson(id, b)),
    );
  const speakers = [...bySource.values()].flat();
  return speakers.some((a) => speakers.some((b) => !maybeSamePerson(a, b) && !toldBoth(a, b)));
}

/**
 * A source that states the same value in several sentences ("August 6" twice)
 * is listed once with it: a reader counts sources, not sentences. A quotation
 * is the same value when the same speaker says it.
 */
function onceEach(values: readonly SourcedFact[]): SourcedFact[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = valueKey(value);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
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
    .filter((fact) => NUMERIC.has(fact.kind) && (fact.value !== null || writtenRange(fact)))
    .map((fact) => {
      const words = contentWords(fact.sentence);
      for (const word of contentWords(fact.text)) words.delete(word);
      return { fact, words };
    });
  const days = usable
    .filter((fact) => fact.kind === 'date' && fact.iso !== null && DAY_PRECISE.test(fact.text))
    .map((fact) => ({ fact, words: wordsAroundDay(fact.sentence, fact.text) }));
  const years = usable
    .filter((fact) => fact.kind === 'date' && fact.iso === null && BARE_YEAR.test(fact.text))
    .map((fact) => ({ fact, words: wordsAroundYear(fact.sentence, fact.text) }));
  const quotes: PreparedQuote[] = usable
    .filter((fact) => fact.kind === 'quote')
    .map((fact) => {
      const words = quoteWords(fact.quote);
      return {
        fact,
        words: new Set([quoteKey(fact.quote)]),
        quoteWords: words,
        content: contentWords(fact.quote ?? ''),
        runs: runsOf(words, ALIGN.minQuoteRun),
        around: wordsBesidesQuote(fact),
      };
    })
    .filter((quote) => quote.quoteWords.length > 0);

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
      values: onceEach(group.map((p) => p.fact)),
    };
    (differ ? discrepancies : agreements).push(aligned);
  };

  const sameValue = (a: Prepared, b: Prepared): boolean =>
    a.fact.sourceId !== b.fact.sourceId &&
    a.fact.kind === b.fact.kind &&
    a.fact.unit === b.fact.unit &&
    a.fact.value === b.fact.value &&
    (a.fact.kind !== 'quantity' || (a.fact.value ?? 0) >= ALIGN.minDistinctiveCount) &&
    !differentPlaces(a, b) &&
    wordOverlap(a.words, b.words).shared >= ALIGN.minSharedSameValue;
  for (const group of groups(
    numeric,
    (a, b) => sameStory(a, b, storyOf) && (comparable(a, b) || sameValue(a, b)),
  )) {
    if (disputed(group)) add(group, true);
    else for (const values of agreeingValues(group)) add(values, false);
  }
  for (const group of groups(days, (a, b) => sameStory(a, b, storyOf) && sameDay(a, b))) add(group, false);
  for (const group of groups(years, (a, b) => sameStory(a, b, storyOf) && sameYear(a, b))) add(group, false);
  for (const group of groups(
    quotes,
    (a, b) =>
      a.fact.sourceId !== b.fact.sourceId &&
      sameStory(a, b, storyOf) &&
      (sameQuotation(a, b) || quotedAlike(a, b)),
  )) {
    add(group, speakersDisputed(group.map((p) => p.fact)));
  }
  return { discrepancies, agreements };
}
