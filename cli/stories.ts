import { resolve } from 'node:path';
import { readableTitle } from '../lib/corpus';
import { readCorpusBundle } from '../lib/node';
import { corpusStories } from '../lib/stories';
import { parseCliArgs, runCli, UsageError } from './args';

const USAGE = 'npm run -s stories -- [--corpus DIR] [--json]';

runCli(() => {
  const { values, positionals } = parseCliArgs(
    process.argv.slice(2),
    { corpus: { type: 'string', default: 'seeds' }, json: { type: 'boolean', default: false } },
    USAGE,
  );
  if (positionals.length > 0)
    throw new UsageError(`stories: unexpected argument "${positionals[0]}"\n${USAGE}`);
  const { articles, catalogue } = readCorpusBundle(resolve(values.corpus));
  const stories = corpusStories(articles, catalogue).stories();
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ stories }, null, 2)}\n`);
    return;
  }
  const titles = new Map(articles.map((article) => [article.meta.id, readableTitle(article.meta)]));
  process.stdout.write(`${stories.length} stories in ${articles.length} articles\n`);
  for (const story of stories) {
    const span =
      story.from === null
        ? ''
        : story.from === story.to
          ? ` — ${story.from}`
          : ` — ${story.from} to ${story.to}`;
    process.stdout.write(`\n■ ${story.label}${span} (${story.id})\n`);
    for (const id of story.sourceIds) process.stdout.write(`  ${id}: ${titles.get(id) ?? ''}\n`);
  }
});
