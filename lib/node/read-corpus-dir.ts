import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpus, CorpusError, type Article } from '../corpus';

/** Reads and parses every `.txt` article (and `sources.json`) in a folder. Node only. */
export function readCorpusDir(dir: string): Article[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    throw new CorpusError(
      `corpus: ${dir}: cannot read folder (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  const files = names
    .filter((name) => name.endsWith('.txt') || name === 'sources.json')
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
  return buildCorpus(files, dir);
}
