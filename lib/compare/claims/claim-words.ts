/**
 * The English words that make a statement hedged, negated or mere
 * attribution. They are grammar, not topic: the same for any news article.
 */

/** Modal auxiliaries: "could agree", "may announce". ("will" and "would not" are firm.) */
export const HEDGE_MODALS: ReadonlySet<string> = new Set(['may', 'might', 'could', 'would', 'should', 'can']);

/** Adverbs that hedge what the clause asserts. */
export const HEDGE_ADVERBS: ReadonlySet<string> = new Set([
  'reportedly',
  'possibly',
  'allegedly',
  'apparently',
  'perhaps',
  'maybe',
  'probably',
  'likely',
  'unlikely',
  'potentially',
  'purportedly',
  'seemingly',
]);

/**
 * Verbs that wrap a possibility rather than state an act ("is considering a
 * truce", "plans to deliver"): the claim they head is hedged.
 */
export const HEDGE_VERBS: ReadonlySet<string> = new Set([
  'consider',
  'weigh',
  'mull',
  'plan',
  'expect',
  'intend',
  'seem',
  'appear',
]);

/** Adjectives that hedge a copular clause ("is likely to", "is poised to"). */
export const HEDGE_ADJECTIVES: ReadonlySet<string> = new Set([
  'possible',
  'likely',
  'unlikely',
  'poised',
  'potential',
]);

/** Determiners and adverbs that deny the event ("no deal", "never served", "little progress"). */
export const NEGATORS: ReadonlySet<string> = new Set([
  'not',
  'no',
  'never',
  'neither',
  'nor',
  'without',
  'little',
  "n't",
]);

/**
 * Verbs of saying: they attribute a claim, they are not the event. Two
 * sources that both "say" something agree on nothing yet.
 */
export const ATTRIBUTION_VERBS: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'add',
  'report',
  'write',
  'post',
  'note',
  'state',
  'claim',
  'describe',
  'call',
  'ask',
  'reply',
  'explain',
  'insist',
  'argue',
  'warn',
  'believe',
  'think',
  'know',
  'indicate',
  'suggest',
  'repeat',
  'reiterate',
  'accord',
  'quote',
  'cite',
]);

/** Verbs too general to be an event on their own ("is", "has", "does", "gets"). */
export const LIGHT_VERBS: ReadonlySet<string> = new Set([
  'be',
  'is',
  'have',
  'has',
  'do',
  'get',
  'go',
  'come',
  'become',
]);

/**
 * Titles of a head of state or government: "Russian President Vladimir
 * Putin" acts for Russia, so his claims and Russia's are one actor's. An
 * envoy, a minister or an opposition leader speaks for less than the state.
 */
export const HEAD_OF_STATE_TITLES: ReadonlySet<string> = new Set([
  'president',
  'premier',
  'chancellor',
  'king',
  'queen',
  'emir',
  'sultan',
  'monarch',
  'prime minister',
]);

/** Prepositions that introduce where something happened. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'at',
  'near',
  'outside',
  'inside',
  'across',
]);

/** Compass words that name a part of a country ("southern Ukraine"), by the part they name. */
export const COMPASS_WORDS: ReadonlyMap<string, 'north' | 'south' | 'east' | 'west' | 'central'> = new Map([
  ['north', 'north'],
  ['northern', 'north'],
  ['south', 'south'],
  ['southern', 'south'],
  ['east', 'east'],
  ['eastern', 'east'],
  ['west', 'west'],
  ['western', 'west'],
  ['central', 'central'],
]);
