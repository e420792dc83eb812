import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { catalogueMatcher, isProperKind } from '@/lib/entities';
import { extractPageText } from '@/lib/highlight';
import { readCorpusBundle } from '@/lib/node';
import { repoPath, SEEDS_DIR } from '../../helpers/fixtures';

/** Real pages saved from other sites (../shared/pages), read where they are, never copied here. */
const PAGES_DIR = repoPath('../shared/pages');
const pages = existsSync(PAGES_DIR)
  ? readdirSync(PAGES_DIR).filter((name) => existsSync(join(PAGES_DIR, name, 'source.html')))
  : [];
/** The pages' README names this one as the control in which no seed item appears. */
const NEGATIVE_CONTROL = 'herald-sun-1';

describe.skipIf(pages.length === 0)(
  'the seed catalogue on real pages about other stories',
  { timeout: 60_000 },
  () => {
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
  },
);
