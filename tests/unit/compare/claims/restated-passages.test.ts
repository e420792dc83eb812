import { describe, expect, it } from 'vitest';
import { compareClaims, type Claim } from '@/lib/compare/claims';
import { restatedPassages, wordStem } from '@/lib/compare/claims/restated-passages';

/** A sentence as the build ships it: one claim with the clause's words (actor and target do not matter here). */
function sentence(passageId: string, text: string, fields: Partial<Claim> = {}): Claim {
  return {
    passageId,
    actor: null,
    action: 'tell',
    target: null,
    place: null,
    negated: false,
    hedged: false,
    text,
    ...fields,
  };
}

/**
 * Other sentences of the seeds' sources: the words every sentence of a story
 * uses ("Russia", "Trump", "talks") weigh little beside them, as in a corpus.
 */
const BACKGROUND = [
  'Trump has threatened to impose heavy tariffs on countries that buy Russian exports.',
  'Witkoff met Putin in the Kremlin for about three hours on Wednesday.',
  'Ukraine continues to strike Russian refineries and oil depots.',
  'Zelensky said he believed pressure had worked on Russia.',
  'The Kremlin aide said the talks were useful and constructive.',
  'Washington is preparing secondary sanctions on buyers of Russian oil.',
  'The most recent direct talks took place last month in Istanbul.',
  'A White House official said the meeting had gone well.',
];
const background = (source: string): Claim[] =>
  BACKGROUND.map((text, index) => sentence(`${source}#${100 + index}`, `${text} (${source})`));

const STORY = (): string => 'witkoff-visit';
const pairIds = (pairs: readonly [Claim, Claim][]): string[] =>
  pairs.map(([a, b]) => `${a.passageId} / ${b.passageId}`);

describe('a sentence told in other words by another source of the story', () => {
  it.each<{ shows: string; a: Claim; b: Claim; found: boolean }>([
    {
      shows:
        'the sides exchanging views on Ukraine, in the reporter’s words and as a quoted word (seeds 002 / 003)',
      a: sentence(
        '001#1',
        'Ushakov said the sides exchanged points of view on the war in Ukraine and that the possibility of strategic co-operation was also discussed',
        { action: 'exchange' },
      ),
      b: sentence(
        '002#1',
        'Kremlin foreign policy aide Yuri Ushakov said the two sides had exchanged signals on the Ukraine issue and discussed the possibility of developing strategic cooperation between Moscow and Washington',
        { action: 'exchange' },
      ),
      found: true,
    },
    {
      shows: 'one surgery told by a hospital statement and by a reporter (BASIL b075)',
      a: sentence(
        '001#1',
        'Thursday night, the MedStar Washington Hospital Center issued a statement saying Scalise underwent a second surgery related to his internal injuries and a broken leg',
        { action: 'undergo' },
      ),
      b: sentence(
        '002#1',
        'Scalise underwent surgery at the MedStar Washington Hospital Center after being shot in the hip',
        { action: 'undergo' },
      ),
      found: true,
    },
    {
      shows: '159 injured and 72 killed stay apart: each gives a figure, and they share none',
      a: sentence(
        '001#1',
        'Dozens were killed with at least 159 others injured in Kyiv after Russian airstrikes hit the capital',
        { action: 'hit' },
      ),
      b: sentence(
        '002#1',
        'Since the two sides resumed direct peace talks in May, Russia has carried out its heaviest air attacks of the war, killing at least 72 people in the capital Kyiv alone',
        { action: 'hit' },
      ),
      found: false,
    },
    {
      shows: 'two sentences sharing names and a topic but no act are not one report (BASIL b072)',
      a: sentence(
        '001#1',
        'Lieberman’s law enforcement experience stems from his two-term tenure as Connecticut’s attorney general',
        { action: 'stem' },
      ),
      b: sentence(
        '002#1',
        'But members of Mr. Trump’s staff, alarmed by his rapid embrace of Mr. Lieberman, a charming political operator with no federal law enforcement experience, pushed back',
        { action: 'push' },
      ),
      found: false,
    },
    {
      shows:
        'a possible halt to strikes and a proposed halt share too little of what each says to be set side by side on words alone',
      a: sentence(
        '001#1',
        'People familiar with the talks have indicated Russia could agree to halt its drone and missile strikes, but will not stop its ground operations',
        { action: 'agree', hedged: true },
      ),
      b: sentence(
        '002#1',
        'On Sunday, pro-Kremlin analyst Sergei Markov reported on Telegram that Russia might offer a partial ceasefire by proposing a halt to missile and drone attacks',
        { action: 'offer', hedged: true },
      ),
      found: false,
    },
  ])('$shows', ({ a, b, found }) => {
    const claims = [a, ...background('001'), b, ...background('002')];
    expect(pairIds(restatedPassages(claims, STORY)).includes('001#1 / 002#1')).toBe(found);
  });

  const exchanged = (passageId: string, fields: Partial<Claim> = {}): Claim =>
    sentence(
      passageId,
      'Ushakov said the sides exchanged points of view on the war in Ukraine and discussed strategic co-operation',
      { action: 'exchange', ...fields },
    );

  it('keeps a denial apart from an assertion of the same words', () => {
    const claims = [
      exchanged('001#1'),
      ...background('001'),
      exchanged('002#1', { negated: true }),
      ...background('002'),
    ];
    expect(pairIds(restatedPassages(claims, STORY))).not.toContain('001#1 / 002#1');
  });

  it('sets nothing side by side across two stories', () => {
    const claims = [exchanged('001#1'), ...background('001'), exchanged('004#1'), ...background('004')];
    const storyOf = (claim: Claim): string =>
      claim.passageId.startsWith('004') ? 'march-strike-pause' : 'witkoff-visit';
    expect(pairIds(restatedPassages(claims, storyOf))).toEqual([]);
  });

  it('pairs a sentence with its best counterpart only', () => {
    const claims = [
      exchanged('001#1'),
      ...background('001'),
      exchanged('002#1'),
      sentence('002#2', 'The sides discussed the war in Ukraine at length', { action: 'discuss' }),
      ...background('002'),
    ];
    const pairs = pairIds(restatedPassages(claims, STORY)).filter((pair) => pair.startsWith('001#1'));
    expect(pairs).toEqual(['001#1 / 002#1']);
  });

  it('is what compareClaims says where no claim lines up, as an agreement told in other words', () => {
    const claims = [exchanged('001#1'), ...background('001'), exchanged('002#1'), ...background('002')];
    const pair = compareClaims(claims, () => 'witkoff-visit').find(
      (found) => found.a.passageId === '001#1' && found.b.passageId === '002#1',
    );
    expect(pair).toMatchObject({ status: 'agree', reason: 'restated' });
  });
});

describe('wordStem', () => {
  it.each([
    ['attacks', 'attack'],
    ['attacked', 'attack'],
    ['striking', 'strik'],
    ['strikes', 'strik'],
    ['talk', 'talk'],
  ])('%s → %s', (word, stem) => {
    expect(wordStem(word)).toBe(stem);
  });
});
