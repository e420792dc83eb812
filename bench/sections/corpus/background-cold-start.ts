import type { Page } from 'playwright-core';
import { reachWorkerStatus } from './reach-worker-status';

export interface BackgroundAnswer {
  ms: number;
  /** The same stopped worker's answer to a malformed message (refused before any storage is read): its start alone. */
  startMs: number;
  /** Passages of the reader's sources in the answer (they prove the paged index answered). */
  readerHits: number;
}

/**
 * The first answer after the service worker was stopped, through the real
 * background: the worker is stopped over CDP (as Chromium stops an idle
 * one), then the extension page sends the popup's `search` message and
 * times it until the answer, worker start included.
 */
export async function backgroundColdStarts(
  page: Page,
  extensionId: string,
  queries: readonly string[],
): Promise<BackgroundAnswer[]> {
  const session = await page.context().newCDPSession(page);
  await session.send('ServiceWorker.enable');
  const answers: BackgroundAnswer[] = [];
  try {
    for (const query of queries) {
      const stopped = reachWorkerStatus(session, extensionId, 'stopped', 'corpus');
      await session.send('ServiceWorker.stopAllWorkers');
      await stopped;
      const searched = await page.evaluate(async (text) => {
        const { chrome } = globalThis as unknown as {
          chrome: {
            runtime: { sendMessage: (message: unknown) => Promise<{ hits?: { sourceId: string }[] }> };
          };
        };
        const start = performance.now();
        const answer = await chrome.runtime.sendMessage({ type: 'search', query: text });
        const ms = performance.now() - start;
        if (!answer.hits) throw new Error(`bench: corpus: the background did not answer "${text}"`);
        return { ms, readerHits: answer.hits.filter((hit) => hit.sourceId.startsWith('yours-')).length };
      }, query);
      const stoppedAgain = reachWorkerStatus(session, extensionId, 'stopped', 'corpus');
      await session.send('ServiceWorker.stopAllWorkers');
      await stoppedAgain;
      const startMs = await page.evaluate(async () => {
        const { chrome } = globalThis as unknown as {
          chrome: { runtime: { sendMessage: (message: unknown) => Promise<unknown> } };
        };
        const start = performance.now();
        await chrome.runtime.sendMessage({ type: 'search', query: 42 });
        return performance.now() - start;
      });
      answers.push({ ...searched, startMs });
    }
  } finally {
    await session.detach();
  }
  return answers;
}
