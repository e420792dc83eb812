import { USER_CORPUS_FORMAT, type UserCorpusFile, type UserSource } from './user-source-schema';

/** The whole user corpus as one JSON file, readable by Import (ids are not kept: import matches by URL and text). */
export function exportUserCorpus(sources: readonly UserSource[]): string {
  const file: UserCorpusFile = {
    format: USER_CORPUS_FORMAT,
    version: 1,
    sources: sources.map(({ outlet, title, author, published, url, text }) => ({
      outlet,
      title,
      author,
      published,
      url,
      text,
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
