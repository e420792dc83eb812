/**
 * Currencies as news writes them: a symbol or code before the figure
 * ("$852 bn", "€3m", "USD 60"), or a word after it ("60 dollars", "1.2
 * trillion roubles"). Facts name them by ISO 4217 code.
 */

/** Symbols before a figure, longest first so "US$" wins over "$". Plain "$" is read as US dollars, as news usually means. */
const SYMBOLS: readonly [string, string][] = [
  ['US$', 'USD'],
  ['HK$', 'HKD'],
  ['NZ$', 'NZD'],
  ['A$', 'AUD'],
  ['C$', 'CAD'],
  ['S$', 'SGD'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['₽', 'RUB'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
  ['₴', 'UAH'],
];

const CODES = new Set([
  'USD',
  'EUR',
  'GBP',
  'RUB',
  'JPY',
  'CNY',
  'INR',
  'UAH',
  'SGD',
  'AUD',
  'CAD',
  'CHF',
  'HKD',
]);

/** Currency words after a figure; "pounds" is money unless "of" follows ("40 pounds of explosives"). */
const WORDS: readonly [RegExp, string][] = [
  [/(?:(?:US|U\.S\.|American)\s+)?dollars?/iuy, 'USD'],
  [/euros?/iuy, 'EUR'],
  [/(?:pounds?\s+sterling|sterling|pounds?)(?!\s+of\b)/iuy, 'GBP'],
  [/roubles?|rubles?/iuy, 'RUB'],
  [/yuan|renminbi/iuy, 'CNY'],
  [/yen/iuy, 'JPY'],
  [/rupees?/iuy, 'INR'],
  [/hryvnias?|hryvnas?|hryvnia/iuy, 'UAH'],
  [/(?:Swiss\s+)?francs?/iuy, 'CHF'],
];

export interface CurrencyReading {
  code: string;
  /** Where the currency starts (before the figure) or ends (after it). */
  at: number;
}

/** The currency symbol or code written just before `index` ("$", "US$", "USD "). */
export function readCurrencyBefore(text: string, index: number): CurrencyReading | null {
  for (const [symbol, code] of SYMBOLS) {
    const at = index - symbol.length;
    if (at < 0 || text.slice(at, index) !== symbol) continue;
    // "A$" and friends need a word boundary before them, or "USA$5" would read as Australian.
    if (symbol.length > 1 && /[\p{L}\p{N}]/u.test(text.charAt(at - 1))) continue;
    return { code, at };
  }
  const match = /(?<![\p{L}\p{N}])([A-Z]{3})\s?$/u.exec(text.slice(Math.max(0, index - 4), index));
  if (match?.[1] && CODES.has(match[1])) return { code: match[1], at: index - match[0].length };
  return null;
}

/** The currency word or code written just after `index` ("60 dollars", "5m euros", "60 USD"). */
export function readCurrencyAfter(text: string, index: number): CurrencyReading | null {
  const spaces = /[ \t\u00a0]*/uy;
  spaces.lastIndex = index;
  spaces.exec(text);
  const from = spaces.lastIndex;
  if (from === index && /\p{L}/u.test(text.charAt(index))) return null;
  for (const [pattern, code] of WORDS) {
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    if (!match) continue;
    const end = from + match[0].length;
    if (/[\p{L}\p{N}-]/u.test(text.charAt(end))) continue;
    return { code, at: end };
  }
  const code = /[A-Z]{3}(?![\p{L}\p{N}])/uy;
  code.lastIndex = from;
  const match = code.exec(text);
  if (match && CODES.has(match[0])) return { code: match[0], at: from + 3 };
  return null;
}
