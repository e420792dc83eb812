import { resolve } from 'node:path';
import type { Entity } from '../lib/entities';
import { BLOCK_SEPARATOR } from '../lib/highlight';
import { readCorpusBundle } from '../lib/node';
import { runCli } from './args';
import { pageHighlightReport, pageJudge } from './page-highlights';
import { parsePageArgs } from './parse-page-args';
import { readPageText } from './read-page-text';

const USAGE = 'npm run -s entities -- <file.html|file.txt> [--corpus DIR] [--json]';
/** Characters of context shown on each side of a mention in the readable report. */
const CONTEXT = 40;

runCli(() => {
  const { file, ...values } = parsePageArgs(process.argv.slice(2), USAGE);

  const text = readPageText(file);
  const bundle = readCorpusBundle(resolve(values.corpus));
  const byId = new Map<string, Entity>(bundle.catalogue.entities.map((entity) => [entity.id, entity]));
  const report = pageHighlightReport(pageJudge(bundle), text, file);
  const decision = { story: report.story, shown: report.shownItems };
  const mentions = report.mentions.map((mention) => {
    const entity = byId.get(mention.entityId);
    return {
      entityId: mention.entityId,
      label: entity?.label ?? mention.entityId,
      kind: entity?.kind ?? 'topic',
      text: mention.text,
      start: mention.start,
      end: mention.end,
      shown: mention.shown,
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
