import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { identifyPage, shingleHashes } from '../lib/corpus';
import { catalogueMatcher, type Mention } from '../lib/entities';
import { BLOCK_SEPARATOR } from '../lib/highlight';
import type { CorpusBundle } from '../lib/node';
import { corpusStories, decidePageHighlights, itemStandings, type StoryIndex } from '../lib/stories';
import type { StoryScore } from '../lib/stories';

/** A corpus made ready to answer pages as the background does: its stories and its items' standings. */
export interface PageJudge {
  bundle: Pick<CorpusBundle, 'catalogue' | 'signatures'>;
  stories: StoryIndex;
  standingOf: ReturnType<typeof itemStandings>;
  matcher: ReturnType<typeof catalogueMatcher>;
}

export function pageJudge(bundle: Pick<CorpusBundle, 'articles' | 'catalogue' | 'signatures'>): PageJudge {
  const stories = corpusStories(bundle.articles, bundle.catalogue);
  const published = new Map(bundle.articles.map((article) => [article.meta.id, article.meta.published]));
  return {
    bundle,
    stories,
    standingOf: itemStandings(bundle.catalogue.entities, stories, (id) => published.get(id)),
    matcher: catalogueMatcher(bundle.catalogue),
  };
}

export interface PageHighlightReport {
  story: StoryScore | null;
  /** Every mention the matcher finds, and whether the content script would highlight it with the default settings. */
  mentions: (Mention & { shown: boolean; firstInBlock: boolean })[];
  /** Ids of the items the page highlights. */
  shownItems: Set<string>;
}

/**
 * What the content script would highlight on a page with the default settings:
 * the background's decision (the page's story, its items' standings) and the
 * default density (an item's first mention in each block).
 */
export function pageHighlightReport(
  judge: PageJudge,
  text: string,
  file: string | null,
): PageHighlightReport {
  const found = judge.matcher.findAll(text);
  const pageUrl = file === null ? '' : pathToFileURL(resolve(file)).href;
  const decision = decidePageHighlights({
    text,
    entityIds: found.map((mention) => mention.entityId),
    pageSourceId: identifyPage(pageUrl, shingleHashes(text), judge.bundle.signatures),
    stories: judge.stories,
    standingOf: judge.standingOf,
    scope: 'story',
  });
  const seenInBlock = new Set<string>();
  let block = 0;
  let scanned = 0;
  const mentions = found.map((mention) => {
    for (; scanned < mention.start; scanned++) if (text[scanned] === BLOCK_SEPARATOR) block++;
    const key = `${block}\u0001${mention.entityId}`;
    const firstInBlock = !seenInBlock.has(key);
    seenInBlock.add(key);
    return { ...mention, firstInBlock, shown: firstInBlock && decision.shown.has(mention.entityId) };
  });
  return { story: decision.story, mentions, shownItems: decision.shown };
}
