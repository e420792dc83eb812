import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatQuoteSpeakers, GOLD_FILES, quoteSpeakers } from '@/eval/quote-speakers';

describe('quoteSpeakers splits', () => {
  let scratch: string | undefined;
  afterEach(() => {
    if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
    scratch = undefined;
  });

  /** A gold folder holding every gold file, all empty but the holdout6 one, and a corpus of one article. */
  function folders(): { gold: string; corpora: string } {
    scratch = mkdtempSync(join(tmpdir(), 'parallax-eval-'));
    const gold = join(scratch, 'gold');
    const corpus = join(scratch, 'corpora', 'mini');
    mkdirSync(gold);
    mkdirSync(corpus, { recursive: true });
    // The sentence as b063-nyt prints it.
    writeFileSync(
      join(corpus, 'b063-nyt.txt'),
      'After Nightclub Massacre\n\n“In the face of hate and violence, we will love one another,” Mr. Obama said.\n',
    );
    for (const file of GOLD_FILES)
      writeFileSync(join(gold, file), JSON.stringify({ corpus: 'mini', holdout: [], quotes: [] }));
    writeFileSync(
      join(gold, 'quotes-holdout6.json'),
      JSON.stringify({
        corpus: 'mini',
        holdout: [],
        holdout6: ['b063-nyt'],
        quotes: [
          {
            article: 'b063-nyt',
            start: 'In the face of hate and violence',
            speaker: 'President Obama',
          },
        ],
      }),
    );
    return { gold, corpora: join(scratch, 'corpora') };
  }

  it('reads quotes-holdout6.json and counts its articles as holdout6, apart from the tuned gold', () => {
    const { gold, corpora } = folders();
    const result = quoteSpeakers(gold, join(corpora, 'mini'), corpora);
    expect(GOLD_FILES).toContain('quotes-holdout6.json');
    expect(result.gold.holdout6Articles).toEqual(['b063-nyt']);
    expect(result.parallax.holdout6.quotes).toBe(1);
    expect(result.parallax.holdout6.attributable).toBe(1);
    expect(result.parallax.holdout5.quotes).toBe(0);
    expect(result.parallax.tuned.quotes).toBe(0);
    expect(result.parallax.all.quotes).toBe(1);
  });

  it('prints a holdout6 row in the table', () => {
    const { gold, corpora } = folders();
    const table = formatQuoteSpeakers(quoteSpeakers(gold, join(corpora, 'mini'), corpora));
    expect(table).toMatch(/^\| holdout6 \(b003, b063: .*\| 1 \| 1 \|/mu);
  });
});
