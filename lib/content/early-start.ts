/**
 * What the injected script asks for before the engine has loaded, so that the
 * settings read and the background's round trip run while the engine is
 * fetched and compiled (lib/content/engine-module.ts), and when the document
 * is parsed, the moment Parallax's work on the page starts. Both answers are
 * unchecked here: the engine validates them as it would its own.
 *
 * The two scripts share only their isolated world's global object (the page
 * cannot see it), so the hand-over is one symbol-keyed slot on it, taken once.
 */
export interface EarlyStart {
  /** The raw `storage.local` value (see readStoredSettings). */
  settings: Promise<unknown>;
  /** The raw answer to a `page-setup` request. */
  pageSetup: Promise<unknown>;
  /** The document parsed (documentParsed), the start mark made: where Parallax may start on the page. */
  parsed: Promise<void>;
}

const SLOT = Symbol.for('parallax.early-start');

type Slotted = typeof globalThis & { [SLOT]?: EarlyStart };

export function handOverEarlyStart(early: EarlyStart, global: typeof globalThis = globalThis): void {
  // Handled here so that a failure the engine never reads (it did not load) is not an unhandled rejection.
  early.settings.catch(() => undefined);
  early.pageSetup.catch(() => undefined);
  (global as Slotted)[SLOT] = early;
}

/** The early answers, once; null if the injected script left none (or they were taken already). */
export function takeEarlyStart(global: typeof globalThis = globalThis): EarlyStart | null {
  const slotted = global as Slotted;
  const early = slotted[SLOT] ?? null;
  delete slotted[SLOT];
  return early;
}
