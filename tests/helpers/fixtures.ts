import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CorpusFile } from '@/lib/corpus';

/** Absolute path of a folder or file in the repository, from its root. */
export function repoPath(relative: string): string {
  return fileURLToPath(new URL(`../../${relative}`, import.meta.url));
}

export const SEEDS_DIR = repoPath('seeds');

/** A made-up corpus under tests/fixtures/corpora/. */
export function fixtureCorpusDir(name: string): string {
  return repoPath(`tests/fixtures/corpora/${name}`);
}

/**
 * Every `.txt` article in a folder, found rather than listed, so a new seed or
 * fixture is tested the moment it is added.
 */
export function readArticleFiles(dir: string): CorpusFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(`${dir}/${name}`, 'utf8') }));
}

/** Lines joined into an article text, so tests read line by line as the file would. */
export function lines(...text: string[]): string {
  return text.join('\n');
}
