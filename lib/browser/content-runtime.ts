import browser from 'webextension-polyfill';

/**
 * The extension runtime as the content script's engine uses it: messages in
 * from Parallax's own pages, a broadcast out to them, and release of a
 * browser listener once the content script's context ends. Callers check
 * what arrives (sender and shape); this file only carries it.
 */

/** The sender of a runtime message, as far as the content script checks it. */
export interface RuntimeSender {
  id?: string | undefined;
  url?: string | undefined;
  tab?: unknown;
}

/** Answers one runtime message: a promise for a reply, or undefined to leave it to others. */
export type RuntimeMessageHandler = (message: unknown, sender: RuntimeSender) => Promise<unknown> | undefined;

/** This extension's id and base URL, against which a sender is checked. */
export function ownExtension(): { id: string; url: string } {
  return { id: browser.runtime.id, url: browser.runtime.getURL('/') };
}

/**
 * Runs `undo` when `signal` aborts (at once if it has). An orphaned content
 * script (its extension reloaded, updated or removed) may no longer touch the
 * browser's listeners, and "Extension context invalidated" is thrown: the
 * browser has dropped those listeners itself, so there is nothing left to undo.
 */
export function releaseOnAbort(signal: AbortSignal, undo: () => void): void {
  const release = (): void => {
    try {
      undo();
    } catch {
      // The context is gone, and the listener with it.
    }
  };
  if (signal.aborted) release();
  else signal.addEventListener('abort', release, { once: true });
}

/** Hands every runtime message to `handler` until `signal` aborts. */
export function listenToRuntime(handler: RuntimeMessageHandler, signal: AbortSignal): void {
  if (signal.aborted) return;
  const listener = (message: unknown, sender: RuntimeSender): Promise<unknown> | undefined =>
    handler(message, sender);
  browser.runtime.onMessage.addListener(listener);
  releaseOnAbort(signal, () => browser.runtime.onMessage.removeListener(listener));
}
