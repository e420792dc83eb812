import { readdirSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { repoPath } from './fixtures';

/** The locale files WXT's i18n module turns into `_locales/<lang>/messages.json`. */
export const LOCALES_DIR = repoPath('locales');

/** The locales that have a file, e.g. `['en']`. */
export function localeNames(): string[] {
  return readdirSync(LOCALES_DIR)
    .filter((name) => extname(name) === '.yml')
    .map((name) => name.slice(0, -'.yml'.length))
    .sort();
}

/**
 * One locale's messages as the browser gets them, by their `messages.json` names
 * (`popup.kinds.person` is `popup_kinds_person`), built by the module's own code.
 */
export function readLocaleMessages(locale: string): Map<string, string> {
  const file = `${LOCALES_DIR}/${locale}.yml`;
  const messages = generateChromeMessages(parseMessagesText(readFileSync(file, 'utf8'), 'YAML'));
  return new Map(Object.entries(messages).map(([name, { message }]) => [name, message]));
}

/**
 * `browser.i18n.getMessage` over a locale's messages, stricter than the browsers': a
 * missing message or `$n` substitution throws instead of giving "", so no test can pass
 * on a key the locale file lacks.
 */
export function getMessageFrom(
  messages: ReadonlyMap<string, string>,
  file: string,
): (name: string, substitutions?: string | (string | number)[]) => string {
  return (name, substitutions) => {
    const message = messages.get(name);
    if (message === undefined) throw new Error(`i18n: ${file}: no message "${name}"`);
    const values = substitutions === undefined ? [] : [substitutions].flat();
    return message.replace(/\$(\$|[1-9])/gu, (_, which: string) => {
      if (which === '$') return '$';
      const value = values[Number(which) - 1];
      if (value === undefined) throw new Error(`i18n: ${file}: message "${name}" needs $${which}`);
      return String(value);
    });
  };
}
