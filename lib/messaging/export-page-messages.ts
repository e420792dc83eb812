import { userSourceDraftSchema, userSourceIdSchema } from '../user-sources/user-source-schema';
import { z } from '../validation/zod';
import { lazySchema } from '../validation/lazy-schema';

/**
 * The streamed export's page (messages.ts declares the message): the options
 * page pulls the reader's sources a page at a time, in id order after a
 * cursor, so neither the background nor the page ever holds them all.
 */

/** Sources per page: a few hundred kilobytes of typical articles per message. */
export const MAX_EXPORT_PAGE_SOURCES = 100;
/**
 * A page ends early once its texts reach this many characters (a page holds at
 * least one source): a hundred 400,000-character articles would make one
 * 80 MB message; this keeps a page near 4 MB whatever the articles' length.
 */
export const EXPORT_PAGE_TEXT_BUDGET = 2_000_000;

export const exportPageResponseSchema = lazySchema(() =>
  z.strictObject({
    type: z.literal('user-sources-export-page'),
    sources: z.array(userSourceDraftSchema).check(z.maxLength(MAX_EXPORT_PAGE_SOURCES)),
    /** The cursor for the next page (the last id read); null when this page was the last. */
    next: z.nullable(userSourceIdSchema),
  }),
);
export type ExportPageResponse = z.infer<typeof exportPageResponseSchema>;
