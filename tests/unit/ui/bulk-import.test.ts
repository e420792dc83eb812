import { describe, expect, it, vi } from 'vitest';
import type { SourceMeta } from '@/lib/corpus/source-meta';
import type { UserSourcesImportedResponse } from '@/lib/messaging';
import { filterSources, NO_FILTER, outletsOf, publishedBefore } from '@/lib/ui/options/filter-sources';
import {
  BATCH_ARTICLES,
  runBulkImport,
  type BulkProgress,
  type PickedFile,
} from '@/lib/ui/options/run-bulk-import';
import type { UserSourceDraft } from '@/lib/user-sources';

const draft = (text: string): UserSourceDraft => ({
  outlet: null,
  title: null,
  author: null,
  published: null,
  url: null,
  text,
});
const file = (name: string, text = name): PickedFile => ({ name, text: () => Promise.resolve(text) });

function setup(failWith?: (drafts: UserSourceDraft[]) => UserSourcesImportedResponse['failed']) {
  const batches: UserSourceDraft[][] = [];
  const importSources = vi.fn((drafts: UserSourceDraft[]) => {
    batches.push(drafts);
    const failed = failWith?.(drafts) ?? [];
    return Promise.resolve<UserSourcesImportedResponse>({
      type: 'user-sources-imported',
      added: drafts.length - failed.length,
      updated: 0,
      failed,
    });
  });
  // "bad…" files fail to parse; "many…" files hold BATCH_ARTICLES articles.
  const parse = ({ name, text }: { name: string; text: string }): UserSourceDraft[] => {
    if (name.startsWith('bad')) throw new Error(`user-sources: ${name}: not a file Parallax can import`);
    return name.startsWith('many')
      ? Array.from({ length: BATCH_ARTICLES }, (_, i) => draft(`${text} ${i}`))
      : [draft(text)];
  };
  const progress: BulkProgress[] = [];
  return { batches, importSources, parse, progress, onProgress: (p: BulkProgress) => progress.push(p) };
}

describe('runBulkImport', () => {
  it('imports every good file, lists each bad one by name, and counts progress up to the total', async () => {
    const { importSources, parse, progress, onProgress } = setup();
    const report = await runBulkImport(
      [file('a.txt'), file('bad.doc'), file('b.md')],
      { parse, importSources },
      onProgress,
      new AbortController().signal,
    );
    expect(report).toEqual({
      added: 2,
      updated: 0,
      errors: ['user-sources: bad.doc: not a file Parallax can import'],
      cancelled: false,
    });
    expect(progress.at(0)).toEqual({ done: 0, total: 3 });
    expect(progress.at(-1)).toEqual({ done: 3, total: 3 });
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((x, y) => x - y));
  });

  it('sends whole files in batches, and a refused batch adds none of its files', async () => {
    const { batches, parse, progress, onProgress } = setup();
    const importSources = vi.fn((drafts: UserSourceDraft[]) => {
      batches.push(drafts);
      return Promise.reject(new Error('quota exceeded'));
    });
    const report = await runBulkImport(
      [file('many-1'), file('many-2')],
      { parse, importSources },
      onProgress,
      new AbortController().signal,
    );
    expect(batches.map((batch) => batch.length)).toEqual([BATCH_ARTICLES, BATCH_ARTICLES]);
    expect(report.added).toBe(0);
    expect(report.errors).toEqual(['many-1: quota exceeded', 'many-2: quota exceeded']);
    expect(progress.at(-1)).toEqual({ done: 2, total: 2 });
  });

  it('names the file of each article the background refused', async () => {
    const { parse, importSources, onProgress } = setup((drafts) =>
      drafts.flatMap((d, index) => (d.text === 'two' ? [{ index, reason: 'too long' }] : [])),
    );
    const report = await runBulkImport(
      [file('one.txt', 'one'), file('two.txt', 'two')],
      { parse, importSources },
      onProgress,
      new AbortController().signal,
    );
    expect(report.errors).toEqual(['two.txt: too long']);
    expect(report.added).toBe(1);
  });

  it('stops between batches when cancelled; what was sent stays', async () => {
    const abort = new AbortController();
    const { batches, parse, onProgress } = setup();
    const importSources = vi.fn((drafts: UserSourceDraft[]) => {
      batches.push(drafts);
      abort.abort();
      return Promise.resolve<UserSourcesImportedResponse>({
        type: 'user-sources-imported',
        added: drafts.length,
        updated: 0,
        failed: [],
      });
    });
    const report = await runBulkImport(
      [file('many-1'), file('many-2'), file('c.txt')],
      { parse, importSources },
      onProgress,
      abort.signal,
    );
    expect(batches).toHaveLength(1);
    expect(report).toMatchObject({ added: BATCH_ARTICLES, cancelled: true });
  });
});

const source = (id: string, outlet: string | null, published: string | null, title: string): SourceMeta => ({
  id,
  outlet,
  published,
  title,
  author: null,
  url: null,
  publishedApproximate: false,
  yours: true,
});
const SOURCES = [
  source('yours-a', 'Fox News', '2010-02-20', 'Glenn Beck rips progressivism'),
  source('yours-b', 'HuffPost', '2010-02-21', 'Beck at CPAC'),
  source('yours-c', null, null, 'An undated note'),
];

describe('filterSources', () => {
  it.each([
    ['no filter', NO_FILTER, ['yours-a', 'yours-b', 'yours-c']],
    ['words in any order, case ignored', { ...NO_FILTER, query: 'cpac BECK' }, ['yours-b']],
    ['an outlet', { ...NO_FILTER, outlet: 'Fox News' }, ['yours-a']],
    ['a date range leaves out undated sources', { ...NO_FILTER, from: '2010-02-21' }, ['yours-b']],
    ['an inclusive end', { ...NO_FILTER, to: '2010-02-20' }, ['yours-a']],
  ])('%s', (_, filter, ids) => {
    expect(filterSources(SOURCES, filter).map((s) => s.id)).toEqual(ids);
  });

  it('publishedBefore never counts an undated source as old; outletsOf lists each outlet once', () => {
    expect(publishedBefore(SOURCES, '2010-02-21').map((s) => s.id)).toEqual(['yours-a']);
    expect(outletsOf([...SOURCES, ...SOURCES])).toEqual(['Fox News', 'HuffPost']);
  });
});
