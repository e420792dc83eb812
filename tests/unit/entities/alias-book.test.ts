import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AliasBook } from '@/lib/entities/alias-book';
import { compileMatcher, type MatchAlias } from '@/lib/entities/compile-matcher';
import { readCorpusBundle } from '@/lib/node';
import { SEEDS_DIR } from '../../helpers/fixtures';
import { missingShared, sharedPath } from '../../helpers/shared-dir';

const alias = (text: string, entityId: string, caseSensitive = false): MatchAlias => ({
  text,
  entityId,
  caseSensitive,
  properNoun: !caseSensitive,
});

// Beside the seeds' items: keys that share a first word, a tie between two items, an alias opening with a sign.
const EXTRA: MatchAlias[][] = [
  [alias('Obama', 'obama-family')],
  [alias('Barack Obama', 'barack-obama'), alias('Obama', 'barack-obama')],
  [alias('Sánchez', 'sanchez'), alias('Linda T. Sánchez', 'sanchez')],
  [alias("O'Brien", 'obrien')],
  [alias('NRA', 'nra', true)],
  [alias('air-truce', 'air-truce')],
  [alias('$5 billion', 'five-billion')],
];

let whole: MatchAlias[];
let book: AliasBook;
beforeAll(() => {
  const { catalogue } = readCorpusBundle(SEEDS_DIR);
  const groups = [
    ...catalogue.entities.map((entity) =>
      entity.aliases.map((a) => ({
        text: a.text,
        entityId: entity.id,
        caseSensitive: a.caseSensitive,
        properNoun: entity.kind !== 'topic',
      })),
    ),
    ...EXTRA,
  ];
  whole = groups.flat();
  book = new AliasBook();
  groups.forEach((aliases, index) => book.set(`item-${index}`, aliases, 0, String(index).padStart(4, '0')));
}, 60_000);

const found = (text: string, aliases: readonly MatchAlias[] | null) =>
  (aliases === null ? book.matcherFor([text]) : compileMatcher(aliases))
    .findAll(text)
    .map(({ entityId, start, end }) => [entityId, start, end]);

describe('AliasBook', () => {
  it.each([
    ['a possessive and a hyphenated phrase', 'Obama’s aides discussed an air truce and the air-truce plan.'],
    [
      'a word joined by an invisible character',
      'Mr. O\u200BBrien met Barack\u200BObama; Obama\u200Bcare was not.',
    ],
    [
      'decomposed accents and an acronym beside its lower case',
      'Linda T. Sa\u0301nchez of the NRA, not the nra.',
    ],
    ['an alias opening with a sign', 'They pledged $5 billion to Kyiv, Witkoff said.'],
  ])('%s: finds what the matcher over every alias finds', (_, text) => {
    expect(found(text, null)).toEqual(found(text, whole));
  });

  it.skipIf(missingShared('corpora/basil'))(
    'finds in real reports what the matcher over every alias finds',
    () => {
      const dir = sharedPath('corpora/basil');
      for (const name of readdirSync(dir)
        .filter((file) => file.endsWith('.txt'))
        .sort()
        .slice(0, 30)) {
        const text = readFileSync(join(dir, name), 'utf8');
        expect(found(text, null), name).toEqual(found(text, whole));
      }
    },
  );

  it('forgets an item it no longer holds', () => {
    const local = new AliasBook();
    local.set('a', [alias('Skerrow', 'skerrow')], 1, 'skerrow');
    local.remove('a');
    expect(local.matcherFor(['Ewan Skerrow']).findAll('Ewan Skerrow')).toEqual([]);
  });
});
