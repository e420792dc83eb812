import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_ARTICLE_CHARS } from '@/lib/corpus';
import { buildCorpusAssets, readCorpusDir } from '@/lib/node';
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
        lead: null,
        author: 'Priya Castellan',
        published: '2031-11-03',
        publishedApproximate: false,
        url: null,
      },
      {
        id: '002_resumed',
        outlet: null,
        title: 'Varne Ferries Resume After Two Days of Fog',
        lead: null,
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

  describe('on bad files', () => {
    const ARTICLE = 'Crane operators stopped work on Monday. Talks resume on Friday.';

    /** A scratch corpus folder holding `files` (text is written as UTF-8, bytes as they are). */
    function folder(files: Record<string, string | Uint8Array>): string {
      const dir = mkdtempSync(join(tmpdir(), 'parallax-corpus-'));
      scratch = dir;
      for (const [name, contents] of Object.entries(files)) writeFileSync(join(dir, name), contents);
      return dir;
    }

    it('refuses a binary file, naming it, the bad byte and its offset', () => {
      const dir = folder({
        'a.txt': ARTICLE,
        'b.txt': new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0xff, 0]),
      });
      expect(() => readCorpusDir(dir)).toThrow(
        `corpus: ${dir}/b.txt: is not UTF-8 text (byte 0xFF at offset 6); is it a binary file?`,
      );
    });

    it('refuses a binary file that happens to be valid UTF-8 by its NUL bytes', () => {
      const dir = folder({ 'a.txt': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]) });
      expect(() => readCorpusDir(dir)).toThrow(
        `corpus: ${dir}/a.txt: line 1, column 3: control character U+0003`,
      );
    });

    it('refuses a binary manifest, naming it', () => {
      const dir = folder({ 'a.txt': ARTICLE, 'sources.json': new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]) });
      expect(() => readCorpusDir(dir)).toThrow(
        `corpus: ${dir}/sources.json: is not UTF-8 text (byte 0xC3 at offset 1)`,
      );
    });

    it('reads a manifest and an article saved with a byte order mark', () => {
      const entry = {
        outlet: 'Calder Gazette',
        title: null,
        author: null,
        published: '2031-04-14',
        url: null,
      };
      const dir = folder({
        'a.txt': `\uFEFF${ARTICLE}`,
        'sources.json': `\uFEFF${JSON.stringify({ a: entry })}`,
      });
      const [article] = readCorpusDir(dir);
      expect(article?.meta.outlet).toBe('Calder Gazette');
      expect(article?.body).toBe(ARTICLE);
    });

    it('refuses a 10 MB file by its size, before reading it', () => {
      const dir = folder({ 'a.txt': ARTICLE, 'dump.txt': 'x'.repeat(10 * 1024 * 1024) });
      expect(() => readCorpusDir(dir)).toThrow(
        `corpus: ${dir}/dump.txt: file is 10,485,760 bytes, over the limit of 1,000,000 characters; is it really one article?`,
      );
    });

    it('refuses a file under the byte bound that still decodes past the character limit', () => {
      const dir = folder({ 'dump.txt': 'x'.repeat(MAX_ARTICLE_CHARS + 1) });
      expect(() => readCorpusDir(dir)).toThrow(/dump\.txt: article is 1,000,001 characters, over the limit/u);
    });

    it('skips an empty file with a warning, on standard error unless told otherwise', () => {
      const dir = folder({ 'a.txt': ARTICLE, 'empty.txt': '' });
      const warnings: string[] = [];
      expect(readCorpusDir(dir, { onWarning: (message) => warnings.push(message) })).toHaveLength(1);
      expect(warnings).toEqual([`corpus: ${dir}/empty.txt: skipped: the file is empty`]);

      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      try {
        readCorpusDir(dir);
        expect(warn).toHaveBeenCalledWith(`corpus: ${dir}/empty.txt: skipped: the file is empty`);
      } finally {
        warn.mockRestore();
      }
    });

    it('refuses an entities.json that is not UTF-8, naming it', () => {
      const dir = folder({ 'a.txt': ARTICLE, 'entities.json': new Uint8Array([0xfe, 0xff, 0, 0x7b]) });
      expect(() => buildCorpusAssets(dir)).toThrow(
        `corpus: ${dir}/entities.json: is UTF-16 text; save it as UTF-8`,
      );
    });
  });
});

describe('buildCorpusAssets', () => {
  it('returns every file the extension ships, each valid JSON', () => {
    const assets = buildCorpusAssets(fixtureCorpusDir('harbour-strike'));
    expect(assets.map((asset) => asset.relativeDest)).toEqual([
      'corpus/sources.json',
      'corpus/index.json',
      'corpus/catalogue.json',
      'corpus/signatures.json',
      'corpus/stories.json',
      'corpus/claims.json',
    ]);
    for (const asset of assets) expect(() => JSON.parse(asset.contents) as unknown).not.toThrow();
  });

  it('returns no file at all when one input is bad, whatever stage finds it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-corpus-'));
    try {
      writeFileSync(join(dir, 'a.txt'), 'Crane operators stopped work on Monday at Port Calder.');
      // The articles are fine; only the overrides, read after them, are bad.
      writeFileSync(join(dir, 'entities.json'), '{"merge": 7}');
      let assets: unknown;
      expect(() => (assets = buildCorpusAssets(dir))).toThrow(/entities\.json/u);
      expect(assets).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
