import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_LEXICON } from '@/lib/catalogue';
import { parseArticle } from '@/lib/corpus';
import { defaultCatalogue, itemCoverage, itemCoverageSuites } from '@/eval/item-coverage';

const dated = (id: string, published: string, text: string) => {
  const article = parseArticle(id, text);
  return { ...article, meta: { ...article.meta, published } };
};

describe('the item–source evaluation', () => {
  // Two sources name the day literally, so "August 6" becomes an item; the third names it by weekday.
  const articles = [
    dated('a', '2025-08-04', 'The envoy arrives in Moscow on August 6. He meets officials on August 6.'),
    dated('b', '2025-08-05', 'U.S. envoy Steve Witkoff plans to deliver the message in Moscow on Wednesday.'),
    dated('c', '2025-08-07', 'The talks of August 6 went well, the envoy said of August 6.'),
  ];
  const gold = {
    corpus: 'test',
    items: [
      {
        label: 'August 6',
        split: 'tune' as const,
        judgments: { a: { reports: true }, b: { reports: true }, c: { reports: true } },
      },
    ],
  };

  it('does not call silent a source whose weekday resolves to a date item’s day, as the comparison does', () => {
    const catalogue = defaultCatalogue(NO_LEXICON)(articles, '/nonexistent-corpus-folder');
    const result = itemCoverage(gold, catalogue, () => undefined);
    expect(result.falseSilenceExamples).toEqual([]);
    expect(result.falseSilences).toBe(0);
  });
});

describe('the item–source suites', () => {
  const evalDir = resolve(import.meta.dirname, '../../../eval');

  it.each(['item-sources-holdout6.json', 'item-sources-holdout7.json', 'item-sources-holdout8.json'])(
    'score %s on the BASIL corpus, beside the earlier hold-outs',
    (file) => {
      const suites = itemCoverageSuites(evalDir);
      const holdout = suites.find((suite) => basename(suite.gold) === file);
      expect(holdout?.dir).toBe(resolve(evalDir, '../../shared/corpora/basil'));
      expect(suites.map((suite) => basename(suite.gold))).toContain('item-sources-holdout5.json');
    },
  );

  it('list only gold files that exist', () => {
    for (const suite of itemCoverageSuites(evalDir)) expect(existsSync(suite.gold), suite.gold).toBe(true);
  });
});
