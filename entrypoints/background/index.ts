import browser, { type Runtime } from 'webextension-polyfill';
import { answerSearch, lazy, loadBundledSearch } from '@/lib/background';
import { handleRequest, isOwnSender } from '@/lib/messaging';

export default defineBackground(() => {
  const getSearch = lazy(loadBundledSearch);
  const log = (reason: string): void => console.warn(reason);

  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (!isOwnSender(sender, browser.runtime.id)) {
      log('messaging: rejected message from another extension or page');
      return undefined;
    }
    return handleRequest(message, { search: (request) => answerSearch(request, getSearch) }, log);
  });
});
