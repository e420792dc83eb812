import { test, expect } from './fixtures';
import { ArticlePage } from './pages/article-page';
import { serveSeedSite, type SeedSite } from './support/serve-seed-site';

/**
 * A topic is a concept: the card for it lists every source that reports it,
 * also in other words. Which seeds report what was judged by reading them
 * (eval/gold/item-sources-seeds.json).
 */
let site: SeedSite;

test.beforeAll(async () => {
  site = await serveSeedSite();
});

test.afterAll(async () => {
  await site?.close();
});

test('on seed 002, the card for "ceasefire" lists every other seed, also those that write only "air truce"', async ({
  page,
}) => {
  const article = await ArticlePage.open(page, site.url('002_e6f7d8410eb97394.html'));
  await article.restPointerOn('ceasefire');
  const card = await article.waitForCard();
  expect(card.label).toBe('ceasefire');
  // 000 and 001 report an "air truce"; 003 a ceasefire; 004 the March 30-day ceasefire.
  expect(card.others.map((source) => source.sourceId).sort()).toEqual([
    '000_ad04fbc0c7af5402',
    '001_4ad11c5cc216dbde',
    '003_ef5a6fde2ba6a5a5',
    '004_cf8e87853554287d',
  ]);
  await article.screenshot('concepts-ceasefire-card.png');
});

test('on seed 003, the card for "refineries" lists the seeds that write "oil refineries"', async ({
  page,
}) => {
  const article = await ArticlePage.open(page, site.url('003_ef5a6fde2ba6a5a5.html'));
  await article.restPointerOn('refineries');
  const card = await article.waitForCard();
  expect(card.label).toBe('refineries');
  expect(card.others.map((source) => source.sourceId).sort()).toEqual([
    '002_e6f7d8410eb97394',
    '004_cf8e87853554287d',
  ]);
});
