import { CLAIM_LIMITS, claimFindingSchema } from '../compare/claims/claim-schema';
import { comparisonSchema } from '../compare/comparison-schema';
import { itemCardSchema } from '../compare/item-card-schema';
import { storyBriefingSchema, storySummarySchema } from '../compare/story-briefing-schema';
import { sourceMetaSchema } from '../corpus/source-meta';
import { aliasSchema, entityKindSchema } from '../entities/catalogue-schema';
import { searchHitSchema } from '../search/search-hit';
import { MAX_STORY_TEXT } from '../stories/page-highlight-decision';
import { storySchema } from '../stories/stories-file';
import { z } from '../validation/zod';
import { lazySchema } from '../validation/lazy-schema';
import type { MessageTo, RequestOf, RequestTo, ResponseOf } from './messages';

/**
 * The protocol's bounds, the schemas of the background's answers and the
 * parts several messages share; the messages themselves are declared in
 * messages.ts.
 */

/** Longer queries are not searches a person types; refusing them bounds work. */
export const MAX_QUERY_LENGTH = 500;
export const MAX_RESULT_LIMIT = 100;

const count = lazySchema(() => z.int().check(z.nonnegative()));

/** Bounds what a content script may send about a page: ids and URLs, never its text. */
export const MAX_ID_LENGTH = 200;
const MAX_URL_LENGTH = 4096;
/** Around a mention, a paragraph's worth of the page is enough to read its figures. */
export const MAX_PAGE_CONTEXT = 2000;

/** The story a page belongs to, and how close it is (0–1), as the background decided it. */
export const pageStorySchema = lazySchema(() =>
  z.strictObject({ story: storySchema, score: z.number().check(z.minimum(0), z.maximum(1)) }),
);
export type PageStory = z.infer<typeof pageStorySchema>;

/** A page's readable text sent to find its story: as much as the story decision reads. */
export const MAX_PAGE_TEXT = MAX_STORY_TEXT;
/** Mentions a page reports with its text (the highlighter stops well before). */
export const MAX_PAGE_MENTIONS = 5000;

/** The page's story (null: none) and which of its items it highlights by default (see lib/stories/highlight-policy). */
export const pageStoryResponseSchema = lazySchema(() =>
  z.strictObject({
    type: z.literal('page-story'),
    story: z.nullable(pageStorySchema),
    shown: z.array(z.string().check(z.maxLength(MAX_ID_LENGTH))).check(z.maxLength(MAX_PAGE_MENTIONS)),
  }),
);
export type PageStoryResponse = z.infer<typeof pageStoryResponseSchema>;

/** Longest selection the sidebar compares: a few sentences. */
export const MAX_SELECTION_LENGTH = 2000;
/** Items on a page: who else mentions them, for the sidebar's coverage matrix. */
export const MAX_PAGE_ITEMS = 2000;

/** What the sidebar shows: the items of the page, one item's comparison, or a selected passage's. */
export const sidebarViewSchema = lazySchema(() =>
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('page') }),
    z.strictObject({
      kind: z.literal('item'),
      entityId: z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH)),
    }),
    z.strictObject({
      kind: z.literal('query'),
      query: z.string().check(z.minLength(1), z.maxLength(MAX_QUERY_LENGTH)),
    }),
    z.strictObject({
      kind: z.literal('selection'),
      text: z.string().check(z.minLength(1), z.maxLength(MAX_SELECTION_LENGTH)),
    }),
  ]),
);
export type SidebarView = z.infer<typeof sidebarViewSchema>;

export const searchResponseSchema = lazySchema(() =>
  z.strictObject({
    type: z.literal('search-result'),
    query: z.string(),
    hits: z.array(searchHitSchema),
    suggestions: z.array(z.string()),
    sourceCount: z.int(),
    sources: z.array(sourceMetaSchema),
    /** The stories the hits belong to (each hit names its own by `storyId`), to head their groups. */
    stories: z.optional(z.array(storySchema)),
  }),
);
export type SearchResponse = z.infer<typeof searchResponseSchema>;

/** What the content script matches: every item's aliases, without the per-source passages. */
export const pageItemSchema = lazySchema(() =>
  z.strictObject({
    id: z.string(),
    label: z.string(),
    kind: entityKindSchema,
    aliases: z.array(aliasSchema),
    /** Highlighted on any page, whatever its story (lib/stories/highlight-policy): painted before the story is known. */
    specific: z.optional(z.boolean()),
  }),
);
export type PageItem = z.infer<typeof pageItemSchema>;

/** How a page recognises that it is one of the corpus articles (see lib/corpus/text-fingerprint). */
export const sourceSignatureSchema = lazySchema(() =>
  z.strictObject({
    id: z.string(),
    url: z.nullable(z.string().check(z.maxLength(MAX_URL_LENGTH))),
    /** Bottom-k sketch of the article's word-shingle hashes. */
    sketch: z.array(z.int()),
  }),
);
export type SourceSignature = z.infer<typeof sourceSignatureSchema>;

export const pageSetupResponseSchema = lazySchema(() =>
  z.strictObject({
    type: z.literal('page-setup'),
    items: z.array(pageItemSchema),
    sources: z.array(sourceSignatureSchema),
  }),
);
export type PageSetupResponse = z.infer<typeof pageSetupResponseSchema>;

/** The card (lib/compare builds it whole), tagged as the answer to `item-card`. */
export const itemCardResponseSchema = lazySchema(() =>
  z.extend(itemCardSchema, { type: z.literal('item-card') }),
);
export type ItemCardResponse = z.infer<typeof itemCardResponseSchema>;

/** A tab or a sidebar was opened as asked. */
export const openedResponseSchema = lazySchema(() => z.strictObject({ type: z.literal('opened') }));
export type OpenedResponse = z.infer<typeof openedResponseSchema>;

/** Items × sources: how many passages of each source mention each item (0: silent). */
export const coverageResponseSchema = lazySchema(() =>
  z.strictObject({
    type: z.literal('coverage'),
    sources: z.array(sourceMetaSchema),
    rows: z.array(
      z.strictObject({
        item: z.strictObject({ id: z.string(), label: z.string(), kind: entityKindSchema }),
        counts: z.record(z.string(), count),
      }),
    ),
  }),
);
export type CoverageResponse = z.infer<typeof coverageResponseSchema>;

export const compareResponseSchema = lazySchema(() =>
  z.strictObject({
    type: z.literal('comparison'),
    comparison: comparisonSchema,
    /** An item's claims set side by side, as the card has them; absent for a query or without claims. */
    claims: z.optional(z.array(claimFindingSchema).check(z.maxLength(CLAIM_LIMITS.maxCardFindings))),
  }),
);
export type CompareResponse = z.infer<typeof compareResponseSchema>;

/** A story's briefing; null when the page belongs to no story the corpus knows. */
export const storyBriefingResponseSchema = lazySchema(() =>
  z.strictObject({ type: z.literal('story-briefing'), briefing: z.nullable(storyBriefingSchema) }),
);
export type StoryBriefingResponse = z.infer<typeof storyBriefingResponseSchema>;

/** The corpus' stories, latest first (lib/compare caps the list). */
export const storiesListResponseSchema = lazySchema(() =>
  z.strictObject({ type: z.literal('stories-list'), stories: z.array(storySummarySchema) }),
);
export type StoriesListResponse = z.infer<typeof storiesListResponseSchema>;

/** Every source: the bundled ones, the reader's (as parsed, marked `yours`), and the hidden ids. */
export const sourcesListResponseSchema = lazySchema(() =>
  z.strictObject({
    type: z.literal('sources-list'),
    bundled: z.array(sourceMetaSchema),
    yours: z.array(sourceMetaSchema),
    hidden: z.array(z.string()),
  }),
);
export type SourcesListResponse = z.infer<typeof sourcesListResponseSchema>;

export const userSourceSavedResponseSchema = lazySchema(() =>
  z.strictObject({
    type: z.literal('user-source-saved'),
    /** `updated`: the same page (URL, else wording) was already one of the reader's sources. */
    outcome: z.enum(['added', 'updated']),
    source: sourceMetaSchema,
  }),
);
export type UserSourceSavedResponse = z.infer<typeof userSourceSavedResponseSchema>;

export const userSourcesImportedResponseSchema = lazySchema(() =>
  z.strictObject({
    type: z.literal('user-sources-imported'),
    added: count,
    updated: count,
    /** Articles refused, by their position in the request, with the reason. */
    failed: z.array(z.strictObject({ index: count, reason: z.string() })),
  }),
);
export type UserSourcesImportedResponse = z.infer<typeof userSourcesImportedResponseSchema>;

export const userSourcesExportResponseSchema = lazySchema(() =>
  z.strictObject({
    type: z.literal('user-sources-export'),
    json: z.string(),
    count,
  }),
);
export type UserSourcesExportResponse = z.infer<typeof userSourcesExportResponseSchema>;

export const errorResponseSchema = lazySchema(() =>
  z.strictObject({
    type: z.literal('error'),
    message: z.string(),
  }),
);
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

// Names for the requests the handlers speak of, derived from the table.
export type Request = RequestTo<'background'>;
export type SearchRequest = RequestOf<'search'>;
export type PageSetupRequest = RequestOf<'page-setup'>;
export type ItemCardRequest = RequestOf<'item-card'>;
export type PageStoryRequest = RequestOf<'page-story'>;
export type CompareRequest = RequestOf<'compare'>;
export type CoverageRequest = RequestOf<'coverage'>;
export type StoryBriefingRequest = RequestOf<'story-briefing'>;
export type UserSourceEditRequest = RequestOf<'user-source-edit'>;
export type { CardSource } from '../compare/item-card-schema';
/** What each message to the background is answered with. */
export type ResponseFor = { [Type in MessageTo<'background'>]: ResponseOf<Type> };
