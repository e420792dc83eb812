import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '@/lib/search';
import {
  buildSuggestions,
  MAX_ITEM_SUGGESTIONS,
  MAX_TEXT_SUGGESTIONS,
  type SuggestibleItem,
  type Suggestion,
} from '@/lib/ui/popup/build-suggestions';

function item(
  id: string,
  label: string,
  kind: SuggestibleItem['kind'],
  ...aliases: string[]
): SuggestibleItem {
  return { id, label, kind, aliases: [label, ...aliases].map((text) => ({ text, caseSensitive: false })) };
}

const ITEMS: SuggestibleItem[] = [
  item('steve-witkoff', 'Steve Witkoff', 'person', 'Witkoff'),
  item('kirill-dmitriev', 'Kirill Dmitriev', 'person', 'Dmitriev'),
  item('volodymyr-zelenskyy', 'Volodymyr Zelenskyy', 'person', 'Zelenskyy', 'Zelensky'),
  item('united-states', 'United States', 'place', 'US', 'USA'),
  item('ukraine', 'Ukraine', 'place'),
  item('zaporizhzhia', 'Zaporizhzhia', 'place', 'Запоріжжя'),
  item('shadow-fleet', 'shadow fleet', 'topic'),
  item('oil', 'oil', 'topic'),
  item('oil-tankers', 'oil tankers', 'topic'),
  item('oil-exports', 'oil exports', 'topic'),
  item('oil-refineries', 'oil refineries', 'topic'),
  item('price-cap', 'price cap', 'topic'),
  item('kyiv-school', 'Kyiv School of Economics', 'organisation', 'KSE'),
  item('kyiv', 'Kyiv', 'place', 'Kiev'),
];

const labels = (suggestions: Suggestion[]): string[] =>
  suggestions.map((suggestion) => (suggestion.type === 'item' ? suggestion.label : `“${suggestion.text}”`));

/** The text a suggestion emphasises, cut from the name it shows. */
function emphasised(suggestion: Suggestion): string {
  if (suggestion.type === 'text') return '';
  return (suggestion.alias ?? suggestion.label).slice(...suggestion.match);
}

describe('buildSuggestions', () => {
  it('suggests nothing for an empty or blank query', () => {
    expect(buildSuggestions('', ITEMS, ['oil'])).toEqual([]);
    expect(buildSuggestions('   ', ITEMS, ['oil'])).toEqual([]);
  });

  it('suggests items whose label starts with the typed text, ignoring case and accents', () => {
    expect(labels(buildSuggestions('STEVE', ITEMS))).toEqual(['Steve Witkoff']);
    expect(labels(buildSuggestions('zélen', ITEMS))).toEqual(['Volodymyr Zelenskyy']);
  });

  it('suggests items by a word inside the label and emphasises what was typed', () => {
    const [witkoff] = buildSuggestions('witk', ITEMS);
    expect(witkoff).toMatchObject({ type: 'item', id: 'steve-witkoff', alias: null, match: [6, 10] });
    expect(witkoff && emphasised(witkoff)).toBe('Witk');
  });

  it('names the alias when only an alias matches', () => {
    const [kyiv] = buildSuggestions('kie', ITEMS);
    expect(kyiv).toMatchObject({ type: 'item', id: 'kyiv', alias: 'Kiev', match: [0, 3] });
    const [cyrillic] = buildSuggestions('запор', ITEMS);
    expect(cyrillic).toMatchObject({ id: 'zaporizhzhia', alias: 'Запоріжжя' });
    expect(cyrillic && emphasised(cyrillic)).toBe('Запор');
  });

  it('lists label prefixes first, then alias prefixes, then word starts, then matches inside words', () => {
    expect(labels(buildSuggestions('ky', ITEMS))).toEqual(['Kyiv', 'Kyiv School of Economics']);
    expect(labels(buildSuggestions('us', ITEMS))).toEqual(['United States']);
    expect(labels(buildSuggestions('lensk', ITEMS))).toEqual(['Volodymyr Zelenskyy']);
    expect(labels(buildSuggestions('u', ITEMS))).toEqual(['Ukraine', 'United States']);
  });

  it('needs three letters to match inside a word', () => {
    expect(labels(buildSuggestions('it', ITEMS))).toEqual([]);
    expect(labels(buildSuggestions('itk', ITEMS))).toEqual(['Steve Witkoff']);
  });

  it('matches a multi-word query as a phrase, whatever the spacing', () => {
    expect(labels(buildSuggestions('shadow   fl', ITEMS))).toEqual(['shadow fleet']);
    expect(labels(buildSuggestions('fleet shadow', ITEMS))).toEqual([]);
  });

  it(`shows at most ${MAX_ITEM_SUGGESTIONS} items, shorter labels first`, () => {
    expect(labels(buildSuggestions('oi', [...ITEMS, item('oil-price', 'oil price', 'topic')]))).toEqual([
      'oil',
      'oil price',
      'oil exports',
      'oil tankers',
      'oil refineries',
    ]);
  });

  it('adds the search’s word suggestions after the items, leaving out what an item already names', () => {
    const suggestions = buildSuggestions('witk', ITEMS, ['witkoff', 'witkoff talks', 'Witkoff talks ']);
    expect(suggestions).toEqual([
      expect.objectContaining({ type: 'item', id: 'steve-witkoff' }),
      { type: 'text', text: 'witkoff talks' },
    ]);
  });

  it(`shows at most ${MAX_TEXT_SUGGESTIONS} word suggestions`, () => {
    const texts = buildSuggestions('zz', ITEMS, ['zz a', 'zz b', 'zz c', 'zz d', 'zz e']);
    expect(labels(texts)).toEqual(['“zz a”', '“zz b”', '“zz c”']);
  });

  it('agrees with a naive reference: every suggested item has a name containing the query, and the emphasis folds to it', () => {
    const name = fc.stringMatching(/^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ' -]{0,14}$/u);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(name, fc.array(name, { maxLength: 2 })), {
          maxLength: 12,
          selector: ([label]) => label,
        }),
        fc.stringMatching(/^[a-zà-ÿ' ]{1,6}$/u),
        (entries, query) => {
          const items = entries.map(([label, aliases], index) =>
            item(`item-${index}`, label, 'topic', ...aliases),
          );
          const wanted = foldText(query).trim().replace(/\s+/gu, ' ');
          const suggestions = buildSuggestions(query, items);
          const expected = items.filter((candidate) =>
            [candidate.label, ...candidate.aliases.map((alias) => alias.text)].some((text) =>
              foldText(text).includes(wanted),
            ),
          );
          expect(suggestions.length).toBeLessThanOrEqual(Math.min(expected.length, MAX_ITEM_SUGGESTIONS));
          for (const suggestion of suggestions) {
            expect(suggestion.type).toBe('item');
            expect(expected.map((candidate) => candidate.id)).toContain(
              suggestion.type === 'item' && suggestion.id,
            );
            expect(foldText(emphasised(suggestion))).toBe(wanted);
          }
        },
      ),
    );
  });
});
