import type { CDPSession, Page } from 'playwright-core';

/** Chromium stops or starts a worker within a second or two; longer means it did not. */
const STATUS_TIMEOUT_MS = 10_000;

export interface BackgroundAnswer {
  ms: number;
  /** The same stopped worker's answer to a malformed message (refused before any storage is read): its start alone. */
  startMs: number;
  /** Passages of the reader's sources in the answer (they prove the paged index answered). */
  readerHits: number;
}

/** Resolves once CDP reports the extension's service worker in `wanted` running status. */
function reach(session: CDPSession, extensionId: string, wanted: string): Promise<void> {
  return new Promise((done, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`bench: corpus: the service worker did not reach "${wanted}"`)),
      STATUS_TIMEOUT_MS,
    );
    const listener = ({ versions }: { versions: { scriptURL: string; runningStatus: string }[] }) => {
      const ours = versions.filter((version) =>
        version.scriptURL.startsWith(`chrome-extension://${extensionId}/`),
      );
      if (ours.at(-1)?.runningStatus !== wanted) return;
      clearTimeout(timer);
      session.off('ServiceWorker.workerVersionUpdated', listener);
      done();
    };
    session.on('ServiceWorker.workerVersionUpdated', listener);
  });
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
      const stopped = reach(session, extensionId, 'stopped');
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
      const stoppedAgain = reach(session, extensionId, 'stopped');
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
