import { z } from '../validation/zod';
import { lazySchema } from '../validation/lazy-schema';

const offset = lazySchema(() => z.int().check(z.nonnegative()));

/** [start, end) offsets inside a hit's `text` to emphasise. */
export const emphasisSchema = lazySchema(() => z.tuple([offset, offset]));

/** A search result, complete enough to render without the corpus. */
export const searchHitSchema = lazySchema(() =>
  z.object({
    id: z.string(),
    sourceId: z.string(),
    outlet: z.nullable(z.string()),
    title: z.nullable(z.string()),
    /** The source's lead sentence, which names it when it has no title (SourceMeta's `lead`). */
    lead: z.optional(z.nullable(z.string())),
    published: z.nullable(z.string()),
    publishedApproximate: z.boolean(),
    text: z.string(),
    start: z.int(),
    end: z.int(),
    score: z.number(),
    terms: z.array(z.string()),
    emphasis: z.array(emphasisSchema),
    /** Catalogue items the passage mentions. */
    entities: z.array(z.string()),
    /**
     * The story of the passage's source, set by whoever holds the stories (the
     * background, the query CLI); null when the source is in none yet.
     */
    storyId: z.optional(z.nullable(z.string())),
  }),
);

export type SearchHit = z.infer<typeof searchHitSchema>;
