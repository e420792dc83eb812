import { join } from 'node:path';
import { createRandom } from '../bench/support/prng';
import { KeptStories, StoryIndex, type Story, type StorySignals } from '../lib/stories';
import { bCubed } from './b-cubed';
import { loadEvalCorpus } from './load-eval-corpus';

/**
 * `npx tsx eval/kept-stories-f1.ts [corpus …]`: story B³ F1 of a reader's
 * sources (a labelled corpus of ../shared/corpora, none of it bundled) grouped
 * three ways: `StoryIndex.build` at once, `StoryIndex.add` one article at a
 * time (the exact incremental clustering), and `KeptStories.join` one at a
 * time (join the matched story or found one, never re-clustered), in id
 * order and in shuffled orders (the kept path depends on the order); and the
 * kept stories of `build` (`KeptStories.fromIndex`, the re-clustering after a
 * bulk import).
 */
const CORPORA = join(import.meta.dirname, '../../shared/corpora');
const SHUFFLES = 5;

function asMap(stories: readonly Story[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const story of stories) for (const id of story.sourceIds) map.set(id, story.id);
  return map;
}

const f = (value: number): string => value.toFixed(3);

for (const name of process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['basil', 'ecbplus']) {
  const corpus = loadEvalCorpus(join(CORPORA, name), name);
  const ids = [...corpus.signals.keys()].sort();
  const signalsOf = (id: string): StorySignals => corpus.signals.get(id)!;
  const built = StoryIndex.build(ids.map((id) => ({ id, signals: signalsOf(id) })));
  const score = (stories: readonly Story[]) => bCubed(asMap(stories), corpus.gold);
  const reclustered = KeptStories.fromIndex(new StoryIndex(), built, ids);
  const rows: string[] = [
    `build: ${f(score(built.stories()).f1)} (${built.stories().length} stories) · kept after re-clustering: ${f(score(reclustered.stories()).f1)}`,
  ];
  const orders = [ids, ...Array.from({ length: SHUFFLES }, (_, k) => createRandom(k + 1).shuffle(ids))];
  for (const [k, order] of orders.entries()) {
    const incremental = new StoryIndex();
    const kept = new KeptStories(new StoryIndex(), { stories: [], df: new Map(), total: 0 });
    const start = performance.now();
    for (const id of order) kept.join(id, signalsOf(id));
    const keptMs = performance.now() - start;
    for (const id of order) incremental.add(id, signalsOf(id));
    const a = score(incremental.stories());
    const b = score(kept.stories());
    rows.push(
      `${k === 0 ? 'id order' : `shuffle ${k}`}: add ${f(a.f1)} (${incremental.stories().length}) · kept ${f(b.f1)} P ${f(b.precision)} R ${f(b.recall)} (${kept.stories().length}, ${Math.round(keptMs)} ms)`,
    );
  }
  process.stdout.write(
    `${name} (${ids.length} articles, ${new Set(corpus.gold.values()).size} gold stories)\n  ${rows.join('\n  ')}\n`,
  );
}
