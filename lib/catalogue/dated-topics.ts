import type { Article } from '../corpus';
import { FUNCTION_WORDS } from '../lexicon';
import { MONTH_PATTERN, monthIndex } from '../lexicon/calendar-words';
import { plural, singular } from '../lexicon/inflection';
import { dateAliases } from './date-mentions';
import { KEEP, type DraftItem } from './merge-candidates';
import { spellingKey } from './spelling-key';

/**
 * A day, then a lower-case noun that ends its phrase: "the Sept. 11 attacks",
 * "the 9/11 attacks", "the Aug. 8 deadline". The day is written with its
 * month's name, or as month/day; the noun is followed by punctuation, a
 * function word or the end.
 */
const DATED_NOUN = new RegExp(
  `(?<![\\p{L}\\d/.-])(?:(${MONTH_PATTERN})\\.?[ \\t]+(\\d{1,2})|(\\d{1,2})/(\\d{1,2}))` +
    `[ \\t]+(\\p{Ll}+)(?=[,.;:!?)"”’]|[ \\t]+(\\p{L}+)|\\s*$)`,
  'gmu',
);

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * An event named by its day ("the Sept. 11 attacks", "the 9/11 attacks")
 * is a topic of its own, which the extractor, reading a date and a noun
 * phrase apart, never forms. Its key is the day and the noun's spelling key,
 * so every spelling of the day meets; the month/day spelling ("9/11") counts
 * only for an event the corpus also writes with the month's name, so that a
 * fraction ("2/3 majority") is none. Kept as a topic is (two sources, or
 * twice in one); its aliases are every spelling of the day with the noun in
 * both numbers, and the month/day one where the corpus writes it.
 */
export function datedTopics(articles: readonly Article[]): DraftItem[] {
  const found = new Map<
    string,
    { named: boolean; forms: Map<string, number>; sources: Map<string, number>; slashed: Set<string> }
  >();
  for (const article of articles) {
    const text = `${article.meta.title ?? ''}\n${article.body}`;
    for (const match of text.matchAll(DATED_NOUN)) {
      const [, monthWord, dayWord, monthNumber, dayNumber, noun = '', following] = match;
      if (following !== undefined && !FUNCTION_WORDS.has(following.toLowerCase())) continue;
      if (FUNCTION_WORDS.has(noun)) continue;
      const month = monthWord !== undefined ? monthIndex(monthWord) + 1 : Number(monthNumber);
      const day = Number(dayWord ?? dayNumber);
      if (month < 1 || month > 12 || day < 1 || day > 31) continue;
      const key = `${pad(month)}-${pad(day)} ${spellingKey(noun)}`;
      const entry = found.get(key) ?? {
        named: false,
        forms: new Map<string, number>(),
        sources: new Map<string, number>(),
        slashed: new Set<string>(),
      };
      const form = match[0];
      entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
      entry.sources.set(article.meta.id, (entry.sources.get(article.meta.id) ?? 0) + 1);
      if (monthWord !== undefined) entry.named = true;
      else entry.slashed.add(`${monthNumber ?? ''}/${dayNumber ?? ''}`);
      found.set(key, entry);
    }
  }
  const topics: DraftItem[] = [];
  for (const [key, { named, forms, sources, slashed }] of found) {
    const mentions = [...sources.values()].reduce((sum, count) => sum + count, 0);
    if (!named || (sources.size < KEEP.minSourcesShared && mentions < KEEP.minMentionsSalientTopic)) continue;
    const [day = '', noun = ''] = key.split(' ');
    const nouns = [...new Set([singular(noun), plural(singular(noun))])];
    // The form written most, a month's name before a number ("Sept. 11 attacks" over "9/11 attacks").
    const label =
      [...forms].sort(
        (a, b) => b[1] - a[1] || Number(/^\p{L}/u.test(b[0])) - Number(/^\p{L}/u.test(a[0])),
      )[0]?.[0] ?? '';
    const aliases = new Map<string, boolean>();
    for (const spelling of [...dateAliases(day), ...slashed])
      for (const word of nouns) aliases.set(`${spelling} ${word}`, false);
    for (const form of forms.keys()) aliases.set(form, false);
    topics.push({ label, kind: 'topic', aliases, sources, mentions });
  }
  return topics;
}
