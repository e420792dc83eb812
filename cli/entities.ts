import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { identifyPage, shingleHashes } from '../lib/corpus';
import { catalogueMatcher, type Entity } from '../lib/entities';
import { BLOCK_SEPARATOR } from '../lib/highlight';
import { readCorpusBundle } from '../lib/node';
import { corpusStories, decidePageHighlights, itemStandings } from '../lib/stories';
import { runCli } from './args';
import { parsePageArgs } from './parse-page-args';
import { readPageText } from './read-page-text';

const USAGE = 'npm run -s entities -- <file.html|file.txt> [--corpus DIR] [--json]';
/** Characters of context shown on each side of a mention in the readable report. */
const CONTEXT = 40;

runCli(() => {
  const { file, ...values } = parsePageArgs(process.argv.slice(2), USAGE);

  const text = readPageText(file);
  const { articles, catalogue, signatures } = readCorpusBundle(resolve(values.corpus));
  const byId = new Map<string, Entity>(catalogue.entities.map((entity) => [entity.id, entity]));
  const found = catalogueMatcher(catalogue).findAll(text);
  // The decision the content script gets from the background, with the default settings.
  const stories = corpusStories(articles, catalogue);
  const published = new Map(articles.map((article) => [article.meta.id, article.meta.published]));
  const decision = decidePageHighlights({
    text,
    entityIds: found.map((mention) => mention.entityId),
    pageSourceId: identifyPage(pathToFileURL(resolve(file)).href, shingleHashes(text), signatures),
    stories,
    standingOf: itemStandings(catalogue.entities, stories, (id) => published.get(id)),
    scope: 'story',
  });
  // The default density: an item's first mention in each block (paragraph) is highlighted.
  const seenInBlock = new Set<string>();
  let block = 0;
  let scanned = 0;
  const mentions = found.map((mention) => {
    for (; scanned < mention.start; scanned++) if (text[scanned] === BLOCK_SEPARATOR) block++;
    const key = `${block}\u0001${mention.entityId}`;
    const first = !seenInBlock.has(key);
    seenInBlock.add(key);
    const entity = byId.get(mention.entityId);
    return {
      entityId: mention.entityId,
      label: entity?.label ?? mention.entityId,
      kind: entity?.kind ?? 'topic',
      text: mention.text,
      start: mention.start,
      end: mention.end,
      shown: first && decision.shown.has(mention.entityId),
    };
  });
  const counts = new Map<string, number>();
  for (const mention of mentions) counts.set(mention.entityId, (counts.get(mention.entityId) ?? 0) + 1);
  const entities = [...counts]
    .map(([id, count]) => ({
      id,
      label: byId.get(id)?.label ?? id,
      kind: byId.get(id)?.kind ?? 'topic',
      count,
    }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  const story =
    decision.story === null
      ? null
      : {
          id: decision.story.story.id,
          label: decision.story.story.label,
          score: Number(decision.story.score.toFixed(4)),
        };
  const shownCount = mentions.filter((mention) => mention.shown).length;

  if (values.json) {
    process.stdout.write(
      `${JSON.stringify({ file, characters: text.length, story, mentions, entities }, null, 2)}\n`,
    );
    return;
  }
  process.stdout.write(
    `${mentions.length} mentions of ${entities.length} items in ${file} (${text.length.toLocaleString('en')} characters of visible text)\n`,
  );
  process.stdout.write(
    `story: ${story === null ? 'none' : `${story.label} (${story.id}), score ${story.score.toFixed(3)}`}; ${shownCount} highlighted\n`,
  );
  for (const entity of entities) {
    const shown = decision.shown.has(entity.id) ? '' : ' (not highlighted here)';
    process.stdout.write(`\n■ ${entity.label} (${entity.kind}) ×${entity.count}${shown}\n`);
    for (const mention of mentions.filter((m) => m.entityId === entity.id).slice(0, 3)) {
      const before = text.slice(Math.max(0, mention.start - CONTEXT), mention.start);
      const after = text.slice(mention.end, mention.end + CONTEXT);
      const line = `…${before}[${mention.text}]${after}…`
        .replaceAll(BLOCK_SEPARATOR, ' ')
        .replace(/\s+/gu, ' ');
      process.stdout.write(`  ${line}\n`);
    }
  }
});
