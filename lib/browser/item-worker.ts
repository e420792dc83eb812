import browser from 'webextension-polyfill';

/** The item worker's script (entrypoints/item-worker.ts) and the offscreen page that starts it in Chrome. */
export const ITEM_WORKER_PATH = '/item-worker.js';
export const OFFSCREEN_PATH = '/offscreen.html';

/** Chrome's offscreen API: not in the polyfill's types. */
interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

function offscreenApi(): OffscreenApi | undefined {
  return (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
}

/** Whether this context can start a dedicated worker itself (Firefox's background page can; Chrome's service worker cannot). */
export function canStartWorkers(): boolean {
  return typeof Worker === 'function';
}

/** Starts the item worker in this context (a page, or Firefox's background page). */
export function startItemWorker(): Worker {
  return new Worker(browser.runtime.getURL(ITEM_WORKER_PATH));
}

let opening: Promise<void> | null = null;

/**
 * Opens Chrome's offscreen document (one per extension) if it is not open. Its
 * one reason is WORKERS: it exists to start the item worker, which a service
 * worker cannot.
 */
export function openOffscreenDocument(): Promise<void> {
  opening ??= (async () => {
    const api = offscreenApi();
    if (!api) throw new Error('offscreen: this browser has no offscreen documents');
    if ((await api.hasDocument?.()) === true) return;
    await api.createDocument({
      url: browser.runtime.getURL(OFFSCREEN_PATH),
      reasons: ['WORKERS'],
      justification: 'Finds the named items of the articles the reader adds, in a worker.',
    });
  })().catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

/**
 * Closes the offscreen document (its worker ends with it); nothing when none is open, also one
 * that an earlier life of the service worker opened.
 */
export async function closeOffscreenDocument(): Promise<void> {
  const api = offscreenApi();
  const wasOpening = opening;
  opening = null;
  if (!api) return;
  await wasOpening?.catch(() => undefined);
  const open = (await api.hasDocument?.()) ?? wasOpening !== null;
  if (open) await api.closeDocument();
}
