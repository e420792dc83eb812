import { describe, expect, it } from 'vitest';
import { buildCorpus, CorpusError, MAX_ARTICLE_CHARS, type CorpusFile } from '@/lib/corpus';
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
    expect(walkout?.meta).toEqual({ id: 'walkout', publishedApproximate: false, lead: null, ...ENTRY });
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

/** buildCorpus, returning the ids it built and the warnings it gave. */
function buildWithWarnings(files: CorpusFile[]): { ids: string[]; warnings: string[] } {
  const warnings: string[] = [];
  const articles = buildCorpus(files, 'harbour', { onWarning: (message) => warnings.push(message) });
  return { ids: articles.map((article) => article.meta.id), warnings };
}

describe('buildCorpus on bad input', () => {
  it('skips an empty or blank article file with a warning naming it, and builds the rest', () => {
    for (const text of ['', '   \n\n\t', '\uFEFF', '\uFEFF\r\n']) {
      expect(buildWithWarnings([WALKOUT, { name: 'draft.txt', text }])).toEqual({
        ids: ['walkout'],
        warnings: ['corpus: harbour/draft.txt: skipped: the file is empty'],
      });
    }
  });

  it('keeps the manifest entry of an empty article from failing the build', () => {
    const files = [manifest({ draft: ENTRY }), WALKOUT, { name: 'draft.txt', text: '' }];
    expect(buildWithWarnings(files).ids).toEqual(['walkout']);
  });

  it('fails when every article is empty, rather than building an empty index', () => {
    expect(() =>
      buildCorpus(
        [
          { name: 'a.txt', text: '' },
          { name: 'b.txt', text: ' ' },
        ],
        'harbour',
      ),
    ).toThrow('corpus: harbour: no articles left to build (every .txt file is empty)');
  });

  it('refuses a 10 MB article, naming the file and its size, before parsing any article', () => {
    const huge = { name: 'dump.txt', text: 'Crane operators stopped work. '.repeat(350_000) };
    expect(huge.text.length).toBeGreaterThan(MAX_ARTICLE_CHARS);
    // Sorted first, this one would fail for want of sentences if files were
    // parsed before all of them were checked.
    const furniture = { name: 'a_promo.txt', text: 'PHOTO: AFP' };
    expect(() => buildCorpus([WALKOUT, furniture, huge], 'harbour')).toThrow(
      /^corpus: harbour\/dump\.txt: article is 10,500,000 characters, over the limit of 1,000,000; /u,
    );
  });

  it('accepts an article just under the size limit', () => {
    const sentence = 'Crane operators stopped work on Monday. ';
    const long = { name: 'long.txt', text: sentence.repeat(Math.floor(MAX_ARTICLE_CHARS / sentence.length)) };
    expect(buildWithWarnings([long]).ids).toEqual(['long']);
  }, 30_000);

  it('refuses text holding NUL or another control character, naming the line and column', () => {
    const binary = { name: 'image.txt', text: 'PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR' };
    expect(() => buildCorpus([WALKOUT, binary], 'harbour')).toThrow(
      'corpus: harbour/image.txt: line 2, column 1: control character U+001A; is it a binary file?',
    );
    const escapes = { name: 'pasted.txt', text: 'Talks resumed.\nThe \u001b[1mmediators\u001b[0m met.' };
    expect(() => buildCorpus([escapes], 'harbour')).toThrow(
      /pasted\.txt: line 2, column 5: control character U\+001B/u,
    );
  });

  it('keeps tabs, form feeds and vertical tabs, which are white space', () => {
    const text = 'Crane operators\tstopped work.\fTalks resumed.\vMediators met.';
    expect(buildWithWarnings([{ name: 'spaced.txt', text }]).ids).toEqual(['spaced']);
  });

  it('refuses the same file given twice', () => {
    expect(() => buildCorpus([WALKOUT, TALKS, WALKOUT], 'harbour')).toThrow(
      'corpus: harbour/walkout.txt: given twice',
    );
  });

  it('refuses two ids that differ only in case, which one folder cannot hold on macOS or Windows', () => {
    expect(() => buildCorpus([WALKOUT, { ...TALKS, name: 'Walkout.txt' }], 'harbour')).toThrow(
      /^corpus: harbour\/(?:walkout|Walkout)\.txt: id "(?:walkout|Walkout)" differs from (?:Walkout|walkout)\.txt only in case$/u,
    );
  });

  it('refuses a manifest id whose article differs in case', () => {
    expect(() => buildCorpus([manifest({ Walkout: ENTRY }), WALKOUT], 'harbour')).toThrow(
      'corpus: harbour/sources.json: manifest field "Walkout": no article Walkout.txt in the folder',
    );
  });

  it('refuses a manifest that gives one id twice, which JSON.parse would silently merge', () => {
    const entry = JSON.stringify(ENTRY);
    const twice = { name: 'sources.json', text: `{ "walkout": ${entry}, "walkout": ${entry} }` };
    expect(() => buildCorpus([twice, WALKOUT], 'harbour')).toThrow(
      'corpus: harbour/sources.json: manifest field "walkout": given twice (JSON would keep only the last)',
    );
  });

  it('reports every unknown manifest field by name, with its entry', () => {
    const odd = manifest({ walkout: { ...ENTRY, publisher: 'Calder Media', pubished: '2031-04-14' } });
    expect(() => buildCorpus([odd, WALKOUT], 'harbour')).toThrow(
      'corpus: harbour/sources.json: manifest field "walkout.publisher": is not a known field; ' +
        'field "walkout.pubished": is not a known field',
    );
  });

  it('reports a manifest field of the wrong type with the type it should have', () => {
    const wrong = manifest({ walkout: { ...ENTRY, publishedApproximate: 'yes', title: 7 } });
    expect(() => buildCorpus([wrong, WALKOUT], 'harbour')).toThrow(
      /^corpus: harbour\/sources\.json: manifest field "walkout\.title": .*expected string, received number; field "walkout\.publishedApproximate": .*expected boolean, received string$/u,
    );
  });

  it('builds nothing when one file of many is bad: the error is the only result', () => {
    const files = [WALKOUT, TALKS, { name: 'zz_binary.txt', text: 'GIF89a\u0000\u0001' }];
    let built: unknown;
    expect(() => (built = buildCorpus(files, 'harbour'))).toThrow(/zz_binary\.txt: line 1, column 7/u);
    expect(built).toBeUndefined();
  });
});
