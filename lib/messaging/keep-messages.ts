import { z } from '../validation/zod';
import { lazySchema } from '../validation/lazy-schema';

/** What the background answers a content script's "keep what I read" messages (messages.ts declares them). */

export const keepAnswerSchema = lazySchema(() =>
  z.strictObject({
    type: z.literal('keep-answer'),
    /** `skipped`: not kept, `reason` says why (lib/keep's SkipReason); `ask`: the site's rule asks the reader first. */
    outcome: z.enum(['added', 'updated', 'skipped', 'ask']),
    sourceId: z.nullable(z.string().check(z.maxLength(100))),
    reason: z.nullable(z.string().check(z.maxLength(40))),
  }),
);
export type KeepAnswer = z.infer<typeof keepAnswerSchema>;

export const keepUndoneSchema = lazySchema(() =>
  z.strictObject({ type: z.literal('keep-undone'), undone: z.boolean() }),
);
export type KeepUndone = z.infer<typeof keepUndoneSchema>;
