import { test, expect } from './fixtures';
import { ArticlePage } from './pages/article-page';
import { serveSeedSite, type SeedSite } from './support/serve-seed-site';

/**
 * Seed 002 reports a Russian strike on a gas facility "in Ukraine’s Odesa
 * region"; seed 003 (same story) reports Russia attacking a gas pumping
 * station "in southern Ukraine": one place at two scales, an agreement only
 * claims (not figures) find.
 */
const PAGE = '002_e6f7d8410eb97394';

let site: SeedSite;

test.beforeAll(async () => {
  site = await serveSeedSite();
});

test.afterAll(async () => {
  await site?.close();
});

test('on a seed page, the card sets the Odesa strike beside the other source’s "southern Ukraine" as one place at two scales', async ({
  page,
}) => {
  const article = await ArticlePage.open(page, site.url(`${PAGE}.html`));
  await article.restPointerOn('Zelenskyy');
  const card = await article.waitForCard();
  expect(card.label).toBe('Volodymyr Zelenskyy');
  expect(card.text).toContain('What they assert');
  expect(card.text).toContain('one place named at two scales');
  expect(card.text).toContain('In Ukraine’s Odesa region, a Russian strike on a natural gas facility');
  expect(card.text).toContain('Russia had attacked a gas pumping station in southern Ukraine');
  await article.screenshot('card-claims-two-scales.png');
});
