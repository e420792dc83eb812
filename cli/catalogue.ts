import { resolve } from 'node:path';
import { ENTITY_KINDS } from '../lib/entities';
import { readCorpusBundle } from '../lib/node';
import { parseCliArgs, runCli } from './args';
import { wrap } from './format-table';

const USAGE = 'npm run -s catalogue -- [--corpus DIR] [--json]';

runCli(() => {
  const { values } = parseCliArgs(
    process.argv.slice(2),
    { corpus: { type: 'string', default: 'seeds' }, json: { type: 'boolean', default: false } },
    USAGE,
  );
  const { catalogue } = readCorpusBundle(resolve(values.corpus));
  if (values.json) {
    process.stdout.write(`${JSON.stringify(catalogue, null, 2)}\n`);
    return;
  }
  const counts = ENTITY_KINDS.map(
    (kind) => `${catalogue.entities.filter((entity) => entity.kind === kind).length} ${kind}`,
  );
  process.stdout.write(`${catalogue.entities.length} items: ${counts.join(', ')}\n`);
  for (const kind of ENTITY_KINDS) {
    const items = catalogue.entities.filter((entity) => entity.kind === kind);
    if (items.length === 0) continue;
    process.stdout.write(`\n■ ${kind}\n`);
    for (const entity of items) {
      const sources = Object.keys(entity.sources).length;
      const aliases = entity.aliases.map((alias) => alias.text).filter((text) => text !== entity.label);
      process.stdout.write(
        `  ${entity.label.padEnd(32)} ${String(entity.mentions).padStart(3)} mention${entity.mentions === 1 ? '' : 's'} in ${sources} source${sources === 1 ? '' : 's'}\n`,
      );
      if (aliases.length > 0) process.stdout.write(`${wrap(`also: ${aliases.join(', ')}`, 84, '      ')}\n`);
    }
  }
});
