import browser from 'webextension-polyfill';
import { startItemWorker } from '@/lib/browser';
import { ItemWorkerClient, messageOrigin, receiveMessage } from '@/lib/messaging';

// Chrome's offscreen document: it exists only to start the item worker (a service worker cannot)
// and to relay the background's "extract-items" to it. The background closes it when idle.
const worker = new ItemWorkerClient(startItemWorker());
const own = { id: browser.runtime.id, url: browser.runtime.getURL('/') };

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  const origin = messageOrigin(sender, own);
  if (!origin) return undefined;
  // Every runtime message reaches this document too: it answers only those addressed to it.
  return receiveMessage('offscreen', message, origin, {
    'extract-items': (request) => worker.extract(request.source),
  });
});
