import type { EntityKind } from '../entities/catalogue-schema';
import { spellingKey } from './spelling-key';

/** What the rule needs to know of an item. */
export interface StoryHeadItem {
  id: string;
  kind: EntityKind;
  label: string;
  aliases: ReadonlyMap<string, boolean>;
}

export interface ArticlePassage {
  id: string;
  text: string;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** "his policy on Medicare", "his own weapons": someone's particular thing, not the story's concept. */
const OWNED = /(?:(?<!\p{L})(?:his|her|their|its|my|our|your)|\p{L}['’]s?)\s+(?:\p{L}+\s+)?$/iu;

/** The passage names the head noun other than as someone's own. */
function namesHead(text: string, headPattern: RegExp): boolean {
  for (const match of text.matchAll(headPattern)) if (!OWNED.test(text.slice(0, match.index))) return true;
  return false;
}

/**
 * Within one story, a modified topic's head noun names the topic: once one
 * report has said "sovereign immunity", "secondary sanctions" or "partial
 * ceasefire", another report of the same event that writes "broad immunity
 * from American lawsuits", "sanctions" or "a truce" tells the same thing in
 * fewer words, and is not silent about it. A passage of an article counts
 * for a topic of several words when
 * - the article tells the story of an article that names the topic
 *   (`related`: their item profiles are alike), and does not name it itself;
 * - the passage names the topic's head noun, in either number, or a single
 *   noun that the catalogue links to it as a synonym ("truce" for
 *   "ceasefire"), other than as someone's own ("his policy on Medicare" is no
 *   "foreign policy", "his weapons" no "assault weapons").
 * `related` says whether two of the `articles` tell one story.
 * Outside the story the head says nothing of the topic ("sanctions" on Iran
 * are no secondary sanctions on Russia's buyers). Returns item id → article
 * → the passages to add.
 */
export function storyHeadPassages(
  items: readonly StoryHeadItem[],
  sources: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>,
  implies: ReadonlyMap<string, ReadonlySet<string>>,
  articles: readonly string[],
  passagesOf: (article: string) => readonly ArticlePassage[],
  related: (a: string, b: string) => boolean,
): Map<string, Map<string, string[]>> {
  // Topics, and names that end in a lower-case noun ("Obama administration": "the administration").
  const topics = items.filter((item) => item.kind === 'topic' || /\s\p{Ll}+$/u.test(item.label));
  const singleByKey = new Map<string, StoryHeadItem[]>();
  for (const item of topics)
    if (!item.label.includes(' ')) {
      const key = spellingKey(item.label.toLowerCase());
      singleByKey.set(key, [...(singleByKey.get(key) ?? []), item]);
    }
  const labelOf = new Map(topics.map((item) => [item.id, item.label.toLowerCase()]));
  const aliasesOf = new Map(topics.map((item) => [item.id, [...item.aliases.keys()]]));
  const storyOf = new Map<string, string[]>();
  const storyMates = (article: string): string[] => {
    let mates = storyOf.get(article);
    if (mates === undefined) {
      mates = articles.filter((other) => other !== article && related(article, other));
      storyOf.set(article, mates);
    }
    return mates;
  };

  const added = new Map<string, Map<string, string[]>>();
  for (const topic of topics) {
    const words = topic.label.toLowerCase().split(/\s+/u);
    const head = words.at(-1);
    if (words.length < 2 || head === undefined) continue;
    const told = sources.get(topic.id);
    if (told === undefined || told.size === 0) continue;
    // The head noun's words, and those of the single nouns it is a synonym of ("truce" for "ceasefire").
    // Only aliases that end in the head: "a wall along the border" ends in the modifier.
    const headWords = new Set(
      [...topic.aliases.keys()]
        .map((alias) => alias.toLowerCase().split(/\s+/u).at(-1) ?? '')
        .filter((word) => spellingKey(word) === spellingKey(head)),
    );
    for (const item of singleByKey.get(spellingKey(head)) ?? [])
      for (const id of [item.id, ...(implies.get(item.id) ?? [])]) {
        const label = labelOf.get(id);
        if (label === undefined || label.includes(' ')) continue;
        for (const alias of aliasesOf.get(id) ?? [])
          if (spellingKey(alias.toLowerCase()) === spellingKey(label)) headWords.add(alias.toLowerCase());
      }
    headWords.delete('');
    const headPattern = new RegExp(
      `(?<![\\p{L}-])(?:${[...headWords].map(escape).join('|')})(?![\\p{L}-])`,
      'giu',
    );
    const mates = new Set([...told.keys()].flatMap(storyMates));
    for (const article of mates) {
      if (told.has(article)) continue;
      const found = passagesOf(article)
        .filter((passage) => namesHead(passage.text, headPattern))
        .map((passage) => passage.id);
      if (found.length === 0) continue;
      const byArticle = added.get(topic.id) ?? new Map<string, string[]>();
      byArticle.set(article, found);
      added.set(topic.id, byArticle);
    }
  }
  return added;
}
