import { describe, expect, it } from 'vitest';
import { compareClaims, type Claim } from '@/lib/compare/claims';
import { restatedClaim } from '@/lib/compare/claims/restated-claim';
import { sentenceClaims } from '@/lib/node/extract-claims';
import { resolveCountry, resolvePlace } from '@/lib/node/place-gazetteer';
import { sharedActVerbs } from '@/lib/node/verb-act-kind';

/** A stand-in catalogue: the people and bodies the cases name, as the build's matcher would find them. */
const ITEMS: readonly [RegExp, string][] = [
  [/\bTrump\b/u, 'donald-trump'],
  [/\bStrzok\b/u, 'peter-strzok'],
  [/\bBarr\b/u, 'william-barr'],
  [/\bPelosi\b/u, 'nancy-pelosi'],
  [/\bWitkoff\b/u, 'steve-witkoff'],
  [/\bWhite House\b/u, 'white-house'],
  [/\bObama\b/u, 'barack-obama'],
  [/\bSteele\b/u, 'michael-steele'],
  [/\bMicrosoft\b/u, 'microsoft'],
];
const resolvers = {
  item: (text: string) => ITEMS.find(([pattern]) => pattern.test(text))?.[1] ?? null,
  place: resolvePlace,
  country: resolveCountry,
};

/** The claim the build reads from a real sentence for one action, with WordNet's act flag. */
function claimOf(passageId: string, sentence: string, action: string): Claim {
  const isAct = sharedActVerbs();
  const claim = sentenceClaims(sentence, resolvers).find((candidate) => candidate.action === action);
  if (!claim) throw new Error(`no "${action}" claim in "${sentence}"`);
  return { passageId, ...claim, act: isAct(claim.action) };
}

describe('one act told in other words by two sources', () => {
  it.each<[string, string, string, string, boolean]>([
    [
      'one actor, one act verb, objects sharing what was launched',
      'In recent weeks, Russia has launched thousands of drone and missile strikes.',
      'In recent months, Russia has launched deadly missile and drone attacks on civilian targets.',
      'launch',
      true,
    ],
    [
      'one offer told firmly and in the present, with the same figure',
      'Trump offered Democrats a three-year extension of protections for 700,000 Deferred Action for Childhood Arrivals recipients.',
      'Trump is offering a three-year extension for the Obama-era Deferred Action for Childhood Arrivals program.',
      'offer',
      true,
    ],
    [
      'two meetings of one man with two people on one day: the objects share nothing',
      'Trump also met Wednesday with current acting FBI Director Andrew McCabe.',
      'Trump met on Wednesday with Lieberman and three other candidates.',
      'meet',
      false,
    ],
    [
      'one offer with two figures (one changed here): the comparison of figures judges it, not the words',
      'Trump offered Democrats a three-year extension of protections for 700,000 Deferred Action for Childhood Arrivals recipients.',
      'Trump offered Democrats a three-year extension of protections for 800,000 Deferred Action for Childhood Arrivals recipients.',
      'offer',
      false,
    ],
    [
      'a denial against an offer is not restated (and resemblance is no difference either)',
      'He insisted that the White House never offered Sestak the job of Secretary of the Navy.',
      'Many have speculated that the White House offered Sestak the job of Secretary of the Navy.',
      'offer',
      false,
    ],
    [
      'what she did against what another is to do ("led", an irregular form, found after the actor)',
      'Pelosi has led House Democrats since 2002.',
      'Last week Ms. Pelosi selected Representative Ben Ray Luján to again lead House Democrats in the campaign.',
      'lead',
      false,
    ],
    [
      'a noun the tagger read as a verb ("Obama campaign manager")',
      "Obama campaign manager Jim Messina quipped that he's a happy warrior for the middle class.",
      '"It was a good night," said Obama campaign manager Jim Messina.',
      'campaign',
      false,
    ],
    [
      'what is done as a rule is not the act done (ECB+ t27)',
      'Microsoft has released an emergency patch to fix a software flaw that allows hackers to get into Internet Explorer browsers and take over computers.',
      'Microsoft typically releases patches for its software on the second Tuesday of each month and rushing this fix to computer users out-of-cycle is testimony to the severe danger of the threat.',
      'release',
      false,
    ],
    [
      'a saying is not the act (sentences made from the RNC story): what was announced differs',
      'Michael Steele announced his bid for a second term as chairman of the Republican National Committee.',
      'Michael Steele announced that he would not seek a second term as chairman of the Republican National Committee.',
      'announce',
      false,
    ],
    [
      'one fired, the other firing (the second sentence made for the case): the voice differs',
      'Peter Strzok was fired from the FBI because of what his own written words plainly showed.',
      'Peter Strzok fired two FBI agents over the leaked words.',
      'fire',
      false,
    ],
  ])('%s', (_, first, second, action, restated) => {
    expect(restatedClaim(claimOf('a#1', first, action), claimOf('b#1', second, action))).toBe(restated);
  });

  it('never takes a saying for the act: the seeds’ "said" pair forms no claim to set side by side', () => {
    // The rule tried before set these two sentences side by side through "said" alone.
    const first = 'The White House said it is considering imposing new sanctions before the deadline.';
    const second =
      'Trump said his special envoy Steve Witkoff had made great progress in his meeting with Putin.';
    const claims = [
      ...sentenceClaims(first, resolvers).map((claim) => ({ passageId: 'a#1', ...claim })),
      ...sentenceClaims(second, resolvers).map((claim) => ({ passageId: 'b#1', ...claim })),
    ].map((claim) => ({ ...claim, act: sharedActVerbs()(claim.action) }));
    expect(claims.map((claim) => claim.action)).not.toContain('say');
    expect(compareClaims(claims, () => 'story')).toEqual([]);
  });

  it('sets restated claims side by side within one story only', () => {
    const a = claimOf(
      's1#1',
      'In recent weeks, Russia has launched thousands of drone and missile strikes.',
      'launch',
    );
    const b = claimOf(
      's2#4',
      'In recent months, Russia has launched deadly missile and drone attacks on civilian targets.',
      'launch',
    );
    expect(compareClaims([a, b], () => 'story')).toMatchObject([{ status: 'agree', reason: 'restated' }]);
    expect(compareClaims([a, b], (source) => source)).toEqual([]);
  });

  it('takes no actor a demonym names for a referent ("Russian sources" are other people in each source)', () => {
    const a = claimOf(
      's1#1',
      'Russian sources launched a new campaign of drone and missile strikes.',
      'launch',
    );
    const b = claimOf('s2#1', 'Russian sources launched deadly missile and drone attacks.', 'launch');
    expect(restatedClaim(a, b)).toBe(false);
  });
});

describe('claims whose acts give figures of which none is shared', () => {
  it.each<[string, string, string, string, number]>([
    [
      'one act, two years: the figures judge it',
      'Pelosi has led House Democrats since 2002.',
      'Pelosi has led House Democrats since 2003.',
      'lead',
      0,
    ],
    [
      'one act, one year',
      'Pelosi has led House Democrats since 2002.',
      'Pelosi has led the House Democrats since 2002.',
      'lead',
      1,
    ],
    [
      'a rank is no figure of the act',
      'Donald J. Trump took the oath of office Friday to become the 45th president of the United States.',
      'Mr. Trump took the 35-word oath administered by Chief Justice John G. Roberts Jr. precisely at noon.',
      'take',
      1,
    ],
  ])('%s', (_, first, second, action, pairs) => {
    expect(
      compareClaims([claimOf('a#1', first, action), claimOf('b#1', second, action)], () => 'story'),
    ).toHaveLength(pairs);
  });
});
