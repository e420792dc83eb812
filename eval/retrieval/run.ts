import { parseCliArgs, runCli } from '../../cli/args';
import { evaluateRetrieval, RECALL_AT, type CorpusResult, type Engine } from './evaluate-retrieval';

const USAGE = 'npm run -s eval:retrieval -- [--questions FILE] [--misses] [--json]';

const format = (value: number | undefined): string => (value === undefined ? '–' : value.toFixed(3));

/** Totals over every corpus, weighting each question once. */
function overall(results: readonly CorpusResult[], engine: Engine) {
  const mine = results.filter((result) => result.engine === engine);
  const questions = mine.reduce((sum, result) => sum + result.questions, 0);
  const count = (key: 'found' | 'sourceFound') =>
    mine.reduce((sum, result) => sum + result.results.filter((question) => question[key]).length, 0);
  return questions === 0
    ? undefined
    : { questions, recall: count('found') / questions, sourceRecall: count('sourceFound') / questions };
}

runCli(() => {
  const { values } = parseCliArgs(
    process.argv.slice(2),
    {
      questions: { type: 'string' },
      misses: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
    USAGE,
  );
  const results = evaluateRetrieval(
    values.questions === undefined ? {} : { questionsFile: values.questions },
  );
  if (values.json) {
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    return;
  }
  const corpora = [...new Set(results.map((result) => result.corpus))];
  const row = (
    name: string,
    result: { questions: number; recall: number; sourceRecall: number } | undefined,
  ) => [name, String(result?.questions ?? 0), format(result?.recall), format(result?.sourceRecall)];
  const rows: string[][] = corpora.map((corpus) =>
    row(
      corpus,
      results.find((result) => result.corpus === corpus && result.engine === 'parallax'),
    ),
  );
  rows.push(row('**all**', overall(results, 'parallax')));
  const header = ['corpus', 'questions', `recall@${RECALL_AT}`, `source recall@${RECALL_AT}`];
  const lines = [
    `| ${header.join(' | ')} |`,
    `| :--- | ${header
      .slice(1)
      .map(() => '---:')
      .join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  if (!values.misses) return;
  for (const result of results) {
    const missed = result.results.filter((question) => !question.found);
    if (missed.length === 0) continue;
    process.stdout.write(`\nMissed by ${result.engine} on ${result.corpus}:\n`);
    for (const question of missed)
      process.stdout.write(
        `- ${question.id} "${question.question}" (answer "${question.answer}"; top: ${question.top.join(', ') || 'nothing'})\n`,
      );
  }
});
