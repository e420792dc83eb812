import { resolve } from 'node:path';
import { readableTitle } from '../lib/corpus';
import {
  attribution,
  compareQuery,
  corpusView,
  describeComparisonExtent,
  extentSentence,
  findingLabel,
  type AlignedFacts,
} from '../lib/compare';
import { readCorpusBundle } from '../lib/node';
import { CorpusSearch } from '../lib/search';
import { parseCliArgs, runCli, UsageError } from './args';
import { wrap } from './format-table';

const USAGE = 'npm run -s compare -- "<item label, alias or query>" [--corpus DIR] [--json]';

/** Names for sources and people in the report: outlet or title, and catalogue labels. */
interface Names {
  source: (sourceId: string) => string;
  person: (entityId: string) => string;
}

function printAligned(names: Names, heading: string, list: readonly AlignedFacts[]): void {
  if (list.length === 0) return;
  process.stdout.write(`\n${heading}\n`);
  for (const aligned of list) {
    process.stdout.write(`  ${aligned.kind}: ${findingLabel(aligned)}\n`);
    for (const value of aligned.values) {
      const who = value.speakerId === null ? value.speaker : names.person(value.speakerId);
      const speaker = value.kind === 'quote' ? ` — ${attribution(who)}` : '';
      process.stdout.write(`    ${names.source(value.sourceId).padEnd(20)} ${value.text}${speaker}\n`);
      process.stdout.write(`${wrap(value.sentence, 84, '        ')}\n`);
    }
  }
}

runCli(() => {
  const { values, positionals } = parseCliArgs(
    process.argv.slice(2),
    { corpus: { type: 'string', default: 'seeds' }, json: { type: 'boolean', default: false } },
    USAGE,
  );
  const query = positionals.join(' ').trim();
  if (query === '') throw new UsageError(`an item or query is required\n${USAGE}`);
  const bundle = readCorpusBundle(resolve(values.corpus));
  const search = CorpusSearch.fromFiles(bundle);
  const comparison = compareQuery(corpusView(search, bundle.catalogue), search, bundle.catalogue, query);
  const extent = describeComparisonExtent(comparison);
  const labels = new Map(bundle.catalogue.entities.map((entity) => [entity.id, entity.label]));
  const names: Names = {
    source: (id) => {
      const source = search.sources.get(id);
      return source === undefined ? id : (source.outlet ?? readableTitle(source));
    },
    person: (id) => labels.get(id) ?? id,
  };

  if (values.json) {
    const json = {
      query: comparison.query,
      item: comparison.item,
      sources: comparison.sources.map((source) => ({
        sourceId: source.sourceId,
        outlet: source.outlet,
        title: source.title,
        published: source.published,
        differentTime: source.differentTime,
        passages: source.passages,
      })),
      silent: comparison.silent,
      facts: comparison.facts,
      discrepancies: comparison.discrepancies,
      agreements: comparison.agreements,
      facets: comparison.facets,
      extent,
    };
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return;
  }

  const title = comparison.item
    ? `${comparison.item.label} (${comparison.item.kind})`
    : `"${query}" (free text)`;
  process.stdout.write(
    `${title}: ${comparison.sources.length} source${comparison.sources.length === 1 ? '' : 's'} speak of it, ` +
      `${comparison.silent.length} ${comparison.silent.length === 1 ? 'does' : 'do'} not.\n` +
      `${extentSentence(extent)}\n`,
  );
  printAligned(names, 'DIFFER', comparison.discrepancies);
  printAligned(names, 'AGREE', comparison.agreements);
  if (comparison.facets.length > 0) {
    process.stdout.write('\nASPECTS several sources speak to\n');
    for (const facet of comparison.facets) {
      const who = Object.keys(facet.passages).map(names.source);
      process.stdout.write(`  ${facet.label || '(no shared words)'}: ${who.join(', ')}\n`);
    }
  }
  process.stdout.write('\nBY SOURCE\n');
  for (const source of comparison.sources) {
    const date = source.published ?? 'date unknown';
    const time = source.differentTime ? ' · reports another time' : '';
    process.stdout.write(`\n■ ${source.outlet ?? 'Unknown outlet'} · ${date}${time} · ${source.sourceId}\n`);
    for (const passage of source.passages.slice(0, 3))
      process.stdout.write(`${wrap(passage.text, 88, '    ')}\n`);
    if (source.passages.length > 3) process.stdout.write(`    … ${source.passages.length - 3} more\n`);
  }
  if (comparison.silent.length > 0) {
    process.stdout.write(`\nNOT MENTIONED BY: ${comparison.silent.map(names.source).join(', ')}\n`);
  }
});
