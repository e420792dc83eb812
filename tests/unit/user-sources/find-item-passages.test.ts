import { beforeAll, describe, expect, it } from 'vitest';
import { catalogueMatcher } from '@/lib/entities';
import { readCorpusBundle } from '@/lib/node';
import { corpusStoriesFile } from '@/lib/stories';
import {
  findItemPassages,
  isUserSource,
  MergedCorpus,
  PagedIndex,
  userArticle,
  type BundledParts,
  type UserSource,
} from '@/lib/user-sources';
import { memoryIndexStorage } from '@/lib/user-sources/memory-index-storage';
import { SEEDS_DIR } from '../../helpers/fixtures';

/**
 * An item's passages in the reader's sources, found in the paged index by
 * its aliases and the catalogue's matcher, are the passages the merged
 * corpus's catalogue lists for it: the card can take them from the index.
 */

const source = (id: string, outlet: string, text: string): UserSource => ({
  id,
  outlet,
  title: null,
  author: null,
  published: '2025-08-07',
  url: null,
  text,
});

const SOURCES: UserSource[] = [
  source(
    'yours-harbour',
    'Harbour Gazette',
    'Donald Trump walked along the quay and met 40 dock workers.\n\nDonald Trump Jr. stayed in Moscow. Trumps were everywhere on the posters.\n\nPutin did not comment. Ana Ruiz of Varnal Ferries said the strike goes on.',
  ),
  source(
    'yours-quay',
    'Quay Weekly',
    'The ferry union met Ana Ruiz on Monday.\n\nVarnal Ferries cancelled two crossings. Mr Trump said nothing about Putin.\n\nIn Moscow, Vladimir Putin met Steve Witkoff for three hours.',
  ),
  source(
    'yours-island',
    'Island Post',
    'Ruiz told the island council that Varnal Ferries would sail again. Donald Trump was not mentioned.',
  ),
];

let merged: MergedCorpus;
let index: PagedIndex;

beforeAll(async () => {
  const built = readCorpusBundle(SEEDS_DIR);
  const bundled: BundledParts = {
    index: JSON.parse(built.indexJson),
    sources: built.sources,
    catalogue: built.catalogue,
    signatures: built.signatures,
    storiesJson: corpusStoriesFile(built.articles, built.catalogue),
  };
  merged = MergedCorpus.rebuild(bundled, SOURCES.map(userArticle));
  index = new PagedIndex(memoryIndexStorage());
  await index.addMany(SOURCES);
});

/** The merged catalogue's passages of an item in the reader's sources. */
function mergedPassages(entityId: string): Record<string, string[]> {
  const entity = merged.catalogue.entities.find((candidate) => candidate.id === entityId);
  return Object.fromEntries(Object.entries(entity?.sources ?? {}).filter(([id]) => isUserSource(id)));
}

describe('findItemPassages', () => {
  it('finds, for every item the reader’s sources mention, the passages the merged catalogue lists', async () => {
    const matcher = catalogueMatcher(merged.catalogue);
    const implied = new Set(merged.catalogue.entities.flatMap((entity) => entity.also ?? []));
    const items = merged.catalogue.entities.filter(
      (entity) => !implied.has(entity.id) && Object.keys(entity.sources).some(isUserSource),
    );
    expect(items.length).toBeGreaterThan(3);
    for (const item of items) {
      const found = await findItemPassages(index, item, matcher);
      const ids = Object.fromEntries(
        Object.entries(found).map(([sourceId, hits]) => [sourceId, hits.map((hit) => hit.id)]),
      );
      expect({ item: item.label, ids }).toEqual({ item: item.label, ids: mergedPassages(item.id) });
    }
  });

  it('leaves out a passage the index finds by a prefix only (“Trumps”), and hidden sources', async () => {
    const matcher = catalogueMatcher(merged.catalogue);
    const trump = merged.catalogue.entities.find((entity) => entity.label === 'Donald Trump');
    if (!trump) throw new Error('test: the seeds have no Donald Trump');
    const found = await findItemPassages(index, trump, matcher, { exclude: new Set(['yours-island']) });
    expect(Object.keys(found).sort()).toEqual(['yours-harbour', 'yours-quay']);
    for (const hits of Object.values(found))
      for (const hit of hits) expect(hit.text).not.toMatch(/Trumps were/u);
  });
});
