import { z } from '../validation/zod';
import { lazySchema } from '../validation/lazy-schema';

/** What is known about a source; every field is a fact or `null`, never a guess. */
export const sourceMetaSchema = lazySchema(() =>
  z.strictObject({
    id: z.string().check(z.minLength(1)),
    outlet: z.nullable(z.string()),
    title: z.nullable(z.string()),
    /**
     * The first sentence of the text, shortened, that names the source when it
     * has no title; null when it has a title or no sentence. Absent on sources
     * built before it existed.
     */
    lead: z.optional(z.nullable(z.string())),
    author: z.nullable(z.string()),
    /** ISO date (YYYY-MM-DD). */
    published: z.nullable(z.string()),
    /** True when `published` is an estimate from the text rather than a stated date. */
    publishedApproximate: z.boolean(),
    url: z.nullable(z.string()),
    /** Set on the reader's own sources (added from a page or a file), absent on the bundled ones. */
    yours: z.optional(z.literal(true)),
  }),
);

export type SourceMeta = z.infer<typeof sourceMetaSchema>;
