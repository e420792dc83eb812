import { sourceMetaSchema } from '../corpus/source-meta';
import { entityKindSchema } from '../entities/catalogue-schema';
import { emphasisSchema } from '../search/search-hit';
import { z } from '../validation/zod';
import { lazySchema } from '../validation/lazy-schema';
import { comparisonExtentSchema } from './describe-comparison-extent';
import { claimFindingSchema, CLAIM_LIMITS } from './claims/claim-schema';
import { storyRefSchema } from './source-stories';

/**
 * The hover card: what the other sources say about one item, as built by
 * buildItemCard and carried whole by the `item-card` message. The caps are
 * part of the card, so the schema enforces them and the UI shows what it gets.
 */

/** Passages a card shows per source: enough to see what it says, few enough to glance at (Search shows all). */
export const PASSAGES_PER_SOURCE = 3;
/** A card is a glance: the few findings that matter most, differences first. */
export const MAX_CARD_FINDINGS = 4;
/**
 * Sources a card lists when the page matches no story: nothing ties them to
 * the page but the item and the words around it, so only the closest few.
 */
export const BEST_SOURCES_OFF_STORY = 5;

/**
 * How the page stands to the corpus's stories: it reports one of them
 * (`story`), was scored against them and matches none (`none`), or nobody
 * decided (`unknown`: the card then lists the sources as it did before stories).
 */
export const PAGE_STORY_MATCHES = ['story', 'none', 'unknown'] as const;

const count = lazySchema(() => z.int().check(z.nonnegative()));

/** One source's say on an item: its best passages, the item's mentions emphasised. */
export const cardSourceSchema = lazySchema(() =>
  z.strictObject({
    source: sourceMetaSchema,
    passages: z
      .array(z.strictObject({ id: z.string(), text: z.string(), emphasis: z.array(emphasisSchema) }))
      .check(z.maxLength(PASSAGES_PER_SOURCE)),
    /** All passages of this source that mention the item (the card shows the best few). */
    mentionCount: count,
    /** The story this source reports (one of the card's `stories`), null when none is known. */
    storyId: z.nullable(z.string()),
  }),
);
export type CardSource = z.infer<typeof cardSourceSchema>;

/** A figure or quotation the sources (and the page) agree or differ on; a quotation's words are its label. */
export const cardFindingSchema = lazySchema(() =>
  z.strictObject({
    status: z.enum(['agree', 'differ']),
    label: z.string(),
    values: z.array(
      z.strictObject({ sourceId: z.string(), text: z.string(), speaker: z.nullable(z.string()) }),
    ),
  }),
);
export type CardFinding = z.infer<typeof cardFindingSchema>;

export const itemCardSchema = lazySchema(() =>
  z.strictObject({
    item: z.strictObject({ id: z.string(), label: z.string(), kind: entityKindSchema }),
    /** Sources in the corpus, this page's own included. */
    sourceCount: count,
    /** Sources that mention the item, this page's own included. */
    mentionedByCount: count,
    /** The page's own source, when the page is one of the corpus articles. */
    pageSource: z.nullable(sourceMetaSchema),
    /** How the page stands to the stories, and its story when it reports one. */
    pageStoryMatch: z.enum(PAGE_STORY_MATCHES),
    pageStory: z.nullable(storyRefSchema),
    /**
     * Other sources that mention the item: on a page with a story, that story's
     * sources first, then the other stories' one story after another; else
     * the closest to the words around the mention first (at most
     * BEST_SOURCES_OFF_STORY when the page matches no story). Within a story,
     * closest first, then most mentions.
     */
    others: z.array(cardSourceSchema),
    /** The stories of `others`, in the order they come (the page's first). */
    stories: z.array(storyRefSchema),
    /** Other sources that do not mention it. */
    silent: z.array(sourceMetaSchema),
    /** Figures and quotations the sources set against each other: those about the page first, then differences. */
    findings: z.array(cardFindingSchema).check(z.maxLength(MAX_CARD_FINDINGS)),
    /** How much could be compared to find them (absent from cards built before it was counted). */
    extent: z.optional(comparisonExtentSchema),
    /** What the sources assert about the item, set side by side (claims read at build time); absent without claims. */
    claims: z.optional(z.array(claimFindingSchema).check(z.maxLength(CLAIM_LIMITS.maxCardFindings))),
  }),
);
export type ItemCard = z.infer<typeof itemCardSchema>;
