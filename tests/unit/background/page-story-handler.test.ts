import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  answerPageSetup,
  answerPageStory,
  bundledState,
  type BundledAssets,
  type BundledCorpus,
} from '@/lib/background';
import { parseHTML } from 'linkedom';
import { catalogueMatcher } from '@/lib/entities';
import { extractPageText } from '@/lib/highlight';
import { MAX_PAGE_TEXT } from '@/lib/messaging';
import { readCorpusBundle } from '@/lib/node';
import { SEEDS_DIR } from '../../helpers/fixtures';
import { bundledAssetsOf } from '../../helpers/seed-assets';
import { sharedPath, unlessShared } from '../../helpers/shared-dir';

/** The background's answers about a page, on the seeds as the worker holds them. */
let corpus: BundledCorpus;
let articleText: (id: string) => string;

beforeAll(() => {
  const built = readCorpusBundle(SEEDS_DIR);
  const assets: BundledAssets = bundledAssetsOf(built);
  corpus = bundledState(assets, new Set()).corpus;
  articleText = (id) => readFileSync(join(SEEDS_DIR, `${id}.txt`), 'utf8');
});

const getCorpus = () => Promise.resolve(corpus);
const mentionsIn = (text: string) =>
  catalogueMatcher(corpus.catalogue)
    .findAll(text)
    .map((m) => m.entityId);

describe('answerPageStory', () => {
  it('puts a corpus article on its own story and shows every item found on it', async () => {
    const text = articleText('004_cf8e87853554287d');
    const entityIds = mentionsIn(text);
    const answer = await answerPageStory(
      { type: 'page-story', text, entityIds, pageSourceId: '004_cf8e87853554287d' },
      getCorpus,
    );
    expect(answer.story).toEqual({ story: corpus.stories.storyOf('004_cf8e87853554287d'), score: 1 });
    expect(new Set(answer.shown)).toEqual(new Set(entityIds));
  });

  it('finds the story of a report it does not know from its words', async () => {
    const text = articleText('002_e6f7d8410eb97394');
    const answer = await answerPageStory(
      { type: 'page-story', text, entityIds: mentionsIn(text), pageSourceId: null },
      getCorpus,
    );
    expect(answer.story?.story.sourceIds).toContain('002_e6f7d8410eb97394');
  });

  it(
    'off-story, shows none of the generic places, topics, common names or dates of another year',
    unlessShared('pages/wikipedia-2'),
    async () => {
      // A long article of another subject that names the United States, Canada, the UN, "8 August" (of 2017)…
      const html = readFileSync(sharedPath('pages/wikipedia-2/source.html'), 'utf8');
      const text = extractPageText(parseHTML(html).document).text.slice(0, MAX_PAGE_TEXT);
      const answer = await answerPageStory(
        { type: 'page-story', text, entityIds: mentionsIn(text), pageSourceId: null },
        getCorpus,
      );
      expect(answer.story).toBeNull();
      expect(new Set(mentionsIn(text)).size).toBeGreaterThanOrEqual(8);
      expect(answer.shown).toEqual([]);
    },
  );

  it('gives an empty page no story and nothing to show', async () => {
    const answer = await answerPageStory(
      { type: 'page-story', text: '', entityIds: [], pageSourceId: null },
      getCorpus,
    );
    expect(answer).toEqual({ type: 'page-story', story: null, shown: [] });
  });
});

describe('answerPageSetup', () => {
  it('marks the items shown on any page: the actors of one story that its sources discuss', async () => {
    const setup = await answerPageSetup(getCorpus);
    const specific = setup.items.filter((item) => item.specific).map((item) => item.id);
    expect(specific).toContain('steve-witkoff');
    expect(specific).not.toContain('donald-trump');
    expect(specific).not.toContain('united-states');
    expect(
      setup.items.filter((item) => item.specific && item.kind !== 'person' && item.kind !== 'organisation'),
    ).toEqual([]);
  });
});
