import { z } from 'zod';

/** [start, end) offsets inside a hit's `text` to emphasise. */
export const emphasisSchema = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);

/** A search result, complete enough to render without the corpus. */
export const searchHitSchema = z.object({
  id: z.string(),
  sourceId: z.string(),
  outlet: z.string().nullable(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  publishedApproximate: z.boolean(),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  score: z.number(),
  terms: z.array(z.string()),
  emphasis: z.array(emphasisSchema),
  /** Catalogue items the passage mentions. */
  entities: z.array(z.string()),
});

export type SearchHit = z.infer<typeof searchHitSchema>;
