import type { Article } from '../corpus';
import { spellingKey } from './spelling-key';

/** Where the words of a phrase stand together: article id → occurrences. */
export type PhraseSources = (key: string) => ReadonlyMap<string, number> | undefined;

/** Punctuation that ends a clause: a phrase never runs over it ("ballot. Secret" is no "ballot secret"). */
const CLAUSE_BREAK = /[,.;:!?()[\]"“”—–]|\s-\s/u;
/** Words as the topic extractor keys them: hyphenated parts apart ("secret-ballot vote"). */
const WORD = /\p{L}[\p{L}'’]*/gu;
const LOWER = /^\p{Ll}/u;

/** Words that open a verb's object and say whose or which it is: "override his veto", "lift the sanctions". */
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'that']);
const NAME_POSSESSIVE = /^\p{Lu}\p{L}*['’]s?$/u;
const CAPITAL = /^\p{Lu}/u;

/**
 * The object of the word at `at` read as a verb, when a determiner or a
 * possessive opens it: "override his veto", "override President Obama’s
 * veto" give "veto". A topic of a modifier and a head ("veto override") is
 * told so with its head as the verb and its modifier as the object.
 */
function verbObject(words: readonly string[], at: number): string | undefined {
  const next = words[at + 1];
  if (next === undefined) return undefined;
  if (OBJECT_OPENERS.has(next.toLowerCase()) && next === next.toLowerCase()) {
    const object = words[at + 2];
    return object !== undefined && LOWER.test(object) ? object : undefined;
  }
  // A name's possessive of at most three words: "President Obama’s".
  for (let end = at + 1; end <= at + 3 && CAPITAL.test(words[end] ?? ''); end++)
    if (NAME_POSSESSIVE.test(words[end] ?? '')) {
      const object = words[end + 1];
      return object !== undefined && LOWER.test(object) ? object : undefined;
    }
  return undefined;
}

/**
 * Every run of two or three lower-case words in the corpus, under the
 * spelling key the topic extractor gives a phrase, with the articles that
 * write it. The extractor counts a noun phrase only as a whole run or its
 * last words, so a phrase it meets inside a longer run ("conducted by secret
 * ballot behind closed doors", where the tagger took "behind" for an
 * adjective) or before a hyphen ("a secret-ballot vote") goes uncounted,
 * though the matcher will find it there. A head written as a verb before
 * its modifier as object counts too ("to override his veto" for "veto
 * override"). `heads` (spelling keys) limits the index to phrases of those
 * head words.
 */
export function corpusPhraseSources(articles: readonly Article[], heads: ReadonlySet<string>): PhraseSources {
  const index = new Map<string, Map<string, number>>();
  const count = (key: string, article: string): void => {
    const bySource = index.get(key) ?? new Map<string, number>();
    bySource.set(article, (bySource.get(article) ?? 0) + 1);
    index.set(key, bySource);
  };
  const keys = new Map<string, string>();
  const keyOf = (word: string): string => {
    let key = keys.get(word);
    if (key === undefined) {
      key = spellingKey(word.toLowerCase());
      keys.set(word, key);
    }
    return key;
  };
  for (const article of articles)
    for (const paragraph of article.paragraphs) {
      if (paragraph.kind !== 'text') continue;
      for (const clause of paragraph.text.split(CLAUSE_BREAK)) {
        const words = clause.match(WORD) ?? [];
        words.forEach((word, end) => {
          if (!LOWER.test(word) || !heads.has(keyOf(word))) return;
          const object = verbObject(words, end);
          if (object !== undefined) count(`${keyOf(object)} ${keyOf(word)}`, article.meta.id);
          for (let n = 2; n <= 3 && end - n + 1 >= 0; n++) {
            const phrase = words.slice(end - n + 1, end + 1);
            if (!phrase.every((w) => LOWER.test(w))) break;
            count(phrase.map(keyOf).join(' '), article.meta.id);
          }
        });
      }
    }
  return (key) => index.get(key);
}
