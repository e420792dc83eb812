import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { strings } from '@/lib/ui/strings';
import { repoPath } from '../../helpers/fixtures';
import { getMessageFrom, localeNames, readLocaleMessages } from '../../helpers/locale-messages';
import { STRING_SAMPLES } from './strings-samples';

/** A `{name}` the facade did not fill in, or a `$n` the browser would have. */
const UNFILLED = /\{[A-Za-z0-9_]+\}|\$[1-9]/u;
/** The messages.json names of a plural message's forms: `<base>_<category>`. */
const PLURAL_FORM = /^(.+)_(zero|one|two|few|many|other)$/u;

interface Reading {
  path: string;
  text: string;
}

/** Reads every text of `group` and calls every function with its samples. */
function readAll(group: object, path = ''): Reading[] {
  return Object.entries(Object.getOwnPropertyDescriptors(group)).flatMap(([key, descriptor]): Reading[] => {
    const at = path === '' ? key : `${path}.${key}`;
    const value: unknown = descriptor.get ? descriptor.get.call(group) : descriptor.value;
    if (typeof value === 'string') return [{ path: at, text: value }];
    if (typeof value === 'function') {
      const samples = STRING_SAMPLES[at];
      if (!samples) throw new Error(`strings.test: ${at} has no arguments in strings-samples.ts`);
      return samples.map((args) => ({
        path: `${at}(${JSON.stringify(args).slice(1, -1)})`,
        text: (value as (...args: unknown[]) => string)(...args),
      }));
    }
    return readAll(value as object, at);
  });
}

/** The message names the manifest asks for (`__MSG_<name>__` in wxt.config.ts). */
function manifestMessages(): string[] {
  const config = readFileSync(repoPath('wxt.config.ts'), 'utf8');
  return [...config.matchAll(/__MSG_(\w+)__/gu)].map((match) => match[1]!);
}

const english = readLocaleMessages('en');

describe('strings, read from the locale files', () => {
  afterEach(() => vi.restoreAllMocks());

  it('has a message for every text and function, with every placeholder filled in', () => {
    const readings = readAll(strings);
    expect(readings.length).toBeGreaterThan(150);
    for (const { path, text } of readings) {
      expect(text, path).not.toBe('');
      expect(text, path).not.toMatch(UNFILLED);
    }
  });

  it('lists samples only for functions that exist', () => {
    const functions = new Set(readAll(strings).map(({ path }) => path.replace(/\(.*$/su, '')));
    for (const path of Object.keys(STRING_SAMPLES)) expect(functions, path).toContain(path);
  });

  it('uses every message of the English file: in strings, in the manifest, or as the locale', () => {
    // `locale` is read once, for the plural and number rules, by whichever test comes first.
    const used = new Set<string>([...manifestMessages(), 'locale']);
    const getMessage = fakeBrowser.i18n.getMessage;
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
      (name: string, substitutions?: string | (string | number)[]) => {
        used.add(name);
        return getMessage(name, substitutions);
      },
    );
    readAll(strings);
    const unused = [...english.keys()].filter((name) => !used.has(name));
    expect(unused).toEqual([]);
  });

  it('names in the manifest only messages the English file has', () => {
    expect(manifestMessages().length).toBeGreaterThan(0);
    for (const name of manifestMessages()) expect(english.has(name), name).toBe(true);
  });

  it('reads English as the extension always has: plural forms by count, values in place', () => {
    expect(strings.popup.mentions(1)).toBe('1 mention');
    expect(strings.popup.mentions(0)).toBe('0 mentions');
    expect(strings.resultSummary(1, 3)).toBe('1 passage in 3 sources');
    expect(strings.cardMentionedBy(4, 5, 'Reuters')).toBe(
      'Mentioned by 4 of 5 sources; this page is Reuters.',
    );
    expect(strings.sidebar.comparisonSummary(3, 1)).toBe('Mentioned by 3 sources; 1 does not.');
    expect(strings.addPage.size(2, 10_234)).toBe('2 paragraphs, 10,234 characters');
    expect(strings.cardSilentList(['Reuters', 'AP (2)'], 3)).toBe('Reuters, AP (2) and 3 more');
  });

  it('a message missing from the locale file fails the test instead of showing nothing', () => {
    const getMessage = getMessageFrom(new Map([['a', 'A $1']]), 'x.yml');
    expect(getMessage('a', ['b'])).toBe('A b');
    expect(() => getMessage('b')).toThrow('i18n: x.yml: no message "b"');
    expect(() => getMessage('a')).toThrow('i18n: x.yml: message "a" needs $1');
  });
});

describe('a translation', () => {
  afterEach(() => {
    fakeBrowser.i18n.getMessage = getMessageFrom(english, 'locales/en.yml');
    vi.resetModules();
  });

  it('chooses plural forms by its own language’s rules, not by "one or not"', async () => {
    // Polish: 1 mention, 2-4 "few", 5+ "many"; the file names its language in `locale`.
    const polish = new Map(english);
    polish.set('locale', 'pl');
    polish.set('popup_mentions_one', '{count} wzmianka');
    polish.set('popup_mentions_few', '{count} wzmianki');
    polish.set('popup_mentions_many', '{count} wzmianek');
    fakeBrowser.i18n.getMessage = getMessageFrom(polish, 'pl.yml');
    vi.resetModules();
    const { strings: polishStrings } = await import('@/lib/ui/strings');
    expect([1, 2, 5, 22].map((count) => polishStrings.popup.mentions(count))).toEqual([
      '1 wzmianka',
      '2 wzmianki',
      '5 wzmianek',
      '22 wzmianki',
    ]);
  });

  it.each(localeNames())(
    '%s.yml has the English messages, with the same placeholders and its language’s plural forms',
    (locale) => {
      const messages = readLocaleMessages(locale);
      expect(messages.get('locale')?.replace('-', '_')).toBe(locale);
      const categories = new Intl.PluralRules(messages.get('locale')).resolvedOptions().pluralCategories;
      const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]).sort();

      const pluralBases = new Set<string>();
      for (const [name, message] of english) {
        const plural = PLURAL_FORM.exec(name);
        if (plural) {
          pluralBases.add(plural[1]!);
          continue;
        }
        expect(messages.has(name), `${locale}: ${name}`).toBe(true);
        expect(placeholders(messages.get(name) ?? ''), `${locale}: ${name}`).toEqual(placeholders(message));
      }
      for (const base of pluralBases) {
        const other = placeholders(english.get(`${base}_other`) ?? '');
        for (const category of categories) {
          const form = messages.get(`${base}_${category}`);
          expect(form, `${locale}: ${base}_${category}`).toBeDefined();
          // A form may leave the count out ("one" in some languages), never add a value.
          for (const name of placeholders(form ?? ''))
            expect(other, `${locale}: ${base}_${category}`).toContain(name);
        }
      }
    },
  );
});
