import { contentWords } from '../content-words';
import { claimSourceId, type Claim, type ClaimArg, type ClaimReason } from './claim-schema';
import { HEAD_OF_STATE_TITLES, HEDGE_VERBS } from './claim-words';
import { claimFigures, figuresApart } from './clause-figures';
import { placeRelation } from './place-relation';
import { restatedClaim } from './restated-claim';

/** Two sources' claims about one event, and how they stand. */
export interface ClaimPair {
  a: Claim;
  b: Claim;
  status: 'agree' | 'differ';
  reason: ClaimReason;
}

/** Which story a source reports; null for a source no story holds (it is set against nobody). */
export type ClaimStoryOf = (sourceId: string) => string | null;

/**
 * What the catalogue knows of how items relate: whether a mention of one
 * reports the other (its `Entity.also`: "air truce" and "partial ceasefire"
 * told by one article, "truce" and "ceasefire" as WordNet synonyms). Two
 * claims whose targets are related items are about one thing.
 */
export interface ClaimConcepts {
  related(itemA: string, itemB: string): boolean;
}

/** How actors and targets are told apart in one comparison. */
export interface ArgContext {
  /** Item → the country it acts for ("Putin" → RU), learned from the claims' own titles. */
  standsFor: ReadonlyMap<string, string>;
  concepts: ClaimConcepts | undefined;
}

const NO_CONTEXT: ArgContext = { standsFor: new Map(), concepts: undefined };

/** When one passage pair yields several verdicts, the one a reader most needs to see wins. */
const REASON_RANK: Record<ClaimReason, number> = {
  'other-place': 0,
  negation: 1,
  hedge: 2,
  'two-scales': 3,
  same: 4,
  restated: 5,
};

/**
 * Who an actor or target is, however named: its country (a head of state's
 * too, however briefly named), else its catalogue item, else its head noun.
 */
function argKey(arg: ClaimArg, context: ArgContext = NO_CONTEXT): string {
  const country = arg.country ?? (arg.itemId === null ? undefined : context.standsFor.get(arg.itemId));
  if (country != null) return `country:${country}`;
  return arg.itemId !== null ? `item:${arg.itemId}` : `head:${arg.head}`;
}

function sameArg(a: ClaimArg, b: ClaimArg, context: ArgContext = NO_CONTEXT): boolean {
  return argKey(a, context) === argKey(b, context);
}

/** One target, or two items the catalogue links as one concept ("air truce", "partial ceasefire"). */
function sameTarget(a: ClaimArg, b: ClaimArg, context: ArgContext): boolean {
  if (sameArg(a, b, context)) return true;
  return (
    a.itemId !== null &&
    b.itemId !== null &&
    context.concepts !== undefined &&
    (context.concepts.related(a.itemId, b.itemId) || context.concepts.related(b.itemId, a.itemId))
  );
}

const TITLE_WORDS = new RegExp(`(?<!\\p{L})(?:${[...HEAD_OF_STATE_TITLES].join('|')})(?!\\p{L})`, 'iu');

/**
 * The items the claims name with a country and a head-of-state title
 * ("Russian President Vladimir Putin" → RU), so that "Putin" alone is the
 * same actor as "Russia" and "Moscow". An item titled for two countries
 * stands for neither.
 */
export function headsOfState(claims: readonly Claim[]): Map<string, string> {
  const found = new Map<string, string | null>();
  for (const claim of claims)
    for (const arg of [claim.actor, claim.target])
      if (arg?.itemId != null && arg.country !== null && TITLE_WORDS.test(arg.text)) {
        const held = found.get(arg.itemId);
        found.set(arg.itemId, held === undefined || held === arg.country ? arg.country : null);
      }
  return new Map(
    [...found].flatMap(([item, country]) => (country === null ? [] : [[item, country] as const])),
  );
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
 * only one can be right differ), then polarity: a negation against an
 * assertion differs; a hedge against a firm statement agrees only as "told
 * with hedging" (reason `hedge`), the rest agrees as the same claim.
 */
export function relateClaims(
  a: Claim,
  b: Claim,
  context: ArgContext = NO_CONTEXT,
): Pick<ClaimPair, 'status' | 'reason'> | null {
  if (!a.actor || !b.actor || !sameArg(a.actor, b.actor, context)) return null;
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
      sameTarget(a.target, b.target, context)
    )
      return { status: 'agree', reason: 'same' };
    return samePlaceAndEvent(a, b);
  }
  const bothPlaced = a.place !== null && b.place !== null;
  if (a.target && b.target) {
    if (!sameTarget(a.target, b.target, context)) return null;
  } else if ((a.target || b.target) && !bothPlaced) return null;
  if (a.place && b.place) {
    const relation = placeRelation(a.place, b.place);
    if (relation === 'apart') return { status: 'differ', reason: 'other-place' };
    if (relation === 'within' && a.negated === b.negated && a.hedged === b.hedged)
      return { status: 'agree', reason: 'two-scales' };
  }
  if (a.negated !== b.negated) return { status: 'differ', reason: 'negation' };
  // "announced a truce" / "may announce a truce": the same claim, one told with hedging; it agrees as such, never as "the same".
  if (a.hedged !== b.hedged) return { status: 'agree', reason: 'hedge' };
  return { status: 'agree', reason: 'same' };
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * A verb whose object is another verb's clause ("has threatened to impose
 * heavy tariffs", "plans to deliver the message") takes that verb's object:
 * the claim read from the same clause by the same actor with the
 * complement's verb as its action. Claims with a target are kept as read.
 */
export function withComplementTargets(claims: readonly Claim[], context: ArgContext = NO_CONTEXT): Claim[] {
  const byClause = new Map<string, Claim[]>();
  for (const claim of claims) {
    const key = `${claim.passageId}\u0000${claim.text}`;
    byClause.set(key, [...(byClause.get(key) ?? []), claim]);
  }
  return claims.map((claim) => {
    if (claim.target !== null || claim.actor === null) return claim;
    const stem = claim.action.replace(/e$/u, '');
    const complement = new RegExp(`(?<!\\p{L})${escapeRegExp(stem)}\\p{L}*\\s+to\\s+(\\p{L}+)`, 'iu')
      .exec(claim.text)?.[1]
      ?.toLowerCase();
    if (complement === undefined) return claim;
    const actor = claim.actor;
    const inner = byClause
      .get(`${claim.passageId}\u0000${claim.text}`)
      ?.find(
        (other) =>
          other !== claim &&
          other.action === complement &&
          other.target !== null &&
          other.actor !== null &&
          sameArg(other.actor, actor, context),
      );
    return inner ? { ...claim, target: inner.target } : claim;
  });
}

/**
 * Sets claims of different sources side by side, only within one story
 * (claims of two stories are about two events: they neither agree nor
 * differ). One verdict per pair of passages, the most telling one.
 */
export function compareClaims(
  claims: readonly Claim[],
  storyOf?: ClaimStoryOf,
  concepts?: ClaimConcepts,
): ClaimPair[] {
  const storyOfClaim = (claim: Claim): string | null => (storyOf ? storyOf(claimSourceId(claim)) : '');
  const context: ArgContext = { standsFor: headsOfState(claims), concepts };
  const byActor = new Map<string, Claim[]>();
  for (const claim of withComplementTargets(claims, context)) {
    if (!claim.actor || storyOfClaim(claim) === null) continue;
    const key = argKey(claim.actor, context);
    byActor.set(key, [...(byActor.get(key) ?? []), claim]);
  }
  const best = new Map<string, ClaimPair>();
  for (const group of byActor.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i]!;
        const b = group[j]!;
        if (claimSourceId(a) === claimSourceId(b) || storyOfClaim(a) !== storyOfClaim(b)) continue;
        const verdict =
          relateClaims(a, b, context) ??
          (restatedClaim(a, b) ? ({ status: 'agree', reason: 'restated' } as const) : null);
        if (!verdict) continue;
        // "has led House Democrats since 2002" / "since 2003": one act, two figures; the figures judge it.
        if (verdict.status === 'agree' && figuresApart(claimFigures(a), claimFigures(b))) continue;
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
