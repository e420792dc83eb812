import { describe, expect, it } from 'vitest';
import type { UserSourcesImportedResponse } from '@/lib/messaging';
import { runBulkImport } from '@/lib/ui/options/run-bulk-import';
import { MAX_IMPORT_SOURCES, type UserSourceDraft } from '@/lib/user-sources';

const draft = (text: string): UserSourceDraft => ({
  outlet: null,
  title: null,
  author: null,
  published: null,
  url: null,
  text,
});

describe('runBulkImport with a file larger than one message', () => {
  it('sends a large export in slices the message accepts, and names the file for a refused article in a later slice', async () => {
    const total = MAX_IMPORT_SOURCES * 2 + 3;
    const refused = MAX_IMPORT_SOURCES + 7;
    const sent: number[] = [];
    const report = await runBulkImport(
      [{ name: 'big.json', text: () => Promise.resolve('') }],
      {
        parse: () => Array.from({ length: total }, (_, i) => draft(`article ${i}`)),
        importSources: (drafts: UserSourceDraft[]) => {
          const start = sent.reduce((sum, n) => sum + n, 0);
          sent.push(drafts.length);
          const failed = drafts.flatMap((d, index) =>
            d.text === `article ${refused}`
              ? [{ index, reason: `user-sources: article ${start + index}` }]
              : [],
          );
          return Promise.resolve<UserSourcesImportedResponse>({
            type: 'user-sources-imported',
            added: drafts.length - failed.length,
            updated: 0,
            failed,
          });
        },
      },
      () => {},
      new AbortController().signal,
    );
    expect(sent).toEqual([MAX_IMPORT_SOURCES, MAX_IMPORT_SOURCES, 3]);
    expect(report.added).toBe(total - 1);
    expect(report.errors).toEqual([`big.json: user-sources: article ${refused}`]);
    expect(report.cancelled).toBe(false);
  });
});
