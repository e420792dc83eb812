import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { CONTENT_ENGINE_PATH, CONTENT_MATCHES } from './lib/content/engine-module';
import { KEEP_READER_PATH } from './lib/content/keep-reader-module';
import { buildCorpusAssets, type CorpusAsset } from './lib/node';

/** Files a content script imports: web-accessible (lib/content/engine-module.ts, keep-reader-module.ts). */
const CONTENT_MODULE_FILES = [CONTENT_ENGINE_PATH.slice(1), KEEP_READER_PATH.slice(1)];

/** The corpus folder is a parameter: `PARALLAX_CORPUS=path/to/folder npm run build`. */
const corpusDir = resolve(process.env.PARALLAX_CORPUS ?? 'seeds');

/** The corpus files built before the build proper starts, waiting to be written. */
let corpusAssets: CorpusAsset[] | undefined;

export const GECKO_ID = 'parallax@parallax.invalid';

/**
 * The extension pages' and the background's content security policy, stricter than the browsers'
 * defaults: scripts only from the package (no eval, no WebAssembly, no remote code), no plugins, no
 * <base>, no form posts. No `connect-src 'self'`: Chromium refuses such a fetch before the DevTools
 * network domain sees it, so the privacy test (tests/hardening/privacy.spec.ts) could no longer
 * prove that nothing was asked for; that test is the guarantee instead.
 */
const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, manifestVersion }) => ({
    // Every word the extension shows is in locales/en.yml; the i18n module writes _locales/ from it.
    default_locale: 'en',
    name: '__MSG_extension_name__',
    description: '__MSG_extension_description__',
    // storage: the user's settings; activeTab: the popup may read the current site's host (for its
    // on/off switch) only after the user clicked the toolbar button; contextMenus: "Compare sources
    // for …" on a selection. Content scripts need no more; WXT adds sidePanel for the sidebar.
    // offscreen (Chrome only): a hidden page whose one job is to start the item worker, which finds the
    // named items of an article the reader adds with the build's extractor; a service worker cannot start
    // workers. It opens when an article is added and closes when idle (lib/background/extract-items.ts).
    permissions: ['storage', 'activeTab', 'contextMenus', ...(browser === 'firefox' ? [] : ['offscreen'])],
    action: { default_title: 'Parallax: search the sources' },
    // The content script's engine, which the injected script imports (lib/content/engine-module.ts says why).
    // Chromium serves it only under the session's random id (use_dynamic_url), so a page cannot probe for
    // Parallax at its fixed id; Firefox's ids are random per installation already.
    web_accessible_resources:
      manifestVersion === 2
        ? CONTENT_MODULE_FILES
        : [{ resources: CONTENT_MODULE_FILES, matches: CONTENT_MATCHES, use_dynamic_url: true }],
    content_security_policy:
      manifestVersion === 2 ? EXTENSION_PAGES_CSP : { extension_pages: EXTENSION_PAGES_CSP },
    commands: {
      'next-item': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_extension_nextItem__',
      },
      'previous-item': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_extension_previousItem__',
      },
      'open-sidebar': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_extension_openSidebar__',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          strict_min_version: '128.0',
          // Newer than WXT's manifest types; Firefox requires it for new add-ons.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  hooks: {
    // The index and the entity catalogue are built from the corpus on every
    // build, so what ships can never be older than the seeds. They are built
    // before WXT empties the output folder: a bad seed, manifest or overrides
    // file fails the build there, leaving the previous build untouched rather
    // than half an extension without its corpus.
    'build:before': (wxt) => {
      corpusAssets = buildCorpusAssets(corpusDir, { onWarning: (message) => wxt.logger.warn(message) });
    },
    // A dev-mode rebuild copies the public files again without 'build:before':
    // the corpus is rebuilt then, so an edited seed shows up.
    'build:publicAssets': (wxt, files) => {
      files.push(
        ...(corpusAssets ??
          buildCorpusAssets(corpusDir, { onWarning: (message) => wxt.logger.warn(message) })),
      );
      corpusAssets = undefined;
    },
  },
});
