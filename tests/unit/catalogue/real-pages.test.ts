import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { catalogueMatcher, isProperKind } from '@/lib/entities';
import { extractPageText } from '@/lib/highlight';
import { readCorpusBundle } from '@/lib/node';
import { SEEDS_DIR } from '../../helpers/fixtures';
import { savedPageNames, sharedPath, unlessShared } from '../../helpers/shared-dir';

/** Real pages saved from other sites (../shared/pages), read where they are, never copied here. */
const PAGES_DIR = sharedPath('pages');
const pages = savedPageNames();
/** The pages' README names this one as the control in which no seed item appears. */
const NEGATIVE_CONTROL = 'herald-sun-1';

describe('the seed catalogue on real pages about other stories', { timeout: 60_000 }, () => {
  // Without ../shared there are no pages to run over: this test is skipped, saying why.
  it('has saved pages to read', unlessShared('pages'), () => expect(pages.length).toBeGreaterThan(0));

  const { catalogue } = readCorpusBundle(SEEDS_DIR);
  const matcher = catalogueMatcher(catalogue);
  const kinds = new Map(catalogue.entities.map((entity) => [entity.id, entity.kind]));

  it.each(pages)('%s: names match only in capitals and no common word is a hit', (name) => {
    const html = readFileSync(join(PAGES_DIR, name, 'source.html'), 'utf8');
    const { text } = extractPageText(parseHTML(html).document);
    const mentions = matcher.findAll(text);
    for (const mention of mentions) {
      expect(text.slice(mention.start, mention.end)).toBe(mention.text);
      if (isProperKind(kinds.get(mention.entityId) ?? 'topic')) expect(mention.text).toMatch(/^\p{Lu}/u);
      expect(mention.text).not.toMatch(/^(?:us|it|may|will|the|new|said|nice)$/u);
    }
    if (name === NEGATIVE_CONTROL) expect(mentions).toEqual([]);
  });
});
