import { serveItemWorker } from '@/lib/item-extraction/serve-item-worker';

/**
 * The item worker: the build's extractor (compromise) for the reader's articles, off the
 * background's thread. Built as one self-contained script and started as a classic dedicated
 * worker, by the offscreen document in Chrome and by the background page in Firefox.
 */
export default defineUnlistedScript(() => {
  serveItemWorker(globalThis);
});
