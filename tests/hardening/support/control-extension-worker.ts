import type { BrowserContext } from 'playwright-core';

/** Chromium stops or starts a worker within a second or two; longer means it did not. */
const STATUS_TIMEOUT_MS = 10_000;

export interface ExtensionWorkerControl {
  /** Stops the worker, as Chromium does when it has been idle; resolves once CDP reports it stopped. */
  stop(): Promise<void>;
  /** Resolves once the worker runs again after the last stop (started by a message to it). */
  restarted(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Watches and stops the extension's MV3 service worker through CDP's
 * ServiceWorker domain, from a page of the extension's own (so that it sees
 * the extension's storage partition). Playwright's worker events do not
 * report a restarted worker, so its running status is read from CDP.
 */
export async function controlExtensionWorker(
  context: BrowserContext,
  extensionId: string,
): Promise<ExtensionWorkerControl> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const session = await context.newCDPSession(page);
  let status = 'unknown';
  const waiters: { wanted: string; done: () => void }[] = [];
  session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    const ours = versions.filter((version) =>
      version.scriptURL.startsWith(`chrome-extension://${extensionId}/`),
    );
    const latest = ours.at(-1);
    if (!latest) return;
    status = latest.runningStatus;
    for (const waiter of waiters.splice(0)) {
      if (waiter.wanted === status) waiter.done();
      else waiters.push(waiter);
    }
  });
  const reach = (wanted: string): Promise<void> =>
    status === wanted
      ? Promise.resolve()
      : new Promise<void>((done, fail) => {
          const timer = setTimeout(
            () =>
              fail(new Error(`hardening: the service worker did not reach "${wanted}" (it is "${status}")`)),
            STATUS_TIMEOUT_MS,
          );
          waiters.push({
            wanted,
            done: () => {
              clearTimeout(timer);
              done();
            },
          });
        });
  await session.send('ServiceWorker.enable');
  return {
    async stop() {
      await session.send('ServiceWorker.stopAllWorkers');
      await reach('stopped');
    },
    restarted: () => reach('running'),
    async close() {
      // The session dies with its page when the browser closed it first: nothing is left to detach.
      await session.detach().catch(() => undefined);
      await page.close();
    },
  };
}
