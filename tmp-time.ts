import { resolve } from 'node:path';
import { readCorpusBundle } from './lib/node';
import { corpusStories } from './lib/stories';
const t0 = performance.now();
const bundle = readCorpusBundle(resolve('../shared/corpora/ecbplus'));
const t1 = performance.now();
corpusStories(bundle.articles, bundle.catalogue);
const t2 = performance.now();
console.log(`bundle ${(t1 - t0).toFixed(0)} ms, stories ${(t2 - t1).toFixed(0)} ms`);
