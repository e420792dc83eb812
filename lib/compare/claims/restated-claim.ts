import { contentWords } from '../content-words';
import type { Claim } from './claim-schema';
import { clauseFigures, figuresApart } from './clause-figures';
import { verbMatch } from './clause-verb';
import { placeRelation } from './place-relation';

/**
 * Two claims that tell one act in other words: the same actor (the caller
 * groups claims by actor: one catalogue item, or one country named by its
 * name) does the same act (one verb lemma that WordNet reads as an act, not
 * a saying, a thought, a state or a light verb: the claim's `act`, set at
 * build time) to things the two clauses name alike ("Russia has launched
 * thousands of drone and missile strikes" / "Russia has launched deadly
 * missile and drone attacks on civilian targets"), where the targets as
 * parsed differ ("thousands" / "deadly missile"). Only agreement is told
 * this way, never a difference: two clauses that only resemble each other
 * are no evidence that one source contradicts another.
 */

/**
 * Content words the two clauses' objects (what follows the verb) must share,
 * beyond the verb: one shared word is a topic ("sanctions"), two say what
 * the act was done to ("drone", "missile").
 */
export const MIN_SHARED_OBJECT_WORDS = 2;

/**
 * A future or an intention ("will impose", "threatened to impose", "to again
 * lead") is not the act done: the two are kept apart.
 */
const FUTURE_BEFORE_VERB = /(?:\bwill|'ll|\bshall|\bto)\s+(?:\p{L}+\s+)?$/iu;

/**
 * Words after which a verb's bare form is a verb ("could allow", "to meet",
 * "did not stop", "to again lead": one word may come between). Elsewhere a bare form after a name is a noun the tagger
 * read as a verb ("the Obama campaign said") or a demand ("Barr release the
 * report"), not an act told.
 */
const BEFORE_BARE_VERB =
  /(?:^|\s)(?:to|will|would|could|can|may|might|must|shall|should|do|does|did|not|n't|never)\s+(?:\p{L}+\s+)?$/iu;

/** "was fired", "had been attacked": the actor is the one acted on, so voice must match. */
const PASSIVE_BEFORE_VERB =
  /(?:^|\s)(?:is|are|was|were|be|been|being|got|gets|get)\s+(?:\p{L}+ly\s+|not\s+)?$/iu;

/**
 * A simple present ("Microsoft typically releases patches", "Normally, X
 * releases bulletins") tells what is done as a rule, or a headline's news; a
 * past or perfect ("has released", "released") tells one act. The two are
 * kept apart: "releases patches on the second Tuesday of each month" is not
 * "released an emergency patch".
 */
const SIMPLE_PRESENT = /\p{L}(?<!s)s$/iu;

interface ClauseParts {
  future: boolean;
  present: boolean;
  passive: boolean;
  object: Set<string>;
  figures: Set<string>;
}

function partsOf(claim: Claim): ClauseParts | null {
  const verb = verbMatch(claim);
  if (!verb) return null;
  const before = claim.text.slice(0, verb.index);
  if (verb[0].toLowerCase() === claim.action && !BEFORE_BARE_VERB.test(before)) return null;
  const after = claim.text.slice(verb.index + verb[0].length);
  const object = contentWords(after);
  for (const phrase of [claim.actor?.text, claim.place?.text])
    if (phrase) for (const word of contentWords(phrase)) object.delete(word);
  for (const word of contentWords(verb[0])) object.delete(word);
  return {
    future: FUTURE_BEFORE_VERB.test(before),
    present: SIMPLE_PRESENT.test(verb[0]) && verb[0].toLowerCase() !== claim.action,
    passive: PASSIVE_BEFORE_VERB.test(before) && /(?:ed|en|t)$/iu.test(verb[0]),
    object,
    figures: clauseFigures(after),
  };
}

/**
 * An actor that is one referent: a catalogue item, or a country named by a
 * proper name ("Russia", "Moscow", "a Russian strike"), not a common noun a
 * demonym qualifies ("Russian sources", "Ukrainian officials": other people
 * in each source).
 */
function isReferent(claim: Claim): boolean {
  const actor = claim.actor;
  if (!actor) return false;
  if (actor.itemId !== null) return true;
  const last = actor.text.split(/\s+/u).at(-1) ?? '';
  return actor.country !== null && /^\p{Lu}/u.test(last);
}

/**
 * Whether two claims of one actor (different sources of one story) tell the
 * same act in other words: one act verb, the same polarity and hedging, the
 * same time (both done, or both to come), no two places apart, no figures of
 * which none is shared (the figures' own comparison judges those), and
 * objects that share at least MIN_SHARED_OBJECT_WORDS content words (a
 * shared figure counts as one).
 */
export function restatedClaim(a: Claim, b: Claim): boolean {
  if (a.action !== b.action || a.act !== true || b.act !== true) return false;
  if (!isReferent(a) || !isReferent(b)) return false;
  if (a.negated !== b.negated || a.hedged !== b.hedged) return false;
  if (a.place && b.place && placeRelation(a.place, b.place) === 'apart') return false;
  const [x, y] = [partsOf(a), partsOf(b)];
  if (!x || !y || x.future !== y.future || x.present !== y.present || x.passive !== y.passive) return false;
  if (figuresApart(x.figures, y.figures)) return false;
  let shared = 0;
  for (const word of x.object) if (y.object.has(word)) shared++;
  for (const figure of x.figures) if (y.figures.has(figure)) shared++;
  return shared >= MIN_SHARED_OBJECT_WORDS;
}
