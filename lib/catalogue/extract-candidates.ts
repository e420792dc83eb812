// One extractor for the build and the reader's articles: it lives in lib/item-extraction, which ships in the item worker.
export { extractCandidates } from '../item-extraction/extract-candidates';
export type { Candidate } from '../item-extraction/extract-candidates';
