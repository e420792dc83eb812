import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/lib/corpus';
import { extractCandidates } from '@/lib/item-extraction/extract-candidates';

function names(sentence: string): { key: string; aliases: string[] }[] {
  return extractCandidates([parseArticle('a', `Title\n\n${sentence}`)])
    .filter((candidate) => candidate.kind === 'name')
    .map((candidate) => ({
      key: candidate.key,
      aliases: [...candidate.forms.keys(), ...candidate.titledForms],
    }));
}

describe('names as a reader writes them', () => {
  it.each([
    // [sentence, the name's key, a form kept as an alias]
    ['His lawyer, Gregory A. Vega, sent a letter.', 'gregory vega', 'Gregory A. Vega'],
    ['Donald J. Trump has dropped plans to moderate a debate.', 'donald trump', 'Donald J. Trump'],
    [
      'James R. Clapper Jr., the director of national intelligence, conceded.',
      'james clapper',
      'James R. Clapper',
    ],
    ['He runs against Democrat Ammar Campa-Najjar in November.', 'ammar campa-najjar', 'Ammar Campa-Najjar'],
    ['Campa-Najjar said in a statement that he was ready.', 'campa-najjar', 'Campa-Najjar'],
    ['Colorado voters approved Amendment 64 in 2012.', 'amendment 64', 'Amendment 64'],
    ['House Speaker Paul Ryan said he would remove him.', 'paul ryan', 'Paul Ryan'],
    ['Martin Luther King Jr. spoke of a dream.', 'martin luther king', 'Martin Luther King'],
    ['UPDATE: AARP CEO A. Barry Rand said in a statement that it was so.', 'barry rand', 'Barry Rand'],
    ['Director of National Intelligence James Clapper issued a statement.', 'james clapper', 'James Clapper'],
  ])('in "%s" finds %s', (sentence, key, alias) => {
    const found = names(sentence).find((name) => name.key === key);
    expect(found?.aliases).toContain(alias);
  });

  it.each([
    // [sentence, a fragment that must not be a name]
    ['Donald J. Trump has dropped plans.', 'donald j'],
    ['James R. Clapper Jr. spoke.', 'jr'],
    ['Obama 2012 was a campaign slogan.', 'obama 2012'],
    ['The Republican National Committee met in December 27 times.', 'republican national committee 27'],
    ['He met Democrat Ammar Campa-Najjar.', 'democrat ammar campa-najjar'],
  ])('in "%s" does not find %s', (sentence, fragment) => {
    expect(names(sentence).map((name) => name.key)).not.toContain(fragment);
  });

  it('keeps "Republican" in an institution whose name it opens', () => {
    expect(names('The Republican National Committee met.').map((name) => name.key)).toContain(
      'republican national committee',
    );
  });
});

describe('titles after a place', () => {
  it('does not take "Virginia Sen." for a name', () => {
    expect(names('Virginia Sen. Jim Webb said he would run.').map((name) => name.key)).not.toContain(
      'virginia sen',
    );
  });
});
