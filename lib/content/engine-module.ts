/**
 * How the content script is split. The script the browser injects into every
 * page (entrypoints/content) is a mark and an import; the rest of Parallax, the
 * engine (entrypoints/content-engine: matcher, highlighter, card, validation),
 * is a module it imports. Chromium compiles an imported module off the page's
 * main thread, while a classic content script is compiled on it, inside the
 * task that runs it (traced: 10–45 ms of the 35–160 ms task that evaluated
 * Parallax as one script).
 */

/** The engine's file in the package: web-accessible (see wxt.config.ts), as `import()` from a content script requires. */
export const CONTENT_ENGINE_PATH = '/content-engine.js';

/** The pages Parallax runs on. */
export const CONTENT_MATCHES = ['http://*/*', 'https://*/*'];

/**
 * Read by WXT's ContentScriptContext, though its types lack it. Without it WXT announces every start
 * with `window.postMessage(…, '*')`: the extension's id goes to every `message` listener of the page,
 * and Chromium captures the caller's source location, re-parsing the whole bundle inside the task that
 * evaluates it (14 of its 45 ms, traced). WXT's other announcement, an event on the document, stays:
 * it is how a newer script retires an older one.
 */
export const QUIET_START = { noScriptStartedPostMessage: true };
