/**
 * Words that make a query a question but that its answer does not repeat:
 * "how long did Witkoff meet Putin" is answered by "the two met for around
 * three hours", which holds neither "how", "long" nor "did". Grammatical
 * words already in STOP_WORDS are not repeated here.
 */

/** Words that ask: a query opening with one (or ending in "?") is read as a question. */
export const INTERROGATIVES: ReadonlySet<string> = new Set([
  'who',
  'whom',
  'whose',
  'what',
  'when',
  'where',
  'why',
  'how',
  'which',
]);

/**
 * Auxiliaries that carry no content inside a question ("how long did they
 * meet", "was it agreed?"). Outside a question they are kept: "will" and
 * "may" can be real words of a query.
 */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'am',
  'are',
  'can',
  'could',
  'did',
  'do',
  'does',
  'has',
  'have',
  'had',
  'is',
  'may',
  'might',
  'must',
  'shall',
  'should',
  'was',
  'were',
  'will',
  'would',
]);

/**
 * After "how", the word that names what is asked for ("how many", "how
 * long"): the answer gives the figure ("three hours", "at least 72 people"),
 * rarely the word itself.
 */
export const HOW_MEASURES: ReadonlySet<string> = new Set([
  'many',
  'much',
  'long',
  'often',
  'far',
  'old',
  'soon',
  'big',
  'large',
]);
