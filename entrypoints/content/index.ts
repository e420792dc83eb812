import browser from 'webextension-polyfill';
import { documentParsed } from '@/lib/content/document-parsed';
import { handOverEarlyStart } from '@/lib/content/early-start';
import { CONTENT_ENGINE_PATH, CONTENT_MATCHES, QUIET_START } from '@/lib/content/engine-module';
import { PHASE_MARKS } from '@/lib/content/phase-marks';
import { sendRuntimeMessage } from '@/lib/browser/send-message';
import type { RequestOf } from '@/lib/messaging/messages';
import { readStoredSettings } from '@/lib/browser/read-stored-settings';
import './highlights.css';

/**
 * Injected into every page as it starts to load: it imports the engine and asks for the settings and
 * the catalogue's aliases, so that all three are under way while the page is parsed, and marks the
 * start once the document is parsed. The engine picks the answers up (lib/content/engine-module.ts).
 */
export default defineContentScript({
  ...QUIET_START,
  matches: CONTENT_MATCHES,
  runAt: 'document_start',
  // Top frame only: the article a person reads is the page; ads and embeds in frames are not.
  allFrames: false,
  cssInjectionMode: 'manifest',
  async main() {
    // The import first: it is the longest of the three, and the other two are answered while it runs.
    const engine = import(/* @vite-ignore */ browser.runtime.getURL(CONTENT_ENGINE_PATH));
    // Sent raw, its answer checked by the engine: the message table stays out of this script.
    const pageSetup: RequestOf<'page-setup'> = { type: 'page-setup' };
    handOverEarlyStart({
      settings: readStoredSettings(),
      pageSetup: sendRuntimeMessage(pageSetup),
      parsed: documentParsed(document, window).then(() => void performance.mark(PHASE_MARKS.start)),
    });
    try {
      await engine;
    } catch (error) {
      console.warn(`parallax: cannot load ${CONTENT_ENGINE_PATH}: ${String(error)}`);
    }
  },
});
