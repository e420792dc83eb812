import {
  MAX_IMPORT_SOURCES,
  userSourceDraftSchema,
  userSourceIdSchema,
} from '../user-sources/user-source-schema';
import { z } from '../validation/zod';
import { lazySchema } from '../validation/lazy-schema';
import { defineMessages, type AnyMessage, type Receiver } from './define-messages';
import { pageHtmlResponseSchema, pageItemsResponseSchema } from './page-messages';
import { keepAnswerSchema, keepUndoneSchema } from './keep-messages';
import { itemsExtractedSchema } from './item-messages';
import { userSourceSchema } from '../user-sources/user-source-schema';
import { exportPageResponseSchema, MAX_EXPORT_PAGE_SOURCES } from './export-page-messages';
import {
  compareResponseSchema,
  coverageResponseSchema,
  itemCardResponseSchema,
  MAX_ID_LENGTH,
  MAX_PAGE_CONTEXT,
  MAX_PAGE_ITEMS,
  MAX_PAGE_MENTIONS,
  MAX_PAGE_TEXT,
  MAX_QUERY_LENGTH,
  MAX_RESULT_LIMIT,
  MAX_SELECTION_LENGTH,
  openedResponseSchema,
  pageSetupResponseSchema,
  pageStoryResponseSchema,
  searchResponseSchema,
  sidebarViewSchema,
  sourcesListResponseSchema,
  storiesListResponseSchema,
  storyBriefingResponseSchema,
  userSourceSavedResponseSchema,
  userSourcesExportResponseSchema,
  userSourcesImportedResponseSchema,
} from './protocol';

const id = () => z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH));

/**
 * Every message between the extension's parts, declared once: who may send
 * it, who receives it, the request's fields (each bounded: a receiver parses
 * before it reads, and anything that does not parse is refused) and the
 * answer. Adding a message is an entry here and its handler.
 */
export const messages = defineMessages({
  // ── To the background ──

  /** Popup: search the corpus as the reader types. */
  search: {
    from: ['page'],
    to: 'background',
    fields: () => ({
      query: z.string().check(z.maxLength(MAX_QUERY_LENGTH)),
      limit: z.optional(z.int().check(z.minimum(1), z.maximum(MAX_RESULT_LIMIT))),
    }),
    response: () => searchResponseSchema,
  },
  /** A content script starting on a page (or the popup) asks what to look for. */
  'page-setup': {
    from: ['content', 'page'],
    to: 'background',
    fields: () => ({}),
    response: () => pageSetupResponseSchema,
  },
  /**
   * A content script after its first scan: which story the page belongs to, and which of its items to
   * highlight. The page's readable text stays in the browser (the background is the extension's own).
   */
  'page-story': {
    from: ['content'],
    to: 'background',
    fields: () => ({
      text: z.string().check(z.maxLength(MAX_PAGE_TEXT)),
      /** The item of each mention found (repeats count: they weigh the story match). */
      entityIds: z.array(id()).check(z.maxLength(MAX_PAGE_MENTIONS)),
      /** The corpus article the page is, if it is one: it is on that article's story. */
      pageSourceId: z.nullable(id()),
    }),
    response: () => pageStoryResponseSchema,
  },
  /** The card for one item, as seen from a page that may itself be one of the sources. */
  'item-card': {
    from: ['content'],
    to: 'background',
    fields: () => ({
      entityId: id(),
      /** The source this page is, if it is one: it is left out of "other sources". */
      pageSourceId: z.nullable(id()),
      /** The story the page belongs to, if any: its sources come first, facts are set against each other within it. */
      pageStoryId: z.optional(z.nullable(id())),
      /** The page's words around the mention, to set its own figures beside the sources' (stays in the browser). */
      pageContext: z.optional(z.string().check(z.maxLength(MAX_PAGE_CONTEXT))),
    }),
    response: () => itemCardResponseSchema,
  },
  /** "Search" from a card: open the corpus search for a query in a new tab. */
  'open-search': {
    from: ['content'],
    to: 'background',
    fields: () => ({ query: z.string().check(z.maxLength(MAX_QUERY_LENGTH)) }),
    response: () => openedResponseSchema,
  },
  /**
   * Sidebar: how the sources report an item or a query. `query`: an item's id, label or alias, what a
   * person typed, or a selected passage, which is set beside each source's closest passages.
   */
  compare: {
    from: ['page'],
    to: 'background',
    fields: () => ({
      query: z.string().check(z.minLength(1), z.maxLength(MAX_SELECTION_LENGTH)),
      subject: z.optional(z.enum(['query', 'selection'])),
    }),
    response: () => compareResponseSchema,
  },
  /** Sidebar: who else mentions the items of a page, for its coverage matrix. */
  coverage: {
    from: ['page'],
    to: 'background',
    fields: () => ({ entityIds: z.array(id()).check(z.maxLength(MAX_PAGE_ITEMS)) }),
    response: () => coverageResponseSchema,
  },
  /**
   * Sidebar: a story's briefing. `storyId` null: the story of `pageSourceId` (a page that is a corpus
   * article); with `pageItemIds`, the items on the page, it says what the page lacks and what only it reports.
   */
  'story-briefing': {
    from: ['page'],
    to: 'background',
    fields: () => ({
      storyId: z.nullable(id()),
      pageSourceId: z.nullable(id()),
      pageItemIds: z.optional(z.array(id()).check(z.maxLength(MAX_PAGE_ITEMS))),
    }),
    response: () => storyBriefingResponseSchema,
  },
  /** Sidebar: the corpus' stories, for its stories view. */
  'stories-list': {
    from: ['page'],
    to: 'background',
    fields: () => ({}),
    response: () => storiesListResponseSchema,
  },
  /** From a card ("Compare in sidebar"): open the sidebar of the sender's tab on a view. */
  'open-sidebar': {
    from: ['content'],
    to: 'background',
    fields: () => ({ view: sidebarViewSchema }),
    response: () => openedResponseSchema,
  },
  /** Options page: every source, bundled and the reader's, and which are hidden. */
  'sources-list': {
    from: ['page'],
    to: 'background',
    fields: () => ({}),
    response: () => sourcesListResponseSchema,
  },
  /** Popup ("Add this page") or options: add an article; the same page again updates it. */
  'user-source-add': {
    from: ['page'],
    to: 'background',
    fields: () => ({ source: userSourceDraftSchema }),
    response: () => userSourceSavedResponseSchema,
  },
  /** Options: correct the facts of one of the reader's sources (its text stays). */
  'user-source-edit': {
    from: ['page'],
    to: 'background',
    fields: () => ({
      id: userSourceIdSchema,
      facts: z.strictObject({
        outlet: userSourceDraftSchema.shape.outlet,
        title: userSourceDraftSchema.shape.title,
        author: userSourceDraftSchema.shape.author,
        published: userSourceDraftSchema.shape.published,
        url: userSourceDraftSchema.shape.url,
      }),
    }),
    response: () => userSourceSavedResponseSchema,
  },
  'user-source-remove': {
    from: ['page'],
    to: 'background',
    fields: () => ({ id: userSourceIdSchema }),
    response: () => sourcesListResponseSchema,
  },
  /** Options: the articles of the imported files, added in one change. */
  'user-sources-import': {
    from: ['page'],
    to: 'background',
    fields: () => ({
      sources: z.array(userSourceDraftSchema).check(z.minLength(1), z.maxLength(MAX_IMPORT_SOURCES)),
    }),
    response: () => userSourcesImportedResponseSchema,
  },
  'user-sources-export': {
    from: ['page'],
    to: 'background',
    fields: () => ({}),
    response: () => userSourcesExportResponseSchema,
  },
  /** Options ("Export"): one page of the reader's sources, in id order after `after` (streamed export). */
  'user-sources-export-page': {
    from: ['page'],
    to: 'background',
    fields: () => ({
      after: z.nullable(userSourceIdSchema),
      limit: z.int().check(z.minimum(1), z.maximum(MAX_EXPORT_PAGE_SOURCES)),
    }),
    response: () => exportPageResponseSchema,
  },
  /** Options, after the retention settings changed: apply them now; answers the list as it then is. */
  'user-sources-retain': {
    from: ['page'],
    to: 'background',
    fields: () => ({}),
    response: () => sourcesListResponseSchema,
  },
  /** Options: leave a source (bundled or the reader's) out of every comparison, or bring it back. */
  'source-hide': {
    from: ['page'],
    to: 'background',
    fields: () => ({ sourceId: id(), hidden: z.boolean() }),
    response: () => sourcesListResponseSchema,
  },

  /**
   * A content script whose reader has read its page ("Keep what I read", lib/keep): keep the article.
   * The background decides again from the sender's tab (a private window keeps nothing) and address;
   * `confirmed`: the reader said yes to the notice a site's "ask" rule shows.
   */
  'keep-article': {
    from: ['content'],
    to: 'background',
    fields: () => ({ source: userSourceDraftSchema, confirmed: z.boolean() }),
    response: () => keepAnswerSchema,
  },
  /** The "kept" notice's undo: remove the article this tab's keep just added. */
  'keep-undo': {
    from: ['content'],
    to: 'background',
    fields: () => ({ sourceId: userSourceIdSchema }),
    response: () => keepUndoneSchema,
  },

  // ── To a tab's content script ──

  /** Keyboard command: move to the next or previous highlighted item. */
  'focus-mention': {
    from: ['background'],
    to: 'tab',
    fields: () => ({ direction: z.enum(['next', 'previous']) }),
  },
  /** Sidebar: scroll to the item's next mention and flash it. */
  'focus-item': {
    from: ['page'],
    to: 'tab',
    fields: () => ({ entityId: id() }),
  },
  /** Popup, sidebar: which items are highlighted here, and is the page a corpus article? */
  'page-items': {
    from: ['page'],
    to: 'tab',
    fields: () => ({}),
    response: () => pageItemsResponseSchema,
  },
  /** Popup ("Add this page"): the page's HTML, to read its article outside the page. */
  'page-html': {
    from: ['page'],
    to: 'tab',
    fields: () => ({}),
    response: () => pageHtmlResponseSchema,
  },

  // ── To Chrome's offscreen document ──

  /**
   * The background, before an added article enters its queue: the article's would-be items, found
   * by the build's extractor (compromise) in the item worker the offscreen document runs.
   */
  'extract-items': {
    from: ['background'],
    to: 'offscreen',
    fields: () => ({ source: userSourceSchema }),
    response: () => itemsExtractedSchema,
  },

  // ── To the extension's pages ──

  /** The reader rests on a mention: an open sidebar marks the item. */
  'mention-hovered': {
    from: ['content'],
    to: 'pages',
    fields: () => ({ entityId: id() }),
  },
  /**
   * A content script's page changed under an open sidebar: a history-API navigation started a fresh run,
   * or a rescan changed the items shown. The sidebar showing that tab reloads its page data.
   */
  'page-changed': {
    from: ['content'],
    to: 'pages',
    fields: () => ({}),
  },
});

type Table = typeof messages;
/** The table as the code that works on any message sees it. */
export const messageTable: Readonly<Record<MessageType, AnyMessage>> = messages;
export type MessageType = keyof Table;
/** The messages a receiver handles. */
export type MessageTo<To extends Receiver> = {
  [Type in MessageType]: Table[Type]['to'] extends To ? Type : never;
}[MessageType];
export type RequestOf<Type extends MessageType> = z.infer<Table[Type]['request']>;
/** The answer to a message; `undefined` for one that expects none. */
export type ResponseOf<Type extends MessageType> =
  Table[Type]['response'] extends z.ZodMiniType<infer Answer> ? Answer : undefined;
/** Any message a receiver handles. */
export type RequestTo<To extends Receiver> = { [Type in MessageTo<To>]: RequestOf<Type> }[MessageTo<To>];

/** Every request a receiver handles, as one discriminated union (built on first use). */
function inboundSchema(to: Receiver) {
  return lazySchema(() => {
    const [first, ...rest] = Object.values(messageTable)
      .filter((message) => message.to === to)
      .map((message) => message.request as z.ZodMiniObject<{ type: z.ZodMiniLiteral<string> }>);
    if (!first) throw new Error(`messaging: no message is addressed to ${to}`);
    return z.discriminatedUnion('type', [first, ...rest]);
  });
}
/** What each receiver parses an inbound message with. */
export const inboundSchemas = {
  background: inboundSchema('background'),
  tab: inboundSchema('tab'),
  pages: inboundSchema('pages'),
  offscreen: inboundSchema('offscreen'),
};
/** Any request to the background. */
export const requestSchema = inboundSchemas.background;
