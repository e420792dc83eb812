// Shared with the shipped extractor (lib/item-extraction): one spelling key for the build and the reader.
export { phraseKey, spellingKey, spellingVariants } from '../lexicon/spelling-key';
