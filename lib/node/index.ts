export { readCorpusDir } from './read-corpus-dir';
