import { z } from '../validation/zod';
import { lazySchema } from '../validation/lazy-schema';
import type { RequestOf } from './messages';
import { MAX_ID_LENGTH, pageStorySchema } from './protocol';

/**
 * What a tab's content script answers (messages.ts declares the messages to
 * and from it), and names for those messages.
 */

/** DNS names are at most 253 characters. */
const MAX_HOSTNAME_LENGTH = 253;
const itemId = lazySchema(() => z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH)));

export const pageItemsResponseSchema = lazySchema(() =>
  z.strictObject({
    type: z.literal('page-items'),
    /** The page's host: the popup cannot read a tab's URL without the `tabs` permission. */
    hostname: z.string().check(z.maxLength(MAX_HOSTNAME_LENGTH)),
    /** False where Parallax is switched off (for the site, or paused): then there are no items. */
    active: z.boolean(),
    /** The corpus article this page is, if it is one. */
    pageSourceId: z.nullable(itemId),
    /** The story the page belongs to; null off-story (or before it is known). */
    story: z.nullable(pageStorySchema),
    /** Highlighted items, in order of first mention, with how many mentions are highlighted. */
    items: z.array(z.strictObject({ id: itemId, count: z.int().check(z.minimum(1)) })),
  }),
);
export type PageItemsResponse = z.infer<typeof pageItemsResponseSchema>;

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

export type FocusMentionMessage = RequestOf<'focus-mention'>;
