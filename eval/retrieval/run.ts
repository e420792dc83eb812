import { parseCliArgs, runCli } from '../../cli/args';
import { ENGINES, evaluateRetrieval, RECALL_AT, type CorpusResult, type Engine } from './evaluate-retrieval';

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
  const rows: string[][] = corpora.map((corpus) => {
    const of = (engine: Engine) =>
      results.find((result) => result.corpus === corpus && result.engine === engine);
    return [
      corpus,
      String(of('parallax')?.questions ?? of('baseline')?.questions ?? 0),
      format(of('baseline')?.recall),
      format(of('parallax')?.recall),
      format(of('baseline')?.sourceRecall),
      format(of('parallax')?.sourceRecall),
    ];
  });
  const [before, after] = ENGINES.map((engine) => overall(results, engine));
  rows.push([
    '**all**',
    String(after?.questions ?? before?.questions ?? 0),
    format(before?.recall),
    format(after?.recall),
    format(before?.sourceRecall),
    format(after?.sourceRecall),
  ]);
  const header = [
    'corpus',
    'questions',
    `recall@${RECALL_AT} baseline`,
    `recall@${RECALL_AT}`,
    `source recall@${RECALL_AT} baseline`,
    `source recall@${RECALL_AT}`,
  ];
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
