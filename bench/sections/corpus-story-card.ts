import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { readCorpusDir } from '../../lib/node';
import type { UserSource, UserSourceDraft } from '../../lib/user-sources';
import { withExtensionRun } from '../support/extension-run';
import { formatMs, markdownTable, methodLink } from '../support/markdown';
import { REPO_ROOT, SEED_DIR } from '../support/paths';
import { defineSection } from '../support/section';
import { distribution, type Distribution } from '../support/stats';
import { generatedChunk, realSources } from './corpus/bench-sources';
import { reachWorkerStatus, STATUS_TIMEOUT_MS } from './corpus/reach-worker-status';

/**
 * A card through the real background at 1,000 and 10,000 of the reader's
 * articles, imported through the background itself (so what is stored is
 * what a reader's import stores): the first card after the service worker
 * was stopped, for a page of one of the reader's stories (the page's story
 * named, as the content script names it) and with no story named; a warm
 * card; and add one / remove one through the background's messages. The
 * load average is recorded beside each size: the machine is shared.
 */

const CORPORA_DIR = join(REPO_ROOT, '../shared/corpora');
/** The import message's bound (MAX_IMPORT_SOURCES). */
const IMPORT_MESSAGE = 1000;
const PAGE_PREFIX = '/story-card';

interface Config {
  sizes: number[];
  coldCards: number;
  warmCards: number;
  addRemove: number;
}

const FULL: Config = { sizes: [1000, 10_000], coldCards: 8, warmCards: 20, addRemove: 8 };
const QUICK: Config = { sizes: [1000], coldCards: 4, warmCards: 10, addRemove: 4 };

/** A source as the import message takes it (the background gives it its id). */
function draftOf({ outlet, title, author, published, url, text }: UserSource): UserSourceDraft {
  return { outlet, title, author, published, url, text };
}

type Send = (message: unknown) => Promise<unknown>;

/** Sends from an extension page (the options page's messages). */
function fromPage(page: Page): Send {
  return (message) =>
    page.evaluate(async (body) => {
      const { chrome } = globalThis as unknown as {
        chrome: { runtime: { sendMessage: (message: unknown) => Promise<unknown> } };
      };
      return chrome.runtime.sendMessage(body);
    }, message);
}

/**
 * A card is a content script's message: it is sent from the content
 * script's own (isolated) world of a served page, found over CDP, and timed there.
 */
async function contentSender(page: Page, url: string): Promise<(message: unknown) => Promise<number>> {
  const session = await page.context().newCDPSession(page);
  const contexts: { id: number; isolated: boolean; name: string }[] = [];
  session.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string } | undefined;
    contexts.push({ id: context.id, isolated: aux?.type === 'isolated', name: context.name });
  });
  await session.send('Runtime.enable');
  await page.goto(url);
  const deadline = Date.now() + STATUS_TIMEOUT_MS;
  while (!contexts.some((context) => context.isolated) && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 50));
  const isolated = contexts.findLast((context) => context.isolated);
  if (!isolated) throw new Error('bench: corpus-story-card: no content script world on the served page');
  return async (message) => {
    const { result, exceptionDetails } = await session.send('Runtime.evaluate', {
      contextId: isolated.id,
      awaitPromise: true,
      returnByValue: true,
      expression: `(async () => { const start = performance.now(); const answer = await chrome.runtime.sendMessage(${JSON.stringify(message)}); if (!answer || answer.type !== 'item-card') throw new Error('no card: ' + JSON.stringify(answer).slice(0, 200)); return performance.now() - start; })()`,
    });
    if (exceptionDetails)
      throw new Error(
        `bench: corpus-story-card: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`,
      );
    return result.value as number;
  };
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

interface StoriesList {
  stories: { id: string; sources: { id: string }[]; items: { id: string }[] }[];
}

async function measure(config: Config, log: (message: string) => void) {
  const seedArticles = readCorpusDir(SEED_DIR);
  const pending: UserSourceDraft[] = realSources(CORPORA_DIR).map(draftOf);
  let chunk = 0;
  const mounts = (tempDir: string): Record<string, string> => {
    writeFileSync(
      join(tempDir, 'page.html'),
      '<!doctype html><title>a page</title><p>A page of no story.</p>',
    );
    return { [PAGE_PREFIX]: tempDir };
  };
  return withExtensionRun({ mounts, log }, async ({ context, extensionId, chromium, server }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const send = fromPage(options);
    const session = await options.context().newCDPSession(options);
    await session.send('ServiceWorker.enable');
    const stop = async (): Promise<void> => {
      const stopped = reachWorkerStatus(session, extensionId, 'stopped', 'corpus-story-card');
      await session.send('ServiceWorker.stopAllWorkers');
      await stopped;
    };
    const tab = await context.newPage();
    const card = await contentSender(tab, server.url(`${PAGE_PREFIX}/page.html`));
    let imported = 0;
    const sizes = [];
    for (const size of config.sizes) {
      while (imported < size) {
        while (pending.length < IMPORT_MESSAGE)
          pending.push(...generatedChunk(seedArticles, chunk++).map(draftOf));
        const batch = pending.splice(0, Math.min(IMPORT_MESSAGE, size - imported));
        const answer = (await send({ type: 'user-sources-import', sources: batch })) as { added?: number };
        if (typeof answer.added !== 'number')
          throw new Error(
            `bench: corpus-story-card: import refused: ${JSON.stringify(answer).slice(0, 300)}`,
          );
        imported += batch.length;
        log(`${imported} articles sent (${answer.added} added in the last message)`);
      }
      const list = (await send({ type: 'stories-list' })) as StoriesList;
      const story = list.stories
        .filter(
          (candidate) => candidate.sources.filter((source) => source.id.startsWith('yours-')).length >= 2,
        )
        .find((candidate) => candidate.items.length > 0);
      if (!story) throw new Error('bench: corpus-story-card: no story of the reader’s with an item');
      const scoped = {
        type: 'item-card',
        entityId: story.items[0]?.id,
        pageSourceId: null,
        pageStoryId: story.id,
      };
      const whole = { ...scoped, pageStoryId: null };
      // The first cold card may convert what an older version stored: not timed.
      await stop();
      await card(scoped);
      const coldScoped: number[] = [];
      const coldWhole: number[] = [];
      for (let i = 0; i < config.coldCards; i++) {
        await stop();
        coldScoped.push(await card(scoped));
        await stop();
        coldWhole.push(await card(whole));
      }
      const warm: number[] = [];
      await card(scoped);
      for (let i = 0; i < config.warmCards; i++) warm.push(await card(scoped));
      const add: number[] = [];
      const remove: number[] = [];
      for (let i = 0; i < config.addRemove; i++) {
        const draft = pending.shift() as UserSourceDraft;
        let id = '';
        add.push(
          await timed(async () => {
            const saved = (await send({ type: 'user-source-add', source: draft })) as {
              source?: { id: string };
            };
            id = saved.source?.id ?? '';
          }),
        );
        remove.push(await timed(() => send({ type: 'user-source-remove', id })));
      }
      const entry = {
        articles: imported,
        loadAverage: loadavg().map((value) => Math.round(value * 10) / 10),
        storyReaderSources: story.sources.filter((source) => source.id.startsWith('yours-')).length,
        coldCardScopedMs: distribution(coldScoped),
        coldCardWholeMs: distribution(coldWhole),
        warmCardMs: distribution(warm),
        addOneMs: distribution(add),
        removeOneMs: distribution(remove),
      };
      log(`${size}: ${JSON.stringify(entry)}`);
      sizes.push(entry);
    }
    return { chromium, sizes };
  });
}

const pair = (d: Distribution): string => `${formatMs(d.p50)} / ${formatMs(d.p95)}`;

export const corpusStoryCardSection = defineSection({
  name: 'corpus-story-card',
  full: FULL,
  quick: QUICK,
  measure,
  format(result, quick) {
    return [
      `## A card at scale, through the background${quick ? ' (quick: 1,000 only)' : ''}`,
      '',
      `${result.chromium}; the reader's articles imported through the background. p50 / p95. Cold: the service worker stopped, then the card.`,
      '',
      markdownTable(
        [
          'articles',
          'cold card, page story named',
          'cold card, no story named',
          'warm card',
          'add one',
          'remove one',
          'load (1 / 5 / 15 min)',
        ],
        result.sizes.map((e) => [
          e.articles.toLocaleString('en-US'),
          pair(e.coldCardScopedMs),
          pair(e.coldCardWholeMs),
          pair(e.warmCardMs),
          pair(e.addOneMs),
          pair(e.removeOneMs),
          e.loadAverage.join(' / '),
        ]),
      ),
      '',
      methodLink('corpus-story-card'),
    ].join('\n');
  },
});
