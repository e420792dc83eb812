import { z } from '../validation/zod';
import { lazySchema } from '../validation/lazy-schema';
import { MAX_ID_LENGTH } from './protocol';

/**
 * Messages to and from a tab's content script (through `tabs.sendMessage`
 * and `runtime.sendMessage`), one zod schema each, parsed before use.
 */

/** DNS names are at most 253 characters. */
const MAX_HOSTNAME_LENGTH = 253;
const itemId = lazySchema(() => z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH)));

/** Background → content script: move to the next or previous highlighted item (keyboard command). */
export const focusMentionMessageSchema = lazySchema(() =>
  z.strictObject({
    type: z.literal('focus-mention'),
    direction: z.enum(['next', 'previous']),
  }),
);
export type FocusMentionMessage = z.infer<typeof focusMentionMessageSchema>;

/** Sidebar → content script: scroll to the item's next mention and flash it. */
export const focusItemMessageSchema = lazySchema(() =>
  z.strictObject({
    type: z.literal('focus-item'),
    entityId: itemId,
  }),
);
export type FocusItemMessage = z.infer<typeof focusItemMessageSchema>;

/** Sidebar → content script: which items are highlighted here, and is the page a corpus article? */
export const pageItemsRequestSchema = lazySchema(() => z.strictObject({ type: z.literal('page-items') }));
export type PageItemsRequest = z.infer<typeof pageItemsRequestSchema>;

export const pageItemsResponseSchema = lazySchema(() =>
  z.strictObject({
    type: z.literal('page-items'),
    /** The page's host: the popup cannot read a tab's URL without the `tabs` permission. */
    hostname: z.string().check(z.maxLength(MAX_HOSTNAME_LENGTH)),
    /** False where Parallax is switched off (for the site, or paused): then there are no items. */
    active: z.boolean(),
    /** The corpus article this page is, if it is one. */
    pageSourceId: z.nullable(itemId),
    /** Highlighted items, in order of first mention, with how many mentions are highlighted. */
    items: z.array(z.strictObject({ id: itemId, count: z.int().check(z.minimum(1)) })),
  }),
);
export type PageItemsResponse = z.infer<typeof pageItemsResponseSchema>;

/** Content script → extension pages: the reader rests on a mention (the sidebar marks the item). */
export const mentionHoveredMessageSchema = lazySchema(() =>
  z.strictObject({
    type: z.literal('mention-hovered'),
    entityId: itemId,
  }),
);
export type MentionHoveredMessage = z.infer<typeof mentionHoveredMessageSchema>;

/** Popup → content script ("Add this page"): the page's HTML, to read its article outside the page. */
export const pageHtmlRequestSchema = lazySchema(() => z.strictObject({ type: z.literal('page-html') }));
export type PageHtmlRequest = z.infer<typeof pageHtmlRequestSchema>;

/** Bigger pages than this are not articles a reader adds; refusing them bounds the message. */
export const MAX_PAGE_HTML = 20_000_000;
export const pageHtmlResponseSchema = lazySchema(() =>
  z.strictObject({
    type: z.literal('page-html'),
    url: z.string().check(z.maxLength(4096)),
    html: z.string().check(z.maxLength(MAX_PAGE_HTML)),
  }),
);
export type PageHtmlResponse = z.infer<typeof pageHtmlResponseSchema>;

/** Every message a content script may receive. */
export const contentScriptMessageSchema = lazySchema(() =>
  z.discriminatedUnion('type', [
    focusMentionMessageSchema,
    focusItemMessageSchema,
    pageItemsRequestSchema,
    pageHtmlRequestSchema,
  ]),
);
export type ContentScriptMessage = z.infer<typeof contentScriptMessageSchema>;
