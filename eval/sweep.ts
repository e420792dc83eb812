import { resolve } from 'node:path';
import { StoryIndex, type StoryOptions } from '../lib/stories';
import { bCubed } from './b-cubed';
import { loadEvalCorpus, type EvalCorpus } from './load-eval-corpus';

/** Development aid: B-cubed F1 over a grid of options on both corpora, to cross-check a choice. */
const corpora: EvalCorpus[] = ['ecbplus', 'basil'].map((name) =>
  loadEvalCorpus(resolve('../shared/corpora', name), name),
);
function score(corpus: EvalCorpus, options: Partial<StoryOptions>): number {
  const index = StoryIndex.build(
    [...corpus.signals].map(([id, signals]) => ({ id, signals })),
    options,
  );
  const predicted = new Map<string, string>();
  for (const story of index.stories()) for (const id of story.sourceIds) predicted.set(id, story.id);
  return bCubed(predicted, corpus.gold).f1;
}
const grid = JSON.parse(process.argv[2] ?? '{}') as Record<keyof StoryOptions, number[]>;
const keys = Object.keys(grid) as (keyof StoryOptions)[];
const combos: Partial<StoryOptions>[] = [{}];
for (const key of keys) {
  const next: Partial<StoryOptions>[] = [];
  for (const combo of combos) for (const value of grid[key]) next.push({ ...combo, [key]: value });
  combos.splice(0, combos.length, ...next);
}
for (const combo of combos) {
  const scores = corpora.map((corpus) => score(corpus, combo).toFixed(3));
  process.stdout.write(`${JSON.stringify(combo)}\t${scores.join('\t')}\n`);
}
