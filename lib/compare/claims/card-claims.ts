import type { Entity } from '../../entities';
import type { FactStoryOf } from '../align-facts';
import type { PageStoryId, StoryOfSource } from '../source-stories';
import { CLAIM_LIMITS, claimSourceId, type Claim, type ClaimFinding, type ClaimReason } from './claim-schema';
import { compareClaims, type ClaimConcepts, type ClaimPair } from './compare-claims';

/** The claims read from a passage at build time (none for a passage the build did not read). */
export type ClaimsOf = (passageId: string) => readonly Claim[];

export interface CardClaimsInput {
  entity: Pick<Entity, 'sources'>;
  /** The sources the card may name (hidden ones left out); the page's own among them when it is one. */
  sourceIds: readonly string[];
  claimsOf: ClaimsOf;
  storyOf?: StoryOfSource | undefined;
  /**
   * The key under which two claims may be compared (eventStoryOf: the story cut where its
   * sources report events days apart); the story's id when absent.
   */
  eventOf?: FactStoryOf | undefined;
  /** The page's story, resolved (see pageStoryOf): the card keeps to it. */
  pageStoryId?: PageStoryId;
  pageSourceId: string | null;
  /** The catalogue's concept links (catalogueConcepts), so targets told in other words meet; none by default. */
  concepts?: ClaimConcepts | undefined;
}

/** Differences first (a reader must see them), then one place at two scales (the least obvious agreement). */
const ORDER: Record<ClaimReason, number> = {
  'other-place': 0,
  negation: 1,
  hedge: 2,
  'two-scales': 3,
  same: 4,
  restated: 5,
};

function label(pair: ClaimPair): string {
  const { a } = pair;
  const words = [a.actor?.text, a.action, a.target?.text].filter(Boolean).join(' ');
  return words.length <= CLAIM_LIMITS.maxText ? words : `${words.slice(0, CLAIM_LIMITS.maxText - 1)}…`;
}

function value(claim: Claim): ClaimFinding['values'][number] {
  return {
    sourceId: claimSourceId(claim),
    passageId: claim.passageId,
    text: claim.text,
    negated: claim.negated,
    hedged: claim.hedged,
    place: claim.place?.text ?? null,
  };
}

/**
 * What the sources assert about an item, set side by side: the claims of
 * the passages that mention it, compared within one story (on a page of a
 * known story, that story's only), differences first, those about the page
 * before the others.
 */
export function cardClaims(input: CardClaimsInput): ClaimFinding[] {
  const visible = new Set(input.sourceIds);
  const claims = Object.entries(input.entity.sources)
    .filter(([sourceId]) => visible.has(sourceId))
    .flatMap(([, passageIds]) => passageIds.flatMap((id) => input.claimsOf(id)));
  const { storyOf, pageStoryId } = input;
  const pairs = compareClaims(
    claims,
    input.eventOf ?? (storyOf && ((sourceId) => storyOf(sourceId)?.id ?? null)),
    input.concepts,
  ).filter(
    (pair) =>
      !storyOf || typeof pageStoryId !== 'string' || storyOf(claimSourceId(pair.a))?.id === pageStoryId,
  );
  const aboutPage = (pair: ClaimPair): number =>
    [pair.a, pair.b].some((claim) => claimSourceId(claim) === input.pageSourceId) ? 0 : 1;
  return pairs
    .sort((x, y) => ORDER[x.reason] - ORDER[y.reason] || aboutPage(x) - aboutPage(y))
    .slice(0, CLAIM_LIMITS.maxCardFindings)
    .map((pair) => ({
      status: pair.status,
      reason: pair.reason,
      label: label(pair),
      values: [value(pair.a), value(pair.b)],
    }));
}
