/**
 * Fact extraction for the comparison engine: the figures, times, dates and
 * quotations a sentence states, each with the range its wording commits to,
 * so that two sources can be checked against each other.
 *
 * Pure and self-contained (regular expressions and small word lists, no NLP
 * library), so it runs in the extension's background as well as in Node.
 *
 *   extractFacts('Nearly 141,000 businesses closed on Wednesday.', { published: '2025-08-08' })
 *   → [{ kind: 'quantity', text: 'Nearly 141,000', value: 141000, range: [126900, 141000],
 *        qualifier: 'nearly', unit: 'business', subject: 'businesses', … },
 *      { kind: 'date', text: 'Wednesday', iso: '2025-08-06', … }]
 */
export { attributeQuotes } from './attribute-quotes';
export type { AttributedQuote } from './attribute-quotes';
export { extractFacts } from './extract-facts';
export { CLOCK_SLACK_MINUTES, QUALIFIERS, RELATIVE_SLACK } from './qualifiers';
export type { QualifierRule } from './qualifiers';
export { FACT_KINDS } from './types';
export type { Fact, FactContext, FactKind, Span } from './types';
