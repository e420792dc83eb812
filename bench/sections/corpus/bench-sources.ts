import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Manifest } from '../../../lib/corpus';
import type { UserSource } from '../../../lib/user-sources';
import { generateCorpusFiles } from '../../support/synthetic-corpus';

/** Generated articles are made this many at a time (each chunk its own PRNG seed), so 50,000 never sit in memory at once. */
export const CHUNK = 1000;
const RANDOM_SEED = 0xc0de;

/** The real articles of ../shared/corpora (every folder with a sources.json), as the reader would import them. */
export function realSources(corporaDir: string): UserSource[] {
  const out: UserSource[] = [];
  for (const folder of readdirSync(corporaDir, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    const dir = join(corporaDir, folder.name);
    let manifest: Manifest;
    try {
      manifest = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')) as Manifest;
    } catch {
      continue;
    }
    for (const name of readdirSync(dir)
      .filter((file) => file.endsWith('.txt'))
      .sort()) {
      const key = name.replace(/\.txt$/u, '');
      const facts = manifest[key];
      out.push({
        id: `yours-${folder.name}-${key}`.toLowerCase().replace(/[^a-z0-9-]/gu, '-'),
        outlet: facts?.outlet ?? null,
        title: facts?.title ?? null,
        author: facts?.author ?? null,
        published: facts?.published ?? null,
        url: null,
        text: readFileSync(join(dir, name), 'utf8'),
      });
    }
  }
  return out;
}

/** Generated chunk `chunk` (CHUNK articles): seed sentences recombined with generated names, as the search section's. */
export function generatedChunk(seedArticles: readonly Article[], chunk: number): UserSource[] {
  const files = generateCorpusFiles(seedArticles, { articles: CHUNK, seed: RANDOM_SEED + chunk });
  const manifest = JSON.parse(files.pop()?.text ?? '{}') as Manifest;
  return files.map((file, i) => {
    const facts = manifest[file.name.replace(/\.txt$/u, '')] as Manifest[string];
    return {
      id: `yours-gen-${chunk}-${i}`,
      outlet: facts.outlet ?? null,
      title: facts.title ?? null,
      author: facts.author ?? null,
      published: facts.published ?? null,
      url: null,
      text: file.text,
    };
  });
}
