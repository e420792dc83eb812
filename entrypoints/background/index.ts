import browser, { type Runtime } from 'webextension-polyfill';
import {
  answerCompare,
  answerItemCard,
  answerPageSetup,
  answerSearch,
  lazy,
  loadBundledCorpus,
} from '@/lib/background';
import { handleRequest, isOwnSender, type FocusMentionMessage } from '@/lib/messaging';

/** Keyboard commands declared in the manifest (wxt.config.ts) → direction for the content script. */
const COMMAND_DIRECTIONS: Record<string, FocusMentionMessage['direction']> = {
  'next-item': 'next',
  'previous-item': 'previous',
};

export default defineBackground(() => {
  const getCorpus = lazy(loadBundledCorpus);
  const log = (reason: string): void => console.warn(reason);

  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (!isOwnSender(sender, browser.runtime.id)) {
      log('messaging: rejected message from another extension or page');
      return undefined;
    }
    return handleRequest(
      message,
      {
        search: async (request) => answerSearch(request, async () => (await getCorpus()).search),
        'page-setup': () => answerPageSetup(getCorpus),
        'item-card': (request) => answerItemCard(request, getCorpus),
        compare: (request) => answerCompare(request, getCorpus),
        'open-search': async (request) => {
          const url = `${browser.runtime.getURL('/popup.html')}?q=${encodeURIComponent(request.query)}`;
          await browser.tabs.create({ url });
          return { type: 'opened' };
        },
      },
      log,
    );
  });

  browser.commands.onCommand.addListener((command: string) => {
    const direction = COMMAND_DIRECTIONS[command];
    if (!direction) return;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (tab?.id === undefined) return;
      const message: FocusMentionMessage = { type: 'focus-mention', direction };
      // A tab without the content script (chrome://, the store) has no receiver: nothing to do.
      browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
    });
  });
});
