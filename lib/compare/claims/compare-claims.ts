import { contentWords } from '../content-words';
import { claimSourceId, type Claim, type ClaimArg, type ClaimReason } from './claim-schema';
import { HEDGE_VERBS } from './claim-words';
import { placeRelation } from './place-relation';

/** Two sources' claims about one event, and how they stand. */
export interface ClaimPair {
  a: Claim;
  b: Claim;
  status: 'agree' | 'differ';
  reason: ClaimReason;
}

/** Which story a source reports; null for a source no story holds (it is set against nobody). */
export type ClaimStoryOf = (sourceId: string) => string | null;

/** When one passage pair yields several verdicts, the one a reader most needs to see wins. */
const REASON_RANK: Record<ClaimReason, number> = {
  'other-place': 0,
  negation: 1,
  hedge: 2,
  'two-scales': 3,
  same: 4,
};

/** Who an actor or target is, however named: its country, else its catalogue item, else its head noun. */
function argKey(arg: ClaimArg): string {
  if (arg.country !== null) return `country:${arg.country}`;
  return arg.itemId !== null ? `item:${arg.itemId}` : `head:${arg.head}`;
}

function sameArg(a: ClaimArg, b: ClaimArg): boolean {
  return argKey(a) === argKey(b);
}

/** Words of a clause that say what happened: neither who did it nor where. */
function eventWords(claim: Claim): Set<string> {
  const words = contentWords(claim.text);
  for (const phrase of [claim.actor?.text, claim.place?.text])
    if (phrase) for (const word of contentWords(phrase)) words.delete(word);
  return words;
}

/**
 * One actor placed in one place (or one at two scales) by two sources, in
 * clauses that share a word of what happened ("a Russian strike on a gas
 * facility" in Odesa region / Russia "attacked a gas pumping station" in
 * southern Ukraine): the sources agree on where, whatever verb they chose.
 */
function samePlaceAndEvent(a: Claim, b: Claim): Pick<ClaimPair, 'status' | 'reason'> | null {
  if (!a.place || !b.place || a.negated || b.negated) return null;
  const relation = placeRelation(a.place, b.place);
  if (relation !== 'same' && relation !== 'within') return null;
  // A named person or body (not a country) is in one place at a time: being there is the claim.
  const named = a.actor?.itemId != null && a.actor.country === null;
  const words = eventWords(b);
  if (!named && ![...eventWords(a)].some((word) => words.has(word))) return null;
  return { status: 'agree', reason: relation === 'within' ? 'two-scales' : 'same' };
}

/**
 * How two claims of different sources stand, or null when they are not about
 * the same event. Same event: the same action by the same actor (one
 * catalogue item, else the same head noun) to the same target. Then a place
 * decides first (one place, or one at two scales, agrees; two places where
 * only one can be right differ), then polarity: a negation or a hedge
 * against a firm statement differs, the rest agrees.
 */
export function relateClaims(a: Claim, b: Claim): Pick<ClaimPair, 'status' | 'reason'> | null {
  if (!a.actor || !b.actor || !sameArg(a.actor, b.actor)) return null;
  if (a.action !== b.action) {
    // "is considering a truce" / "may announce a truce": a hedging verb leaves the act open, and both are possibilities.
    const open = HEDGE_VERBS.has(a.action) || HEDGE_VERBS.has(b.action);
    if (
      open &&
      a.hedged &&
      b.hedged &&
      a.negated === b.negated &&
      a.target &&
      b.target &&
      sameArg(a.target, b.target)
    )
      return { status: 'agree', reason: 'same' };
    return samePlaceAndEvent(a, b);
  }
  const bothPlaced = a.place !== null && b.place !== null;
  if (a.target && b.target) {
    if (!sameArg(a.target, b.target)) return null;
  } else if ((a.target || b.target) && !bothPlaced) return null;
  if (a.place && b.place) {
    const relation = placeRelation(a.place, b.place);
    if (relation === 'apart') return { status: 'differ', reason: 'other-place' };
    if (relation === 'within' && a.negated === b.negated && a.hedged === b.hedged)
      return { status: 'agree', reason: 'two-scales' };
  }
  if (a.negated !== b.negated) return { status: 'differ', reason: 'negation' };
  if (a.hedged !== b.hedged) return { status: 'differ', reason: 'hedge' };
  return { status: 'agree', reason: 'same' };
}

/**
 * Sets claims of different sources side by side, only within one story
 * (claims of two stories are about two events: they neither agree nor
 * differ). One verdict per pair of passages, the most telling one.
 */
export function compareClaims(claims: readonly Claim[], storyOf?: ClaimStoryOf): ClaimPair[] {
  const storyOfClaim = (claim: Claim): string | null => (storyOf ? storyOf(claimSourceId(claim)) : '');
  const byActor = new Map<string, Claim[]>();
  for (const claim of claims) {
    if (!claim.actor || storyOfClaim(claim) === null) continue;
    const key = argKey(claim.actor);
    byActor.set(key, [...(byActor.get(key) ?? []), claim]);
  }
  const best = new Map<string, ClaimPair>();
  for (const group of byActor.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i]!;
        const b = group[j]!;
        if (claimSourceId(a) === claimSourceId(b) || storyOfClaim(a) !== storyOfClaim(b)) continue;
        const verdict = relateClaims(a, b);
        if (!verdict) continue;
        const [first, second] = a.passageId < b.passageId ? [a, b] : [b, a];
        const key = `${first.passageId}\u0000${second.passageId}`;
        const held = best.get(key);
        if (!held || REASON_RANK[verdict.reason] < REASON_RANK[held.reason])
          best.set(key, { a: first, b: second, ...verdict });
      }
    }
  }
  return [...best.values()];
}
