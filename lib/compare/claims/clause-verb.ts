import type { Claim } from './claim-schema';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Words between a subject and its verb: auxiliaries, negators and the adverbs of news prose. */
const BETWEEN_SUBJECT_AND_VERB =
  /^(?:has|have|had|is|are|was|were|be|been|being|will|would|could|can|may|might|must|shall|should|do|does|did|not|never|also|just|already|still|again|then|now|\p{L}+ly)$/iu;

/**
 * Where the verb of the claim's action is in its clause ("launched" for
 * "launch", "imposing" for "impose"): its first form after the actor's words
 * ("Witkoff's meeting … to meet" is the second). An irregular form ("met",
 * "led", "fought") is the first word after the actor that is no auxiliary,
 * negator or adverb, if it begins as its lemma does.
 */
export function verbMatch(claim: Claim): RegExpExecArray | null {
  const stem = escapeRegExp(claim.action.length > 3 ? claim.action.replace(/e$/u, '') : claim.action);
  // "marry" → "married", "apply" → "applies".
  const pattern = new RegExp(`(?<!\\p{L})${stem.replace(/y$/u, '[yi]')}\\p{L}*`, 'giu');
  const actorAt = claim.actor ? claim.text.indexOf(claim.actor.text) : -1;
  const afterActor = actorAt < 0 ? 0 : actorAt + (claim.actor?.text.length ?? 0);
  pattern.lastIndex = afterActor;
  const regular = pattern.exec(claim.text);
  if (regular || actorAt < 0) return regular;
  const word = /\p{L}[\p{L}'’]*/gu;
  word.lastIndex = afterActor;
  for (let next = word.exec(claim.text); next; next = word.exec(claim.text))
    if (!BETWEEN_SUBJECT_AND_VERB.test(next[0]))
      // An irregular form keeps its lemma's first letter ("met", "led", "won"); another word is another verb.
      return next[0][0]?.toLowerCase() === claim.action[0] ? next : null;
  return null;
}
