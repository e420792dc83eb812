import browser from 'webextension-polyfill';
import { handOverEarlyStart } from '@/lib/content/early-start';
import { CONTENT_ENGINE_PATH, CONTENT_MATCHES, QUIET_START } from '@/lib/content/engine-module';
import { PHASE_MARKS } from '@/lib/content/phase-marks';
import { sendRuntimeMessage } from '@/lib/browser/send-message';
import type { RequestOf } from '@/lib/messaging/messages';
import { readStoredSettings } from '@/lib/browser/read-stored-settings';
import './highlights.css';

/**
 * Injected into every page: it marks the start, asks for the settings and the catalogue's aliases, and
 * imports the engine, which picks the answers up (lib/content/engine-module.ts says why it is split).
 */
export default defineContentScript({
  ...QUIET_START,
  matches: CONTENT_MATCHES,
  runAt: 'document_idle',
  // Top frame only: the article a person reads is the page; ads and embeds in frames are not.
  allFrames: false,
  cssInjectionMode: 'manifest',
  async main() {
    performance.mark(PHASE_MARKS.start);
    // The import first: it is the longest of the three, and the other two are answered while it runs.
    const engine = import(/* @vite-ignore */ browser.runtime.getURL(CONTENT_ENGINE_PATH));
    // Sent raw, its answer checked by the engine: the message table stays out of this script.
    const pageSetup: RequestOf<'page-setup'> = { type: 'page-setup' };
    handOverEarlyStart({ settings: readStoredSettings(), pageSetup: sendRuntimeMessage(pageSetup) });
    try {
      await engine;
    } catch (error) {
      console.warn(`parallax: cannot load ${CONTENT_ENGINE_PATH}: ${String(error)}`);
    }
  },
});
