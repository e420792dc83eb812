import { describe, expect, it } from 'vitest';
import { buildCorpus, CorpusError, type CorpusFile } from '@/lib/corpus';
import { lines } from '../../helpers/fixtures';

const WALKOUT: CorpusFile = {
  name: 'walkout.txt',
  text: lines(
    'Dockworkers Walk Out at Port Calder',
    'By Jane Doe',
    'Crane operators stopped work on Monday.',
  ),
};
const TALKS: CorpusFile = {
  name: 'talks.txt',
  text: lines('date 2031-04-17', 'Mediators met both sides on Thursday. Nothing was agreed.'),
};

function manifest(entries: Record<string, unknown>): CorpusFile {
  return { name: 'sources.json', text: JSON.stringify(entries) };
}

const ENTRY = {
  outlet: 'Calder Gazette',
  title: 'Port Calder Walkout',
  author: 'Hanna Sorvik',
  published: '2031-04-14',
  url: null,
};

describe('buildCorpus', () => {
  it('parses every article, in file-name order, with ids from the file names', () => {
    const articles = buildCorpus([WALKOUT, TALKS, { name: 'notes.md', text: '# not an article' }], 'harbour');
    expect(articles.map((article) => article.meta.id)).toEqual(['talks', 'walkout']);
  });

  it('works without a manifest, deriving metadata from the text', () => {
    const [talks, walkout] = buildCorpus([WALKOUT, TALKS], 'harbour');
    expect(walkout?.meta).toMatchObject({ title: 'Dockworkers Walk Out at Port Calder', author: 'Jane Doe' });
    expect(talks?.meta).toMatchObject({ title: null, published: '2031-04-17' });
  });

  it('applies the manifest entry of each article and leaves the others derived', () => {
    const [talks, walkout] = buildCorpus([manifest({ walkout: ENTRY }), WALKOUT, TALKS], 'harbour');
    expect(walkout?.meta).toEqual({ id: 'walkout', publishedApproximate: false, ...ENTRY });
    expect(talks?.meta.published).toBe('2031-04-17');
  });

  it('rejects a manifest id without an article, naming the manifest and the id', () => {
    expect(() => buildCorpus([manifest({ walkout: ENTRY, strike: ENTRY }), WALKOUT], 'harbour')).toThrow(
      'corpus: harbour/sources.json: manifest field "strike": no article strike.txt in the folder',
    );
  });

  it('reports an invalid manifest with its path in the folder', () => {
    expect(() =>
      buildCorpus([manifest({ walkout: { ...ENTRY, published: 'Monday' } }), WALKOUT], 'harbour'),
    ).toThrow(/^corpus: harbour\/sources\.json: manifest field "walkout\.published"/u);
  });

  it('rejects a folder without articles', () => {
    expect(() => buildCorpus([], 'harbour')).toThrow(
      new CorpusError('corpus: harbour: no .txt articles found'),
    );
    expect(() => buildCorpus([manifest({})], 'harbour')).toThrow(/no \.txt articles/u);
  });

  it('rejects an article that is only page furniture, naming the file', () => {
    const furniture = {
      name: 'promo.txt',
      text: lines('PHOTO: AFP', 'Follow topic:', 'Copyright 2031 Calder Gazette'),
    };
    expect(() => buildCorpus([WALKOUT, furniture], 'harbour')).toThrow(
      'corpus: harbour/promo.txt: article has no sentences after removing page furniture',
    );
  });

  it('rejects an article with only a headline and headings', () => {
    const headings = { name: 'stub.txt', text: lines('Strike at Port Calder', 'More soon') };
    expect(() => buildCorpus([headings], 'harbour')).toThrow(/harbour\/stub\.txt: article has no sentences/u);
  });

  it('rejects a file name that cannot be a source id', () => {
    expect(() => buildCorpus([{ ...TALKS, name: 'port talks.txt' }], 'harbour')).toThrow(
      /^corpus: harbour\/port talks\.txt: file name is not a valid source id/u,
    );
  });
});
