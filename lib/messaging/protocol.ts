import { sourceMetaSchema } from '../corpus/source-meta';
import { aliasSchema, entityKindSchema } from '../entities/catalogue-schema';
import { emphasisSchema, searchHitSchema } from '../search/search-hit';
import { comparisonSchema } from '../compare/comparison-schema';
import {
  MAX_IMPORT_SOURCES,
  userSourceDraftSchema,
  userSourceIdSchema,
} from '../user-sources/user-source-schema';
import { z } from '../validation/zod';
import { lazySchema } from '../validation/lazy-schema';

/**
 * Every message between extension parts, one zod schema each. A receiver
 * parses before it reads any field; anything that does not parse is refused.
 */

/** Longer queries are not searches a person types; refusing them bounds work. */
export const MAX_QUERY_LENGTH = 500;
export const MAX_RESULT_LIMIT = 100;

const count = lazySchema(() => z.int().check(z.nonnegative()));

export const searchRequestSchema = lazySchema(() =>
  z.strictObject({
    type: z.literal('search'),
    query: z.string().check(z.maxLength(MAX_QUERY_LENGTH)),
    limit: z.optional(z.int().check(z.minimum(1), z.maximum(MAX_RESULT_LIMIT))),
  }),
);

/** Bounds what a content script may send about a page: ids and URLs, never its text. */
export const MAX_ID_LENGTH = 200;
const MAX_URL_LENGTH = 4096;
/** Around a mention, a paragraph's worth of the page is enough to read its figures. */
export const MAX_PAGE_CONTEXT = 2000;

/** A content script starting on a page asks what to look for. */
export const pageSetupRequestSchema = lazySchema(() =>
  z.strictObject({
    type: z.literal('page-setup'),
  }),
);

/** The card for one item, as seen from a page that may itself be one of the sources. */
export const itemCardRequestSchema = lazySchema(() =>
  z.strictObject({
    type: z.literal('item-card'),
    entityId: z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH)),
    /** The source this page is, if it is one: it is left out of "other sources". */
    pageSourceId: z.nullable(z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH))),
    /** The page's words around the mention, to set its own figures beside the sources' (stays in the browser). */
    pageContext: z.optional(z.string().check(z.maxLength(MAX_PAGE_CONTEXT))),
  }),
);

/** "Search" from a card: open the corpus search for a query in a new tab. */
export const openSearchRequestSchema = lazySchema(() =>
  z.strictObject({
    type: z.literal('open-search'),
    query: z.string().check(z.maxLength(MAX_QUERY_LENGTH)),
  }),
);

/** How the sources report an item or a query: facts, agreements, differences, facets. */
/** Longest selection the sidebar compares: a few sentences. */
export const MAX_SELECTION_LENGTH = 2000;

/** `query`: an item's id, label or alias, what a person typed, or a selected passage. */
export const compareRequestSchema = lazySchema(() =>
  z.strictObject({
    type: z.literal('compare'),
    query: z.string().check(z.minLength(1), z.maxLength(MAX_SELECTION_LENGTH)),
    /** A selected passage is set beside each source's closest passages; a query is searched for. */
    subject: z.optional(z.enum(['query', 'selection'])),
  }),
);

/** Items on a page: who else mentions them, for the sidebar's coverage matrix. */
export const MAX_PAGE_ITEMS = 2000;
export const coverageRequestSchema = lazySchema(() =>
  z.strictObject({
    type: z.literal('coverage'),
    entityIds: z
      .array(z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH)))
      .check(z.maxLength(MAX_PAGE_ITEMS)),
  }),
);

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

/** From a card ("Compare in sidebar"): open the sidebar of the sender's tab on a view. */
export const openSidebarRequestSchema = lazySchema(() =>
  z.strictObject({
    type: z.literal('open-sidebar'),
    view: sidebarViewSchema,
  }),
);

/** Options page: every source, bundled and the reader's, and which are hidden. */
export const sourcesListRequestSchema = lazySchema(() => z.strictObject({ type: z.literal('sources-list') }));

/** Popup ("Add this page") or options: add an article; the same page again updates it. */
export const userSourceAddRequestSchema = lazySchema(() =>
  z.strictObject({
    type: z.literal('user-source-add'),
    source: userSourceDraftSchema,
  }),
);

/** Options: correct the facts of one of the reader's sources (its text stays). */
export const userSourceEditRequestSchema = lazySchema(() =>
  z.strictObject({
    type: z.literal('user-source-edit'),
    id: userSourceIdSchema,
    facts: z.strictObject({
      outlet: userSourceDraftSchema.shape.outlet,
      title: userSourceDraftSchema.shape.title,
      author: userSourceDraftSchema.shape.author,
      published: userSourceDraftSchema.shape.published,
      url: userSourceDraftSchema.shape.url,
    }),
  }),
);

export const userSourceRemoveRequestSchema = lazySchema(() =>
  z.strictObject({
    type: z.literal('user-source-remove'),
    id: userSourceIdSchema,
  }),
);

/** Options: the articles of the imported files, added in one change. */
export const userSourcesImportRequestSchema = lazySchema(() =>
  z.strictObject({
    type: z.literal('user-sources-import'),
    sources: z.array(userSourceDraftSchema).check(z.minLength(1), z.maxLength(MAX_IMPORT_SOURCES)),
  }),
);

export const userSourcesExportRequestSchema = lazySchema(() =>
  z.strictObject({ type: z.literal('user-sources-export') }),
);

/** Options: leave a source (bundled or the reader's) out of every comparison, or bring it back. */
export const sourceHideRequestSchema = lazySchema(() =>
  z.strictObject({
    type: z.literal('source-hide'),
    sourceId: z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH)),
    hidden: z.boolean(),
  }),
);

export const requestSchema = lazySchema(() =>
  z.discriminatedUnion('type', [
    sourcesListRequestSchema,
    userSourceAddRequestSchema,
    userSourceEditRequestSchema,
    userSourceRemoveRequestSchema,
    userSourcesImportRequestSchema,
    userSourcesExportRequestSchema,
    sourceHideRequestSchema,
    coverageRequestSchema,
    openSidebarRequestSchema,
    compareRequestSchema,
    searchRequestSchema,
    pageSetupRequestSchema,
    itemCardRequestSchema,
    openSearchRequestSchema,
  ]),
);

export type Request = z.infer<typeof requestSchema>;
export type SearchRequest = z.infer<typeof searchRequestSchema>;
export type PageSetupRequest = z.infer<typeof pageSetupRequestSchema>;
export type ItemCardRequest = z.infer<typeof itemCardRequestSchema>;
export type OpenSearchRequest = z.infer<typeof openSearchRequestSchema>;
export type CompareRequest = z.infer<typeof compareRequestSchema>;
export type CoverageRequest = z.infer<typeof coverageRequestSchema>;
export type OpenSidebarRequest = z.infer<typeof openSidebarRequestSchema>;
export type SourcesListRequest = z.infer<typeof sourcesListRequestSchema>;
export type UserSourceAddRequest = z.infer<typeof userSourceAddRequestSchema>;
export type UserSourceEditRequest = z.infer<typeof userSourceEditRequestSchema>;
export type UserSourceRemoveRequest = z.infer<typeof userSourceRemoveRequestSchema>;
export type UserSourcesImportRequest = z.infer<typeof userSourcesImportRequestSchema>;
export type UserSourcesExportRequest = z.infer<typeof userSourcesExportRequestSchema>;
export type SourceHideRequest = z.infer<typeof sourceHideRequestSchema>;

export const searchResponseSchema = lazySchema(() =>
  z.strictObject({
    type: z.literal('search-result'),
    query: z.string(),
    hits: z.array(searchHitSchema),
    suggestions: z.array(z.string()),
    sourceCount: z.int(),
    sources: z.array(sourceMetaSchema),
  }),
);

/** What the content script matches: every item's aliases, without the per-source passages. */
export const pageItemSchema = lazySchema(() =>
  z.strictObject({
    id: z.string(),
    label: z.string(),
    kind: entityKindSchema,
    aliases: z.array(aliasSchema),
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

/** One source's say on an item: its best passages, the item's mentions emphasised. */
export const cardSourceSchema = lazySchema(() =>
  z.strictObject({
    source: sourceMetaSchema,
    passages: z.array(
      z.strictObject({
        id: z.string(),
        text: z.string(),
        emphasis: z.array(emphasisSchema),
      }),
    ),
    /** All passages of this source that mention the item (the card shows the best few). */
    mentionCount: count,
  }),
);
export type CardSource = z.infer<typeof cardSourceSchema>;

export const itemCardResponseSchema = lazySchema(() =>
  z.strictObject({
    type: z.literal('item-card'),
    item: z.strictObject({ id: z.string(), label: z.string(), kind: entityKindSchema }),
    /** Sources in the corpus, this page's own included. */
    sourceCount: count,
    /** Sources that mention the item, this page's own included. */
    mentionedByCount: count,
    /** The page's own source, when the page is one of the corpus articles. */
    pageSource: z.nullable(sourceMetaSchema),
    /** Other sources that mention the item, most mentions first. */
    others: z.array(cardSourceSchema),
    /** Other sources that do not mention it. */
    silent: z.array(sourceMetaSchema),
    /** Figures and quotations the sources set against each other: differences first. */
    findings: z._default(
      z.array(
        z.strictObject({
          status: z.enum(['agree', 'differ']),
          label: z.string(),
          values: z.array(
            z.strictObject({ sourceId: z.string(), text: z.string(), speaker: z.nullable(z.string()) }),
          ),
        }),
      ),
      [],
    ),
  }),
);
export type ItemCardResponse = z.infer<typeof itemCardResponseSchema>;

export const openSearchResponseSchema = lazySchema(() => z.strictObject({ type: z.literal('opened') }));

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
  }),
);
export type CompareResponse = z.infer<typeof compareResponseSchema>;

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

export type SearchResponse = z.infer<typeof searchResponseSchema>;
export type PageSetupResponse = z.infer<typeof pageSetupResponseSchema>;
export type OpenSearchResponse = z.infer<typeof openSearchResponseSchema>;
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

/** What each request type is answered with. */
export interface ResponseFor {
  search: SearchResponse;
  'page-setup': PageSetupResponse;
  'item-card': ItemCardResponse;
  'open-search': OpenSearchResponse;
  compare: CompareResponse;
  coverage: CoverageResponse;
  'open-sidebar': OpenSearchResponse;
  'sources-list': SourcesListResponse;
  'user-source-add': UserSourceSavedResponse;
  'user-source-edit': UserSourceSavedResponse;
  'user-source-remove': SourcesListResponse;
  'user-sources-import': UserSourcesImportedResponse;
  'user-sources-export': UserSourcesExportResponse;
  'source-hide': SourcesListResponse;
}

export const responseSchemas = {
  search: searchResponseSchema,
  'page-setup': pageSetupResponseSchema,
  'item-card': itemCardResponseSchema,
  'open-search': openSearchResponseSchema,
  compare: compareResponseSchema,
  coverage: coverageResponseSchema,
  'open-sidebar': openSearchResponseSchema,
  'sources-list': sourcesListResponseSchema,
  'user-source-add': userSourceSavedResponseSchema,
  'user-source-edit': userSourceSavedResponseSchema,
  'user-source-remove': sourcesListResponseSchema,
  'user-sources-import': userSourcesImportedResponseSchema,
  'user-sources-export': userSourcesExportResponseSchema,
  'source-hide': sourcesListResponseSchema,
} as const satisfies { [K in Request['type']]: z.ZodMiniType<ResponseFor[K]> };
