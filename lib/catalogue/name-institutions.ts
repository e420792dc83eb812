import type { Article } from '../corpus';
import { FUNCTION_WORDS } from '../lexicon';
import { ORGANISATION_HEADS } from '../lexicon/name-heads';
import { KEEP, type DraftItem } from './merge-candidates';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * A person's name before a lower-case institution noun names the
 * institution that person heads ("the Obama administration", "the Trump
 * administration"): a thing of its own, which the extractor, reading a name
 * and a topic apart, never forms. The phrase must end its noun phrase
 * (punctuation or a function word follows: not "Trump press conference"),
 * and is kept as a topic is: written by two sources, or twice by one. Like
 * a topic a place opens ("Nevada caucus") it is a topic, labelled by the
 * form written most; the reader's extractor, which keeps names only, does
 * not look for it.
 */
export function nameInstitutions(items: readonly DraftItem[], articles: readonly Article[]): DraftItem[] {
  const names = new Set<string>();
  for (const item of items)
    if (item.kind === 'person')
      for (const alias of item.aliases.keys()) if (/^\p{Lu}[\p{L}'’-]+$/u.test(alias)) names.add(alias);
  if (names.size === 0) return [];
  const heads = [...ORGANISATION_HEADS].filter((head) => /^\p{Ll}+$/u.test(head));
  const pattern = new RegExp(
    `(?<![\\p{L}-])(${[...names].map(escape).join('|')})[ \\t]+(${heads.map(escape).join('|')})` +
      `(?=[,.;:!?)"”’]|[ \\t]+(\\p{L}+)|\\s*$)`,
    'gmu',
  );
  const found = new Map<string, { forms: Map<string, number>; sources: Map<string, number> }>();
  for (const article of articles) {
    const text = `${article.meta.title ?? ''}\n${article.body}`;
    for (const match of text.matchAll(pattern)) {
      const following = match[3];
      if (following !== undefined && !FUNCTION_WORDS.has(following.toLowerCase())) continue;
      const form = `${match[1] ?? ''} ${match[2] ?? ''}`;
      const key = form.toLowerCase();
      const entry = found.get(key) ?? {
        forms: new Map<string, number>(),
        sources: new Map<string, number>(),
      };
      entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
      entry.sources.set(article.meta.id, (entry.sources.get(article.meta.id) ?? 0) + 1);
      found.set(key, entry);
    }
  }
  const institutions: DraftItem[] = [];
  for (const { forms, sources } of found.values()) {
    const mentions = [...sources.values()].reduce((sum, count) => sum + count, 0);
    if (sources.size < KEEP.minSourcesShared && mentions < KEEP.minMentionsSalientTopic) continue;
    const label = [...forms].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
    institutions.push({
      label,
      kind: 'topic',
      aliases: new Map([...forms.keys()].map((form) => [form, false])),
      sources,
      mentions,
    });
  }
  return institutions;
}
