import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  formatQuoteSpeakers,
  GOLD_FILES,
  quoteSpeakers,
  type QuoteSpeakersResult,
} from '@/eval/quote-speakers';

/** Each clean hold-out with one real quotation of its articles, as the article prints it. */
const HOLDOUTS = [
  {
    split: 'holdout6',
    file: 'quotes-holdout6.json',
    article: 'b063-nyt',
    text: 'After Nightclub Massacre\n\n“In the face of hate and violence, we will love one another,” Mr. Obama said.\n',
    start: 'In the face of hate and violence',
    speaker: 'President Obama',
    row: /^\| holdout6 \(b003, b063: .*\| 1 \| 1 \|/mu,
    articlesOf: (result: QuoteSpeakersResult) => result.gold.holdout6Articles,
    scoreOf: (result: QuoteSpeakersResult) => result.parallax.holdout6,
  },
  {
    split: 'holdout7',
    file: 'quotes-holdout7.json',
    article: 'b069-nyt',
    text: 'Nancy Pelosi Beats Back House Democratic Leadership Challenge\n\n“She has a lot of friends,” Mr. Ryan said. “This is her caucus, clearly.”\n',
    start: 'She has a lot of friends',
    speaker: 'Tim Ryan',
    row: /^\| holdout7 \(b068, b069: .*\| 1 \| 1 \|/mu,
    articlesOf: (result: QuoteSpeakersResult) => result.gold.holdout7Articles,
    scoreOf: (result: QuoteSpeakersResult) => result.parallax.holdout7,
  },
  {
    split: 'holdout8',
    file: 'quotes-holdout8.json',
    article: 'b092-nyt',
    text: 'Mueller Statement Disputes Report That Trump Directed Cohen to Lie\n\n“Yes,” Mr. Barr said. “Under an obstruction statute, yes.”\n',
    start: 'Under an obstruction statute',
    speaker: 'William P. Barr',
    row: /^\| holdout8 \(b008, b092: .*\| 1 \| 1 \|/mu,
    articlesOf: (result: QuoteSpeakersResult) => result.gold.holdout8Articles,
    scoreOf: (result: QuoteSpeakersResult) => result.parallax.holdout8,
  },
] as const;

describe.each(HOLDOUTS)('quoteSpeakers splits: $split', (holdout) => {
  let scratch: string | undefined;
  afterEach(() => {
    if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
    scratch = undefined;
  });

  /** A gold folder holding every gold file, all empty but this hold-out's, and a corpus of one article. */
  function folders(): { gold: string; corpora: string } {
    scratch = mkdtempSync(join(tmpdir(), 'parallax-eval-'));
    const gold = join(scratch, 'gold');
    const corpus = join(scratch, 'corpora', 'mini');
    mkdirSync(gold);
    mkdirSync(corpus, { recursive: true });
    writeFileSync(join(corpus, `${holdout.article}.txt`), holdout.text);
    for (const file of GOLD_FILES)
      writeFileSync(join(gold, file), JSON.stringify({ corpus: 'mini', holdout: [], quotes: [] }));
    writeFileSync(
      join(gold, holdout.file),
      JSON.stringify({
        corpus: 'mini',
        holdout: [],
        [holdout.split]: [holdout.article],
        quotes: [{ article: holdout.article, start: holdout.start, speaker: holdout.speaker }],
      }),
    );
    return { gold, corpora: join(scratch, 'corpora') };
  }

  it(`reads ${holdout.file} and counts its articles as ${holdout.split}, apart from the tuned gold`, () => {
    const { gold, corpora } = folders();
    const result = quoteSpeakers(gold, join(corpora, 'mini'), corpora);
    expect(GOLD_FILES).toContain(holdout.file);
    expect(holdout.articlesOf(result)).toEqual([holdout.article]);
    expect(holdout.scoreOf(result).quotes).toBe(1);
    expect(holdout.scoreOf(result).attributable).toBe(1);
    const others = (['tuned', 'holdout5', 'holdout6', 'holdout7', 'holdout8'] as const).filter(
      (split) => split !== holdout.split,
    );
    for (const split of others) expect(result.parallax[split].quotes, split).toBe(0);
    expect(result.parallax.all.quotes).toBe(1);
  });

  it(`prints a ${holdout.split} row in the table`, () => {
    const { gold, corpora } = folders();
    const table = formatQuoteSpeakers(quoteSpeakers(gold, join(corpora, 'mini'), corpora));
    expect(table).toMatch(holdout.row);
  });
});
