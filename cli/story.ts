import { resolve } from 'node:path';
import { catalogueMatcher } from '../lib/entities';
import { readCorpusBundle } from '../lib/node';
import { corpusStories, storySignals, type StoryScore } from '../lib/stories';
import { runCli } from './args';
import { parsePageArgs } from './parse-page-args';
import { readPageText } from './read-page-text';

const USAGE = 'npm run -s story -- <page.html|page.txt> [--corpus DIR] [--json]';

runCli(() => {
  const { file, ...values } = parsePageArgs(process.argv.slice(2), USAGE);
  const text = readPageText(file);
  const { articles, catalogue } = readCorpusBundle(resolve(values.corpus));
  const index = corpusStories(articles, catalogue);
  const decision = index.match(storySignals(text, catalogueMatcher(catalogue).findAll(text)));
  const brief = (scored: StoryScore | null) =>
    scored === null ? null : { ...scored.story, score: Number(scored.score.toFixed(4)) };
  const result = {
    file,
    story: brief(decision.best),
    closest: brief(decision.top),
    runnerUp: brief(decision.runnerUp),
  };
  if (values.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const line = (scored: StoryScore | null): string =>
    scored === null
      ? 'none'
      : `${scored.story.label} (${scored.story.id}, ${scored.story.sourceIds.length} sources), score ${scored.score.toFixed(3)}`;
  process.stdout.write(
    decision.best === null
      ? `${file}: no story (closest: ${line(decision.top)})\n`
      : `${file}: ${line(decision.best)}\n`,
  );
  process.stdout.write(`runner-up: ${line(decision.runnerUp)}\n`);
});
