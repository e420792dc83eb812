import { z } from '../../validation/zod';
import { lazySchema } from '../../validation/lazy-schema';

/**
 * A claim: what one sentence of one source asserts, who does what to whom
 * (actor, action, target), where, and how firmly. Claims are read at build
 * time (lib/node's extractClaims, with compromise) and shipped as data, so
 * comparing them at hover time is cheap and needs no NLP library.
 */

/** Bounds that keep a shipped claims file and a card small; a clause's words are cut, never a claim's identity. */
export const CLAIM_LIMITS = {
  /** A clause's words as shown to a reader; longer clauses are cut here. */
  maxText: 240,
  /** A noun phrase (actor, target, place) as written. */
  maxPhrase: 120,
  /** Claim findings a card shows: a glance, like its figures. */
  maxCardFindings: 4,
  /** Sources set side by side in one finding (a story rarely has more than a handful of outlets). */
  maxValues: 12,
  /** Claims a shipped claims file may hold: a few per sentence of a corpus of thousands of articles. */
  maxClaimsFile: 1_000_000,
} as const;

export const PLACE_SCALES = ['city', 'region', 'country', 'part'] as const;
export const COMPASS_PARTS = ['north', 'south', 'east', 'west', 'central'] as const;
export type CompassPart = (typeof COMPASS_PARTS)[number];

const phrase = lazySchema(() => z.string().check(z.maxLength(CLAIM_LIMITS.maxPhrase)));

/**
 * A place as the gazetteer resolved it at build time. `country` is an ISO
 * 3166 code; `at` a point (a city, a region's seat); `extent` the country's
 * [south, north, west, east] bounds, for a `part` ("southern Ukraine") to
 * tell which of its cities lie in it.
 */
export const placeRefSchema = lazySchema(() =>
  z.strictObject({
    text: phrase,
    /** The place's own name, folded ("odesa", "ukraine"). */
    name: phrase,
    scale: z.enum(PLACE_SCALES),
    country: z.nullable(z.string().check(z.maxLength(3))),
    /** Its first-level division within the country (a gazetteer code), when known. */
    admin: z.nullable(z.string().check(z.maxLength(12))),
    at: z.nullable(z.tuple([z.number(), z.number()])),
    extent: z.nullable(z.tuple([z.number(), z.number(), z.number(), z.number()])),
    part: z.nullable(z.enum(COMPASS_PARTS)),
  }),
);
export type PlaceRef = z.infer<typeof placeRefSchema>;

/**
 * An actor or a target: its words, its head noun's lemma, the catalogue item
 * it names, and the country it stands for, if any ("Russia", "Russian",
 * "Moscow" as a capital: the same actor however a source names it).
 */
export const claimArgSchema = lazySchema(() =>
  z.strictObject({
    text: phrase,
    head: phrase,
    itemId: z.nullable(phrase),
    country: z.nullable(z.string().check(z.maxLength(3))),
  }),
);
export type ClaimArg = z.infer<typeof claimArgSchema>;

export const claimSchema = lazySchema(() =>
  z.strictObject({
    /** `<sourceId>#<n>`, the passage (sentence) the claim was read from. */
    passageId: phrase,
    actor: z.nullable(claimArgSchema),
    /** The verb's lemma ("attack", "agree"). */
    action: phrase,
    target: z.nullable(claimArgSchema),
    place: z.nullable(placeRefSchema),
    /** "did not agree", "no deal", "never served". */
    negated: z.boolean(),
    /** "considering", "could agree", "may", "reportedly". */
    hedged: z.boolean(),
    /**
     * The action is an act (WordNet at build time: not a saying, a thought, a state or a light
     * verb), so a claim told in other words may be set beside it; absent in older claims files.
     */
    act: z.optional(z.boolean()),
    /** The clause's words, for a reader. */
    text: z.string().check(z.maxLength(CLAIM_LIMITS.maxText)),
  }),
);
export type Claim = z.infer<typeof claimSchema>;

/** The shipped claims file: every claim of the corpus, in passage order. */
export const claimsFileSchema = lazySchema(() =>
  z.array(claimSchema).check(z.maxLength(CLAIM_LIMITS.maxClaimsFile)),
);

/** Why two claims agree or differ: the reader is told which rule set them side by side. */
export const CLAIM_REASONS = ['same', 'two-scales', 'negation', 'hedge', 'other-place', 'restated'] as const;
export type ClaimReason = (typeof CLAIM_REASONS)[number];

/** Two or more sources' claims about one event, set side by side (for the card and the sidebar). */
export const claimFindingSchema = lazySchema(() =>
  z.strictObject({
    status: z.enum(['agree', 'differ']),
    reason: z.enum(CLAIM_REASONS),
    /** "Russia attack station": who does what to whom, in the claims' own words. */
    label: z.string().check(z.maxLength(CLAIM_LIMITS.maxText)),
    values: z
      .array(
        z.strictObject({
          sourceId: phrase,
          passageId: phrase,
          text: z.string().check(z.maxLength(CLAIM_LIMITS.maxText)),
          negated: z.boolean(),
          hedged: z.boolean(),
          place: z.nullable(phrase),
        }),
      )
      .check(z.minLength(2), z.maxLength(CLAIM_LIMITS.maxValues)),
  }),
);
export type ClaimFinding = z.infer<typeof claimFindingSchema>;

/** A passage id's source: passages are `<sourceId>#<n>`. */
export function claimSourceId(claim: Pick<Claim, 'passageId'>): string {
  const hash = claim.passageId.lastIndexOf('#');
  return hash < 0 ? claim.passageId : claim.passageId.slice(0, hash);
}
