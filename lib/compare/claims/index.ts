export {
  CLAIM_LIMITS,
  CLAIM_REASONS,
  claimArgSchema,
  claimFindingSchema,
  claimSchema,
  claimsFileSchema,
  claimSourceId,
  COMPASS_PARTS,
  PLACE_SCALES,
  placeRefSchema,
} from './claim-schema';
export type { Claim, ClaimArg, ClaimFinding, ClaimReason, CompassPart, PlaceRef } from './claim-schema';
export { COMPASS_WORDS } from './claim-words';
export { claimsFromClause } from './claims-from-clause';
export type { ClaimResolvers, ClauseClaim, TaggedTerm } from './claims-from-clause';
export { compareClaims, relateClaims } from './compare-claims';
export type { ClaimConcepts, ClaimPair, ClaimStoryOf } from './compare-claims';
export { catalogueConcepts } from './catalogue-concepts';
export { placeRelation } from './place-relation';
export type { PlaceRelation } from './place-relation';
export { cardClaims } from './card-claims';
export type { CardClaimsInput, ClaimsOf } from './card-claims';
