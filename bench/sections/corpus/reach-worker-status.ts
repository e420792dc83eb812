import type { CDPSession } from 'playwright-core';

/** Chromium stops or starts a worker within a second or two; longer means it did not. */
export const STATUS_TIMEOUT_MS = 10_000;

/** Resolves once CDP reports the extension's service worker in `wanted` running status; `section` names the bench in the error. */
export function reachWorkerStatus(
  session: CDPSession,
  extensionId: string,
  wanted: string,
  section: string,
): Promise<void> {
  return new Promise((done, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`bench: ${section}: the service worker did not reach "${wanted}"`)),
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
