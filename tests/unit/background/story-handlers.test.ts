import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerCompare, answerItemCard, UserCorpusHost, type BundledAssets } from '@/lib/background';
import { compareResponseSchema, itemCardResponseSchema } from '@/lib/messaging/protocol';
import { readCorpusBundle } from '@/lib/node';
import { openPagedIndex, openUserSourceStore } from '@/lib/user-sources';
import type { Claim } from '@/lib/compare/claims';
import { SEEDS_DIR } from '../../helpers/fixtures';
import { bundledAssetsOf } from '../../helpers/seed-assets';

/**
 * The item-card and compare handlers on the seeds with their shipped stories:
 * the answers carry each source's story and parse as the messages' schemas
 * (a Story has fields a card does not carry).
 */

let assets: BundledAssets;
let host: UserCorpusHost;
const getCorpus = () => host.corpus();

beforeAll(() => {
  const built = readCorpusBundle(SEEDS_DIR);
  assets = bundledAssetsOf(built);
  host = new UserCorpusHost({
    loadAssets: () => Promise.resolve(assets),
    openStore: () => openUserSourceStore('story-handlers'),
    openIndex: () => openPagedIndex('story-handlers').then(({ index }) => index),
    log: () => {},
  });
});

async function itemId(label: string): Promise<string> {
  const entity = (await host.corpus()).catalogue.entities.find((candidate) => candidate.label === label);
  if (!entity) throw new Error(`test: no item ${label} in the seeds`);
  return entity.id;
}

describe('the item-card handler with stories', () => {
  it('on a corpus article, answers a card of its story first that the message schema accepts', async () => {
    const { stories } = await host.corpus();
    const pageSourceId = stories.stories().find((story) => story.sourceIds.length > 1)?.sourceIds[0];
    if (!pageSourceId) throw new Error('test: the seeds hold a story of several sources');
    const card = await answerItemCard(
      { type: 'item-card', entityId: await itemId('Vladimir Putin'), pageSourceId },
      getCorpus,
    );
    expect(itemCardResponseSchema.safeParse(card).error?.issues).toBeUndefined();
    expect(card.pageStoryMatch).toBe('story');
    expect(card.pageStory?.id).toBe(stories.storyOf(pageSourceId)?.id);
    expect(card.others[0]?.storyId).toBe(card.pageStory?.id);
  });

  it('takes the story the content script names, and says when the page matches none', async () => {
    const { stories } = await host.corpus();
    const entityId = await itemId('Vladimir Putin');
    const last = stories.stories().at(-1);
    const named = await answerItemCard(
      { type: 'item-card', entityId, pageSourceId: null, pageStoryId: last?.id ?? null },
      getCorpus,
    );
    expect(named.pageStory?.id).toBe(last?.id);
    const none = await answerItemCard(
      { type: 'item-card', entityId, pageSourceId: null, pageStoryId: null },
      getCorpus,
    );
    expect(none.pageStoryMatch).toBe('none');
    expect(itemCardResponseSchema.safeParse(none).success).toBe(true);
  });
});

describe('the compare handler with stories', () => {
  it('names each source’s story and lists the stories, as the message schema accepts', async () => {
    const answer = await answerCompare({ type: 'compare', query: await itemId('Vladimir Putin') }, getCorpus);
    expect(compareResponseSchema.safeParse(answer).error?.issues).toBeUndefined();
    const { comparison } = answer;
    expect(comparison.sources.every((source) => typeof source.storyId === 'string')).toBe(true);
    expect(comparison.stories?.length).toBeGreaterThan(0);
  });
});

describe('the compare handler with claims', () => {
  it('sets an item’s claims side by side, as the card does, and none for a query that names no item', async () => {
    const corpus = await host.corpus();
    const entity = corpus.catalogue.entities.find((candidate) => candidate.label === 'Vladimir Putin');
    if (!entity) throw new Error('test: no Putin in the seeds');
    // One claim per source about the item, the same one: each pair within a story agrees.
    const claimOf = (passageId: string): Claim => ({
      passageId,
      actor: { text: 'Putin', head: 'putin', itemId: entity.id, country: null },
      action: 'meet',
      target: { text: 'Witkoff', head: 'witkoff', itemId: null, country: null },
      place: null,
      negated: false,
      hedged: false,
      text: `Putin met Witkoff (${passageId})`,
    });
    const firsts = new Set(Object.values(entity.sources).flatMap((ids) => ids.slice(0, 1)));
    const withClaims = new UserCorpusHost({
      loadAssets: () =>
        Promise.resolve({ ...assets, claimsOf: (id: string) => (firsts.has(id) ? [claimOf(id)] : []) }),
      openStore: () => openUserSourceStore('story-handlers-claims'),
      openIndex: () => openPagedIndex('story-handlers-claims').then(({ index }) => index),
      log: () => {},
    });
    const answer = await answerCompare({ type: 'compare', query: entity.id }, () => withClaims.corpus());
    expect(compareResponseSchema.safeParse(answer).error?.issues).toBeUndefined();
    expect(answer.claims?.length).toBeGreaterThan(0);
    for (const claim of answer.claims ?? []) {
      expect(claim.status).toBe('agree');
      expect(claim.values.every((value) => value.sourceId in entity.sources)).toBe(true);
    }
    const query = await answerCompare({ type: 'compare', query: 'no such words anywhere' }, () =>
      withClaims.corpus(),
    );
    expect(query.claims).toBeUndefined();
  });

  it('meets two claims whose targets are items the catalogue links (told in other words)', async () => {
    const corpus = await host.corpus();
    const entity = corpus.catalogue.entities.find((candidate) => candidate.label === 'Vladimir Putin');
    const linked = corpus.catalogue.entities.find((candidate) => (candidate.also ?? []).length > 0);
    if (!entity || !linked) throw new Error('test: no Putin or no linked item in the seeds');
    const other = linked.also?.[0] ?? '';
    // Each source's first passage about Putin: alternately the one item and the item it is linked to.
    const firsts = Object.values(entity.sources).flatMap((ids) => ids.slice(0, 1));
    const claimOf = (passageId: string): Claim => {
      const itemId = firsts.indexOf(passageId) % 2 === 0 ? linked.id : other;
      return {
        passageId,
        actor: { text: 'Putin', head: 'putin', itemId: entity.id, country: null },
        action: 'consider',
        target: { text: itemId, head: itemId, itemId, country: null },
        place: null,
        negated: false,
        hedged: false,
        text: `Putin considers ${itemId} (${passageId})`,
      };
    };
    const withClaims = new UserCorpusHost({
      loadAssets: () =>
        Promise.resolve({ ...assets, claimsOf: (id: string) => (firsts.includes(id) ? [claimOf(id)] : []) }),
      openStore: () => openUserSourceStore('story-handlers-linked'),
      openIndex: () => openPagedIndex('story-handlers-linked').then(({ index }) => index),
      log: () => {},
    });
    const answer = await answerCompare({ type: 'compare', query: entity.id }, () => withClaims.corpus());
    const across = (answer.claims ?? []).filter(
      (claim) => new Set(claim.values.map((value) => claim.values.length && value.passageId)).size > 1,
    );
    expect(across.some((claim) => claim.status === 'agree')).toBe(true);
  });
});
