import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readCorpusDir } from '@/lib/node';
import { fixtureCorpusDir } from '../../helpers/fixtures';

describe('readCorpusDir', () => {
  let scratch: string | undefined;
  afterEach(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
    scratch = undefined;
  });

  it('reads a corpus folder with a manifest, taking facts from it', () => {
    const articles = readCorpusDir(fixtureCorpusDir('harbour-strike'));
    expect(articles.map((article) => article.meta.id)).toEqual(['001_walkout', '002_backlog', '003_talks']);
    expect(articles[0]?.meta).toMatchObject({ outlet: 'Calder Gazette', published: '2031-04-14' });
    // Not in the manifest: everything comes from the text.
    expect(articles[2]?.meta).toMatchObject({
      outlet: null,
      title: 'Can Mediators End the Port Calder Strike?',
      author: 'Oskar Lind',
    });
  });

  it('reads a corpus folder without a manifest, deriving metadata from the text', () => {
    const articles = readCorpusDir(fixtureCorpusDir('ferry-fog'));
    expect(articles.map((article) => article.meta)).toEqual([
      {
        id: '001_cancelled',
        outlet: null,
        title: 'Fog Halts Ferries to the Isle of Varne',
        author: 'Priya Castellan',
        published: '2031-11-03',
        publishedApproximate: false,
        url: null,
      },
      {
        id: '002_resumed',
        outlet: null,
        title: 'Varne Ferries Resume After Two Days of Fog',
        author: 'Luis Okafor',
        published: null,
        publishedApproximate: false,
        url: null,
      },
    ]);
  });

  it('ignores files that are neither articles nor the manifest', () => {
    scratch = mkdtempSync(join(tmpdir(), 'parallax-corpus-'));
    writeFileSync(join(scratch, 'a.txt'), 'Crane operators stopped work.');
    writeFileSync(join(scratch, 'README.md'), '# Not an article');
    mkdirSync(join(scratch, 'drafts'));
    expect(readCorpusDir(scratch).map((article) => article.meta.id)).toEqual(['a']);
  });

  it('rejects an empty folder, naming it', () => {
    scratch = mkdtempSync(join(tmpdir(), 'parallax-corpus-'));
    expect(() => readCorpusDir(scratch as string)).toThrow(`corpus: ${scratch}: no .txt articles found`);
  });

  it('rejects a missing folder with the reason, not a stack of fs internals', () => {
    const missing = join(tmpdir(), 'parallax-no-such-corpus');
    expect(() => readCorpusDir(missing)).toThrow(`corpus: ${missing}: cannot read folder (ENOENT)`);
  });
});
