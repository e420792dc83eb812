import { resolve } from 'node:path';
import type { Article } from '../../lib/corpus';
import { readCorpusDir } from '../../lib/node';
import { buildSearchIndex, CorpusSearch, foldText } from '../../lib/search';
import { CORPUS_NAMES, readQuestionSet, type CorpusName, type Question } from './read-question-set';

/** Recall is measured on the first K passages: what a reader sees without scrolling. */
export const RECALL_AT = 5;

/** Parallax's own search; a changed search joins as a second engine, so one run shows before and after. */
export const ENGINES = ['parallax'] as const;
export type Engine = (typeof ENGINES)[number];

export interface RetrievalOptions {
  /** The question set (default `eval/questions/questions.json`). */
  questionsFile?: string;
  /** Folder of each corpus (default: `seeds/`, and `../shared/corpora/<name>` beside the project). */
  corpusDirs?: Partial<Record<CorpusName, string>>;
  /** Which engines to run (default all). */
  engines?: readonly Engine[];
}

export interface QuestionResult {
  id: string;
  question: string;
  answer: string;
  /** A top-K passage is from an expected source and holds the answer phrase. */
  found: boolean;
  /** A top-K passage is from an expected source. */
  sourceFound: boolean;
  /** The top-K passages' sources, best first. */
  top: string[];
}

export interface CorpusResult {
  corpus: CorpusName;
  engine: Engine;
  questions: number;
  /** Passage-level recall@K. */
  recall: number;
  /** Source-level recall@K. */
  sourceRecall: number;
  results: QuestionResult[];
}

export class RetrievalEvalError extends Error {
  override name = 'RetrievalEvalError';
}

const DEFAULT_QUESTIONS = resolve(import.meta.dirname, '../questions/questions.json');
const DEFAULT_DIRS: Record<CorpusName, string> = {
  seeds: resolve(import.meta.dirname, '../../seeds'),
  ecbplus: resolve(import.meta.dirname, '../../../shared/corpora/ecbplus'),
  basil: resolve(import.meta.dirname, '../../../shared/corpora/basil'),
};

/** Folded and without white space, so "2.40 pm" and "2.40pm", "Putin’s" and "putin's" meet. */
const comparable = (text: string): string => foldText(text).replace(/\s+/gu, '');

/**
 * A question no passage could ever answer (a source the corpus lacks, a phrase
 * no expected source holds within one passage) would count as a miss for every
 * engine; it is refused instead.
 */
function checkAnswerable(question: Question, articles: ReadonlyMap<string, Article>, file: string): void {
  const phrase = comparable(question.answer);
  for (const sourceId of question.sourceIds) {
    const article = articles.get(sourceId);
    if (!article)
      throw new RetrievalEvalError(
        `eval: ${file}: question "${question.id}": source "${sourceId}" is not in corpus "${question.corpus}"`,
      );
    const holds = article.paragraphs.some((paragraph) =>
      paragraph.sentences.some((sentence) => comparable(sentence.text).includes(phrase)),
    );
    if (!holds)
      throw new RetrievalEvalError(
        `eval: ${file}: question "${question.id}": no passage of "${sourceId}" holds the answer "${question.answer}"`,
      );
  }
}

type Searcher = (query: string) => { sourceId: string; text: string }[];

function searcherFor(_engine: Engine, articles: readonly Article[]): Searcher {
  // The same path as `npm run query -- --corpus DIR`.
  const search = CorpusSearch.fromFiles(buildSearchIndex(articles));
  return (query) => search.search(query, { limit: RECALL_AT });
}

function judge(question: Question, hits: { sourceId: string; text: string }[]): QuestionResult {
  const expected = new Set(question.sourceIds);
  const phrase = comparable(question.answer);
  const top = hits.slice(0, RECALL_AT);
  return {
    id: question.id,
    question: question.question,
    answer: question.answer,
    found: top.some((hit) => expected.has(hit.sourceId) && comparable(hit.text).includes(phrase)),
    sourceFound: top.some((hit) => expected.has(hit.sourceId)),
    top: top.map((hit) => hit.sourceId),
  };
}

/**
 * Recall@K of the question set, per corpus and engine: each corpus is read
 * and indexed with the project's own code, every question asked as typed.
 */
export function evaluateRetrieval(options: RetrievalOptions = {}): CorpusResult[] {
  const file = options.questionsFile ?? DEFAULT_QUESTIONS;
  const questions = readQuestionSet(file);
  const engines = options.engines ?? ENGINES;
  const out: CorpusResult[] = [];
  for (const corpus of CORPUS_NAMES) {
    const asked = questions.filter((question) => question.corpus === corpus);
    if (asked.length === 0) continue;
    const dir = options.corpusDirs?.[corpus] ?? DEFAULT_DIRS[corpus];
    const articles = readCorpusDir(dir, { onWarning: () => {} });
    const byId = new Map(articles.map((article) => [article.meta.id, article]));
    for (const question of asked) checkAnswerable(question, byId, file);
    for (const engine of engines) {
      const search = searcherFor(engine, articles);
      const results = asked.map((question) => judge(question, search(question.question)));
      out.push({
        corpus,
        engine,
        questions: results.length,
        recall: results.filter((result) => result.found).length / results.length,
        sourceRecall: results.filter((result) => result.sourceFound).length / results.length,
        results,
      });
    }
  }
  return out;
}
