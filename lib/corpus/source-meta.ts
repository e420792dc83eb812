import { z } from 'zod';

/** What is known about a source; every field is a fact or `null`, never a guess. */
export const sourceMetaSchema = z.strictObject({
  id: z.string().min(1),
  outlet: z.string().nullable(),
  title: z.string().nullable(),
  author: z.string().nullable(),
  /** ISO date (YYYY-MM-DD). */
  published: z.string().nullable(),
  /** True when `published` is an estimate from the text rather than a stated date. */
  publishedApproximate: z.boolean(),
  url: z.string().nullable(),
});

export type SourceMeta = z.infer<typeof sourceMetaSchema>;
