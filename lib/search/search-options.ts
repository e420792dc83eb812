import type { Options, SearchOptions } from 'minisearch';
import { indexTerm } from './index-term';
import type { Passage } from './passage';
import { tokenize } from './tokenize';

/**
 * The single owner of MiniSearch's options: the build and the extension both
 * import this, so the index and the queries can never be tokenised
 * differently. Bump INDEX_FORMAT whenever anything here changes.
 */
export const INDEX_FORMAT = 3;

export const INDEX_OPTIONS: Options<Passage> = {
  idField: 'id',
  fields: ['text'],
  storeFields: ['sourceId', 'text', 'start', 'end', 'paragraph', 'entities'],
  tokenize,
  processTerm: indexTerm,
};

/**
 * Prefix matching: the word being typed (the last one) from two letters, the
 * others from three. Fuzzy only on longer words, where typos are likely and
 * false friends rare.
 */
const PREFIX_MIN_LENGTH = 3;
const LAST_WORD_PREFIX_MIN_LENGTH = 2;
const FUZZY_MIN_LENGTH = 5;
const FUZZY_FRACTION = 0.2;

export const QUERY_OPTIONS: SearchOptions = {
  prefix: (term, index, terms) =>
    term.length >= (index === terms.length - 1 ? LAST_WORD_PREFIX_MIN_LENGTH : PREFIX_MIN_LENGTH),
  fuzzy: (term) => (term.length >= FUZZY_MIN_LENGTH ? FUZZY_FRACTION : false),
  maxFuzzy: 2,
};
