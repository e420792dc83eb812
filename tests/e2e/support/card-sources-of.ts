import { expect } from '@playwright/test';
import type { BrowserContext } from 'playwright-core';
import { ArticlePage } from '../pages/article-page';

export interface CardSourceShown {
  sourceId: string;
  outlet: string;
}

/**
 * Opens `url` in a new tab, rests on `word`, and returns the other sources the
 * card for `item` lists (the tab is closed again).
 */
export async function cardSourcesOf(
  context: BrowserContext,
  { url, word, item }: { url: string; word: string; item: string },
): Promise<CardSourceShown[]> {
  const tab = await context.newPage();
  const article = await ArticlePage.open(tab, url);
  await article.restPointerOn(word);
  const card = await article.waitForCard();
  expect(card.label).toBe(item);
  await tab.close();
  return card.others.map(({ sourceId, outlet }) => ({ sourceId, outlet }));
}
