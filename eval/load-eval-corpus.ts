import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCatalogue } from '../lib/catalogue';
import type { Article } from '../lib/corpus';
import { catalogueMatcher, type Matcher } from '../lib/entities';
import { readCorpusDir, sharedWordnetLexicon } from '../lib/node';
import { articleStoryText, storySignals, type StorySignals } from '../lib/stories';

/** A labelled corpus as the evaluation sees it; `gold` is read here and nowhere in lib/. */
export interface EvalCorpus {
  name: string;
  articles: Article[];
  /** Each article's text as a page shows it: headline, then body. */
  texts: Map<string, string>;
  signals: Map<string, StorySignals>;
  /** The same text as a page at run time: no publication date. */
  pageSignals: Map<string, StorySignals>;
  gold: Map<string, string>;
  itemLabels: Map<string, string>;
  matcher: Matcher;
}

export function loadEvalCorpus(dir: string, name: string): EvalCorpus {
  const articles = readCorpusDir(dir, { onWarning: () => undefined });
  const { catalogue } = buildCatalogue(articles, { lexicon: sharedWordnetLexicon() });
  const matcher = catalogueMatcher(catalogue);
  const texts = new Map<string, string>();
  const signals = new Map<string, StorySignals>();
  const pageSignals = new Map<string, StorySignals>();
  for (const article of articles) {
    const text = articleStoryText(article);
    const mentions = matcher.findAll(text);
    texts.set(article.meta.id, text);
    signals.set(article.meta.id, storySignals(text, mentions, article.meta.published));
    pageSignals.set(article.meta.id, storySignals(text, mentions, null));
  }
  const raw = JSON.parse(readFileSync(join(dir, 'stories.json'), 'utf8')) as Record<
    string,
    { story: string }
  >;
  const gold = new Map<string, string>();
  for (const article of articles) {
    const entry = raw[article.meta.id];
    if (!entry) throw new Error(`eval: ${dir}/stories.json: no gold story for "${article.meta.id}"`);
    gold.set(article.meta.id, entry.story);
  }
  const itemLabels = new Map(catalogue.entities.map((entity) => [entity.id, entity.label]));
  return { name, articles, texts, signals, pageSignals, gold, itemLabels, matcher };
}
