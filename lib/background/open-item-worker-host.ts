import { canStartWorkers, closeOffscreenDocument, openOffscreenDocument, startItemWorker } from '../browser';
import { ItemWorkerClient, sendToOffscreen } from '../messaging';
import type { ItemWorkerHost } from './extract-items';

/**
 * The item worker's host here: a worker of this very context where it can
 * start one (Firefox's background page), otherwise Chrome's offscreen
 * document, which starts the worker and relays to it.
 */
export function openItemWorkerHost(): ItemWorkerHost {
  if (canStartWorkers()) {
    const worker = startItemWorker();
    const client = new ItemWorkerClient(worker);
    return { extract: (source) => client.extract(source), close: () => worker.terminate() };
  }
  return {
    async extract(source) {
      await openOffscreenDocument();
      return sendToOffscreen({ type: 'extract-items', source });
    },
    close: closeOffscreenDocument,
  };
}
