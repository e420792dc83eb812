import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '@/lib/catalogue';
import { catalogueMatcher, catalogueSchema, type Catalogue, type Entity } from '@/lib/entities';
import { readCorpusBundle, readCorpusDir } from '@/lib/node';
import { CorpusSearch } from '@/lib/search';
import { fixtureCorpusDir, SEEDS_DIR } from '../../helpers/fixtures';

function itemNamed(catalogue: Catalogue, alias: string): Entity | undefined {
  return catalogue.entities.find((entity) => entity.aliases.some((a) => a.text === alias));
}

function aliasTexts(entity: Entity | undefined): string[] {
  return entity?.aliases.map((alias) => alias.text) ?? [];
}

/** Common words as written in prose; "US" in capitals is the country, "us" never is. */
const COMMON_WORDS = /^(?:us|it|may|will|the|new|said)$/u;

// Facts about the seed corpus: which items a reader of these five articles
// would expect to compare. The rules that find them are general.
const SEED_ITEMS: [alias: string, kind: Entity['kind']][] = [
  ['Steve Witkoff', 'person'],
  ['Vladimir Putin', 'person'],
  ['Yuri Ushakov', 'person'],
  ['Kirill Dmitriev', 'person'],
  ['Kremlin', 'organisation'],
  ['Institute for the Study of War', 'organisation'],
  ['Rosneft', 'organisation'],
  ['Nato', 'organisation'],
  ['Kyiv', 'place'],
  ['Pokrovsk', 'place'],
  ['Zaporizhzhia', 'place'],
  ['India', 'place'],
  ['air truce', 'topic'],
  ['secondary sanctions', 'topic'],
  ['shadow fleet', 'topic'],
  ['tariffs', 'topic'],
  ['energy infrastructure', 'topic'],
  ['August 8', 'date'],
];

describe.each([
  ['with the curated overrides', readCorpusBundle(SEEDS_DIR).catalogue],
  ['with no overrides file', buildCatalogue(readCorpusDir(SEEDS_DIR)).catalogue],
])('the seed catalogue %s', (_name, catalogue) => {
  it('is a valid catalogue', () => {
    expect(catalogueSchema.safeParse(catalogue).success).toBe(true);
  });

  it.each(SEED_ITEMS)('has "%s" as a %s', (alias, kind) => {
    expect(itemNamed(catalogue, alias)?.kind).toBe(kind);
  });

  it('merges full names, surnames and titled forms into one person', () => {
    expect(aliasTexts(itemNamed(catalogue, 'Steve Witkoff'))).toEqual(
      expect.arrayContaining(['Witkoff', 'Mr Witkoff']),
    );
    expect(aliasTexts(itemNamed(catalogue, 'Zelenskyy'))).toEqual(
      expect.arrayContaining(['Volodymyr Zelenskyy', 'Zelensky', 'Mr Zelensky']),
    );
  });

  it('merges an acronym into its expansion, matched case-sensitively', () => {
    const isw = itemNamed(catalogue, 'Institute for the Study of War');
    expect(isw?.aliases).toContainEqual({ text: 'ISW', caseSensitive: true });
    const us = itemNamed(catalogue, 'United States');
    expect(us?.aliases).toEqual(
      expect.arrayContaining([
        { text: 'US', caseSensitive: true },
        { text: 'U.S.', caseSensitive: true },
      ]),
    );
  });

  it('keeps no bylines, weekdays, months or grammatical capitals as items', () => {
    const labels = catalogue.entities.map((entity) => entity.label.toLowerCase());
    for (const noise of [
      'nikodem baran',
      'stavros atlamazoglou',
      'reuters',
      'wednesday',
      'august',
      'the',
      'it',
    ]) {
      expect(labels).not.toContain(noise);
    }
  });

  it('records, per source, the passages that mention each item', () => {
    const witkoff = itemNamed(catalogue, 'Steve Witkoff');
    expect(Object.keys(witkoff?.sources ?? {}).length).toBeGreaterThanOrEqual(3);
    for (const ids of Object.values(witkoff?.sources ?? {})) {
      for (const id of ids) expect(id).toMatch(/^[\w-]+#\d+$/u);
    }
  });

  it('finds its items on a page made of each seed text, and no common word as an item', () => {
    const matcher = catalogueMatcher(catalogue);
    for (const article of readCorpusDir(SEEDS_DIR)) {
      const text = article.paragraphs.map((paragraph) => paragraph.text).join('\n\n');
      const mentions = matcher.findAll(text);
      expect(mentions.length, article.meta.id).toBeGreaterThan(0);
      for (const mention of mentions) {
        expect(mention.text).not.toMatch(COMMON_WORDS);
        expect(text.slice(mention.start, mention.end)).toBe(mention.text);
      }
    }
  });
});

describe('the seed catalogue’s matcher', () => {
  it('tells the pronoun "us" from the country "US" in the same sentence', () => {
    const matcher = catalogueMatcher(readCorpusBundle(SEEDS_DIR).catalogue);
    const sentence = '“You cannot decide without us in the details – neither us nor the US,” he said.';
    expect(matcher.findAll(sentence).map((mention) => mention.text)).toEqual(['US']);
  });
});

describe('the curated overrides', () => {
  const withOverrides = readCorpusBundle(SEEDS_DIR).catalogue;
  const without = buildCatalogue(readCorpusDir(SEEDS_DIR)).catalogue;

  it('refine the automatic catalogue rather than replace it', () => {
    expect(withOverrides.entities.length).toBeGreaterThan(without.entities.length * 0.8);
    expect(itemNamed(without, 'Kiev')).not.toBe(itemNamed(without, 'Kyiv'));
    expect(aliasTexts(itemNamed(withOverrides, 'Kyiv'))).toContain('Kiev');
  });
});

describe('a catalogue built from a different corpus', () => {
  const { catalogue } = readCorpusBundle(fixtureCorpusDir('harbour-strike'));

  it('finds that story’s people, places and topics with no code change', () => {
    expect(itemNamed(catalogue, 'Marta Ilves')?.kind).toBe('person');
    expect(aliasTexts(itemNamed(catalogue, 'Marta Ilves'))).toEqual(
      expect.arrayContaining(['Ilves', 'Ms Ilves']),
    );
    expect(itemNamed(catalogue, 'Tomas Brennick')?.kind).toBe('person');
    expect(itemNamed(catalogue, 'Port Calder')?.kind).toBe('place');
    expect(itemNamed(catalogue, 'container backlog')?.kind).toBe('topic');
  });

  it('keeps bylines and furniture out', () => {
    const labels = catalogue.entities.map((entity) => entity.label);
    for (const byline of ['Hanna Sorvik', 'Oskar Lind', 'AFP', 'Calder Gazette'])
      expect(labels).not.toContain(byline);
  });
});

describe('passages in the search index', () => {
  const bundle = readCorpusBundle(SEEDS_DIR);
  const search = CorpusSearch.fromFiles(bundle);
  const witkoff = itemNamed(bundle.catalogue, 'Steve Witkoff');

  it('carry the items they mention, so search can filter by item', () => {
    const hits = search.search('Moscow', { entity: witkoff?.id ?? '', limit: 50 });
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.entities).toContain(witkoff?.id);
    const passageIds = new Set(Object.values(witkoff?.sources ?? {}).flat());
    for (const hit of hits) expect(passageIds).toContain(hit.id);
  });

  it('rank passages about a boosted item higher', () => {
    const plain = search.search('Moscow', { limit: 50 });
    const boosted = search.search('Moscow', { limit: 50, boostEntities: [witkoff?.id ?? ''] });
    const rankOfFirstAbout = (hits: typeof plain) =>
      hits.findIndex((hit) => hit.entities.includes(witkoff?.id ?? ''));
    expect(rankOfFirstAbout(boosted)).toBeLessThanOrEqual(rankOfFirstAbout(plain));
    expect(boosted[0]?.entities).toContain(witkoff?.id);
  });
});
