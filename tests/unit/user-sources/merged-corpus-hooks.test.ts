import { beforeAll, describe, expect, it } from 'vitest';
import { findArticleItems } from '@/lib/item-extraction/find-article-items';
import { readCorpusBundle } from '@/lib/node';
import { corpusStoriesFile } from '@/lib/stories';
import { MergedCorpus, userArticle, type BundledParts } from '@/lib/user-sources';
import { SEEDS_DIR } from '../../helpers/fixtures';

let bundled: BundledParts;
beforeAll(() => {
  const built = readCorpusBundle(SEEDS_DIR);
  bundled = {
    index: JSON.parse(built.indexJson),
    sources: built.sources,
    catalogue: built.catalogue,
    signatures: built.signatures,
    storiesJson: corpusStoriesFile(built.articles, built.catalogue),
  };
  // Building the seeds' bundle reads WordNet: seconds on a busy machine (a hang guard, not a speed check).
}, 60_000);

const article = (text: string, published: string | null = null) =>
  userArticle({ id: 'yours-1', outlet: 'Outlet', title: null, author: null, published, url: null, text });

describe('MergedCorpus with the build’s rules', () => {
  it('lists a reader’s passage under a bundled date item when its weekday resolves to that day, as the build does', async () => {
    const dateItem = bundled.catalogue.entities.find((entity) => entity.label === 'August 6');
    expect(dateItem).toBeDefined();
    // Monday 4 August 2025: "plans to … on Wednesday" looks forward, to the 6th.
    const added = article('Mr Witkoff plans to deliver the message in Moscow on Wednesday.', '2025-08-04');
    const corpus = MergedCorpus.fromBundled(bundled);
    await corpus.apply({ add: [added] });
    const sources = corpus.catalogue.entities.find((entity) => entity.id === dateItem?.id)?.sources;
    expect(sources?.['yours-1']).toEqual(['yours-1#0']);
    expect(MergedCorpus.rebuild(bundled, [added]).catalogue).toEqual(corpus.catalogue);
  });

  it('takes an added article’s items from precomputed phrases (the item worker’s) when it is given them', async () => {
    const added = article(
      'Norwegian Minister Ingrid Halvorsen arrived in Moscow. Later Norwegian Minister Ingrid Halvorsen left.',
    );
    const light = MergedCorpus.fromBundled(bundled);
    await light.apply({ add: [added] });
    const worker = MergedCorpus.fromBundled(bundled);
    await worker.apply({ add: [added] }, new Map([['yours-1', findArticleItems(added)]]));
    const newIds = (corpus: MergedCorpus) =>
      corpus.catalogue.entities
        .filter((entity) => entity.id.includes('halvorsen'))
        .map((entity) => entity.id);
    expect(newIds(light)).toEqual(['norwegian-minister-ingrid-halvorsen']);
    expect(newIds(worker)).toEqual(['ingrid-halvorsen']);
    const precomputed = new Map([['yours-1', findArticleItems(added)]]);
    expect(MergedCorpus.rebuild(bundled, [added], precomputed).catalogue).toEqual(worker.catalogue);
  });
});
