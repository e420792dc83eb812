import { beforeAll, describe, expect, it } from 'vitest';
import { readCorpusBundle, type CorpusBundle } from '@/lib/node';
import { corpusStoriesFile } from '@/lib/stories';
import {
  MergedCorpus,
  userArticle,
  type BundledParts,
  type MergedSnapshot,
  type StoredSignals,
} from '@/lib/user-sources';
import { SEEDS_DIR } from '../../helpers/fixtures';

/**
 * The reader's articles join the corpus' stories as they are added, one at a
 * time, and leave them as they are removed; a restart groups them again from
 * the persisted signals alone.
 */

let built: CorpusBundle;
let bundled: BundledParts;
beforeAll(() => {
  built = readCorpusBundle(SEEDS_DIR);
  bundled = {
    index: JSON.parse(built.indexJson),
    sources: built.sources,
    catalogue: built.catalogue,
    signatures: built.signatures,
    storiesJson: corpusStoriesFile(built.articles, built.catalogue),
  };
});

/** Another outlet's report of one of the seeds' events: the seed's own sentences, retold in another order. */
function retold(seedIndex: number, id: string) {
  const seed = built.articles[seedIndex]!;
  const sentences = seed.paragraphs.flatMap((paragraph) => paragraph.sentences.map((s) => s.text));
  return userArticle({
    id,
    outlet: 'Another Outlet',
    title: null,
    author: null,
    published: seed.meta.published,
    url: null,
    text: [...sentences].reverse().join(' '),
  });
}

const unrelated = userArticle({
  id: 'yours-football',
  outlet: 'Sports Desk',
  title: 'Late goal settles the derby',
  author: null,
  published: '2024-11-02',
  url: null,
  text:
    'A header in stoppage time settled the derby on Saturday. The home side had trailed for most of the ' +
    'second half before their captain equalised from the penalty spot. The visiting manager said the ' +
    'referee had missed a handball in the build-up. The win lifts the club to third in the table.',
});

const storyOf = (corpus: MergedCorpus, id: string) => corpus.stories.storyOf(id)?.sourceIds ?? [];

describe('the reader’s sources in stories', () => {
  it('an article on a bundled story joins it; an article on nothing else is a story of its own', async () => {
    const corpus = MergedCorpus.fromBundled(bundled);
    const seed = built.articles[3]!.meta.id;
    const before = storyOf(corpus, seed);
    await corpus.apply({ add: [retold(3, 'yours-retold'), unrelated] });
    expect(storyOf(corpus, 'yours-retold')).toEqual([...before, 'yours-retold'].sort());
    expect(storyOf(corpus, 'yours-football')).toEqual(['yours-football']);
  });

  it('removing the reader’s articles leaves the bundled stories as they were', async () => {
    const corpus = MergedCorpus.fromBundled(bundled);
    const shipped = corpus.stories.stories();
    await corpus.apply({ add: [retold(0, 'yours-a'), unrelated] });
    await corpus.apply({ remove: ['yours-a', 'yours-football'] });
    expect(corpus.stories.stories()).toEqual(shipped);
  });

  it('a snapshot restores the same stories without re-reading a text', async () => {
    const corpus = MergedCorpus.fromBundled(bundled);
    await corpus.apply({ add: [retold(1, 'yours-b'), unrelated] });
    const snapshot = JSON.parse(JSON.stringify(corpus.snapshot()));
    expect(MergedCorpus.fromSnapshot(bundled, snapshot).stories.stories()).toEqual(corpus.stories.stories());
  });

  it('a snapshot is loaded without parsing any article’s signals, and parses one when it is read', async () => {
    const corpus = MergedCorpus.fromBundled(bundled);
    await corpus.apply({ add: [retold(1, 'yours-b'), unrelated] });
    const snapshot = JSON.parse(JSON.stringify(corpus.snapshot())) as MergedSnapshot;
    const broken = { ...snapshot, stories: { ...snapshot.stories, [unrelated.meta.id]: '{not json' } };
    const loaded = MergedCorpus.fromSnapshot(bundled, broken);
    expect(loaded.signalsOf('yours-b')).toEqual(corpus.signalsOf('yours-b'));
    expect(() => loaded.signalsOf(unrelated.meta.id)).toThrow(SyntaxError);
  });

  it('a snapshot that stored the signals as objects (older versions) restores the same stories', async () => {
    const corpus = MergedCorpus.fromBundled(bundled);
    await corpus.apply({ add: [retold(1, 'yours-b'), unrelated] });
    const snapshot = JSON.parse(JSON.stringify(corpus.snapshot())) as MergedSnapshot;
    const older: MergedSnapshot = {
      ...snapshot,
      stories: Object.fromEntries(
        Object.entries(snapshot.stories).map(([id, stored]) => [
          id,
          typeof stored === 'string' ? (JSON.parse(stored) as StoredSignals) : stored,
        ]),
      ),
    };
    expect(Object.values(older.stories).every((stored) => typeof stored === 'object')).toBe(true);
    expect(MergedCorpus.fromSnapshot(bundled, older).stories.stories()).toEqual(corpus.stories.stories());
  });
});
