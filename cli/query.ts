import { resolve } from 'node:path';
import { readableTitle } from '../lib/corpus';
import { readCorpusBundle } from '../lib/node';
import { CorpusSearch, groupHitsByStory } from '../lib/search';
import { corpusStories, type Story } from '../lib/stories';
import { parseCliArgs, runCli, UsageError } from './args';
import { wrap } from './format-table';

const USAGE = 'npm run -s query -- "<text>" [--corpus DIR] [--limit N] [--json]';

runCli(() => {
  const { values, positionals } = parseCliArgs(
    process.argv.slice(2),
    {
      corpus: { type: 'string', default: 'seeds' },
      limit: { type: 'string', default: '10' },
      json: { type: 'boolean', default: false },
    },
    USAGE,
  );
  const query = positionals.join(' ').trim();
  if (query === '') throw new UsageError(`a query is required\n${USAGE}`);
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1)
    throw new UsageError(`--limit must be a positive whole number\n${USAGE}`);

  // The same index, items and stories as the extension builds from a corpus folder.
  const bundle = readCorpusBundle(resolve(values.corpus));
  const search = CorpusSearch.fromFiles(bundle);
  const storyIndex = corpusStories(bundle.articles, bundle.catalogue);
  const hits = search
    .search(query, { limit })
    .map((hit) => ({ ...hit, storyId: storyIndex.storyOf(hit.sourceId)?.id ?? null }));
  const stories = new Map<string, Story>(storyIndex.stories().map((story) => [story.id, story]));

  if (values.json) {
    const rows = hits.map((hit) => ({
      sourceId: hit.sourceId,
      outlet: hit.outlet,
      title: hit.title,
      published: hit.published,
      text: hit.text,
      score: Number(hit.score.toFixed(4)),
      passageId: hit.id,
      start: hit.start,
      end: hit.end,
      terms: hit.terms,
      storyId: hit.storyId,
    }));
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }

  if (hits.length === 0) {
    process.stdout.write(`No passage matches "${query}" in ${search.sources.size} sources.\n`);
    return;
  }
  const sourceCount = new Set(hits.map((hit) => hit.sourceId)).size;
  process.stdout.write(
    `${hits.length} passages for "${query}" in ${sourceCount} of ${search.sources.size} sources\n`,
  );
  for (const { story, sources } of groupHitsByStory(hits, stories, limit)) {
    const span = story?.from
      ? ` · ${story.from === story.to ? story.from : `${story.from} to ${story.to}`}`
      : '';
    process.stdout.write(`\n▌ ${story ? `${story.label}${span} (${story.id})` : 'In no story'}\n`);
    for (const group of sources) {
      const first = group.hits[0];
      if (!first) continue;
      const date = first.published
        ? `${first.publishedApproximate ? '~' : ''}${first.published}`
        : 'date unknown';
      process.stdout.write(`\n■ ${first.outlet ?? 'Unknown outlet'} · ${date} · ${group.sourceId}\n`);
      process.stdout.write(`  ${readableTitle(first)}\n`);
      for (const hit of group.hits) {
        process.stdout.write(`  [${hit.score.toFixed(2)}]\n${wrap(hit.text, 88, '    ')}\n`);
      }
    }
  }
});
