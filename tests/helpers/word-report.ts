import type { UserSource } from '@/lib/user-sources';

/** A reader's source `yours-<prefix><n>` whose text is one sentence per word list, for paged-index tests over a small vocabulary. */
export function wordReport(prefix: string, n: number, sentences: readonly (readonly string[])[]): UserSource {
  return {
    id: `yours-${prefix}${n}`,
    outlet: `Outlet ${n % 3}`,
    title: null,
    author: null,
    published: null,
    url: null,
    text: `Report ${n}\n\n${sentences.map((words) => `The ${words.join(' ')} held.`).join(' ')}\n`,
  };
}
