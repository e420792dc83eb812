/**
 * Vitest set-up: WXT's fake browser has no `i18n`, so the components would render
 * empty strings; this gives it the English locale file's messages, read where they
 * are (locales/en.yml), so unit tests see exactly what the extension shows.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessageFrom, readLocaleMessages } from '../helpers/locale-messages';

fakeBrowser.i18n.getMessage = getMessageFrom(readLocaleMessages('en'), 'locales/en.yml');
