import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { UserCorpusHost } from '@/lib/background';
import { EXPORT_PAGE_TEXT_BUDGET, MAX_EXPORT_PAGE_SOURCES, type ExportPageResponse } from '@/lib/messaging';
import { parseLargeExport } from '@/lib/ui/options/parse-large-export';
import { streamExport } from '@/lib/ui/options/stream-export';
import {
  MAX_ARTICLE_TEXT,
  MAX_IMPORT_SOURCES,
  openPagedIndex,
  openUserSourceStore,
  parseImportFile,
  type UserSource,
} from '@/lib/user-sources';
import { openIdbIndexStorage } from '@/lib/user-sources/idb-index-storage';

/**
 * The streamed export: the host answers pages of the stored sources after a
 * cursor, read straight from IndexedDB (fake-indexeddb here) without loading
 * the corpus; the options page's writer joins the pages into one file that
 * Import reads back, whatever its size.
 */

let databases = 0;

function generated(count: number, text = (i: number) => `Article ${i} about the harbour.`): UserSource[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `yours-gen-${String(i).padStart(5, '0')}`,
    outlet: i % 2 === 0 ? 'Harbour Gazette' : null,
    title: `Report ${i}`,
    author: null,
    published: i % 3 === 0 ? null : '2025-08-06',
    url: i % 4 === 0 ? `https://gazette.example/${i}` : null,
    text: text(i),
  }));
}

/** A host over a fresh database holding `sources`; its corpus is never loaded (loadAssets throws). */
async function hostWith(sources: UserSource[]): Promise<UserCorpusHost> {
  const name = `export-${++databases}`;
  const store = await openUserSourceStore(name);
  await store.commit({ put: sources });
  store.close();
  return new UserCorpusHost({
    loadAssets: () => Promise.reject(new Error('test: the export must not load the corpus')),
    openStore: () => openUserSourceStore(name),
    openIndex: () => openPagedIndex(name).then(({ index }) => index),
    openSourcePages: () => openIdbIndexStorage(name),
    log: () => {},
  });
}

const withoutId = ({ outlet, title, author, published, url, text }: UserSource) => ({
  outlet,
  title,
  author,
  published,
  url,
  text,
});

describe('the export page cursor', () => {
  it('pages through every source once, in id order, and ends with a null cursor', async () => {
    const sources = generated(7);
    const host = await hostWith(sources);
    const pages: ExportPageResponse[] = [];
    let after: string | null = null;
    do {
      const page = await host.exportPage(after, 3);
      pages.push(page);
      after = page.next;
    } while (after !== null && pages.length < 10);
    expect(pages.map((page) => page.sources.length)).toEqual([3, 3, 1]);
    expect(pages.flatMap((page) => page.sources)).toEqual(sources.map(withoutId));
    expect(pages.map((page) => page.next)).toEqual(['yours-gen-00002', 'yours-gen-00005', null]);
  });

  it('answers an empty store with one empty last page', async () => {
    const host = await hostWith([]);
    expect(await host.exportPage(null, MAX_EXPORT_PAGE_SOURCES)).toEqual({
      type: 'user-sources-export-page',
      sources: [],
      next: null,
    });
  });

  it('ends a page early when its texts reach the budget, and the next page goes on after it', async () => {
    const long = Math.floor(MAX_ARTICLE_TEXT * 0.9);
    const perPage = Math.ceil(EXPORT_PAGE_TEXT_BUDGET / long);
    expect(perPage).toBeLessThan(MAX_EXPORT_PAGE_SOURCES);
    const host = await hostWith(generated(perPage + 2, (i) => `${i} ${'x'.repeat(long)}`));
    const first = await host.exportPage(null, MAX_EXPORT_PAGE_SOURCES);
    expect(first.sources).toHaveLength(perPage);
    const second = await host.exportPage(first.next, MAX_EXPORT_PAGE_SOURCES);
    expect(second.sources.map((source) => source.text.split(' ')[0])).toEqual([
      String(perPage),
      String(perPage + 1),
    ]);
  });

  it('skips a stored record that no longer parses and still moves past it', async () => {
    const sources = generated(3);
    const broken = { ...sources[1], text: '' } as UserSource;
    const host = await hostWith([sources[0] as UserSource, broken, sources[2] as UserSource]);
    const page = await host.exportPage(null, 2);
    expect(page.sources).toEqual([withoutId(sources[0] as UserSource)]);
    const rest = await host.exportPage(page.next, 2);
    expect(rest.sources).toEqual([withoutId(sources[2] as UserSource)]);
  });
});

describe('streamExport', () => {
  it('writes one file that Import reads back with every source, as exported', async () => {
    const sources = generated(MAX_EXPORT_PAGE_SOURCES * 2 + 5);
    const host = await hostWith(sources);
    const counts: number[] = [];
    const { file, count } = await streamExport(
      (after, limit) => host.exportPage(after, limit),
      (n) => counts.push(n),
    );
    expect(count).toBe(sources.length);
    expect(counts).toEqual([MAX_EXPORT_PAGE_SOURCES, MAX_EXPORT_PAGE_SOURCES * 2, sources.length]);
    const text = await file.text();
    const read = parseImportFile({ name: 'parallax-sources.json', text }, () => null);
    expect(read).toEqual(sources.map(withoutId));
  });

  it('writes an empty export that still imports (with no sources)', async () => {
    const { file, count } = await streamExport(() =>
      Promise.resolve({ type: 'user-sources-export-page' as const, sources: [], next: null }),
    );
    expect(count).toBe(0);
    expect(parseImportFile({ name: 'empty.json', text: await file.text() }, () => null)).toEqual([]);
  });

  it('stops between pages when its signal is aborted', async () => {
    const host = await hostWith(generated(MAX_EXPORT_PAGE_SOURCES * 3));
    const abort = new AbortController();
    const pulled: (string | null)[] = [];
    const run = streamExport(
      (after, limit) => {
        pulled.push(after);
        return host.exportPage(after, limit);
      },
      () => abort.abort(),
      abort.signal,
    );
    await expect(run).rejects.toThrow();
    expect(pulled).toHaveLength(1);
  });
});

describe('parseLargeExport', () => {
  it('reads back an export larger than one import file may hold, a slice at a time', async () => {
    const sources = generated(MAX_IMPORT_SOURCES * 2 + 1);
    const pages: ExportPageResponse[] = [];
    for (let start = 0; start < sources.length; start += MAX_EXPORT_PAGE_SOURCES) {
      const end = start + MAX_EXPORT_PAGE_SOURCES;
      pages.push({
        type: 'user-sources-export-page' as const,
        sources: sources.slice(start, end).map(withoutId),
        next: end < sources.length ? `yours-gen-${String(end - 1).padStart(5, '0')}` : null,
      });
    }
    let n = 0;
    const { file } = await streamExport(() => Promise.resolve(pages[n++] as ExportPageResponse));
    const text = await file.text();
    // The usual parser refuses it (one file, one message's worth); the large-export reader takes it.
    expect(() => parseImportFile({ name: 'big.json', text }, () => null)).toThrow(/sources/u);
    expect(parseLargeExport({ name: 'big.json', text })).toEqual(sources.map(withoutId));
  });

  it('names the file and the source index in the whole file when a slice is malformed', () => {
    const sources = generated(MAX_IMPORT_SOURCES + 3).map(withoutId);
    const bad = MAX_IMPORT_SOURCES + 1;
    const file = {
      format: 'parallax-user-sources',
      version: 1,
      sources: sources.map((s, i) => (i === bad ? { ...s, text: '' } : s)),
    };
    expect(() => parseLargeExport({ name: 'big.json', text: JSON.stringify(file) })).toThrow(
      `user-sources: big.json: not a Parallax export: field "sources.${bad}.text": is empty`,
    );
  });

  it('leaves every other file to the usual parser', () => {
    const small = { format: 'parallax-user-sources', version: 1, sources: generated(2).map(withoutId) };
    expect(parseLargeExport({ name: 'small.json', text: JSON.stringify(small) })).toBeNull();
    expect(parseLargeExport({ name: 'notes.txt', text: 'hello' })).toBeNull();
    expect(parseLargeExport({ name: 'broken.json', text: '{' })).toBeNull();
    expect(parseLargeExport({ name: 'other.json', text: '{"format":"other","sources":[]}' })).toBeNull();
  });
});
