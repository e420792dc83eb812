import { userSourceSchema } from '../user-sources/user-source-schema';
import { lazySchema } from '../validation/lazy-schema';
import { z } from '../validation/zod';

/**
 * What the item worker answers (messages.ts declares "extract-items", the
 * background's request to the offscreen document; the worker's own envelope
 * below carries the same request and answer, with an id to pair them).
 */

/** Distinct names in one article: a 400,000-character article holds a few thousand; far more is not an article. */
export const MAX_ARTICLE_PHRASES = 20_000;
/** Spellings of one name in one article. */
const MAX_LABELS = 200;
/** A name's key or spelling: names run to a few words; longer runs are not names. */
const MAX_PHRASE = 300;
const MAX_ERROR = 1000;

const count = () => z.int().check(z.nonnegative());
const phrase = () => z.string().check(z.minLength(1), z.maxLength(MAX_PHRASE));
function atMost(limit: number) {
  return z.refine<Record<string, unknown>>(
    (record) => Object.keys(record).length <= limit,
    `has more than ${limit} entries`,
  );
}

export const phraseCountSchema = lazySchema(() =>
  z.strictObject({
    labels: z.record(phrase(), count()).check(atMost(MAX_LABELS)),
    count: count(),
    votes: z.strictObject({
      person: z.optional(count()),
      organisation: z.optional(count()),
      place: z.optional(count()),
    }),
    acronym: z.boolean(),
    openingOnly: z.optional(z.boolean()),
  }),
);

/** One article's would-be items by phrase key (lib/user-sources' PhraseCount). */
export const articlePhrasesSchema = lazySchema(() =>
  z.record(phrase(), phraseCountSchema).check(atMost(MAX_ARTICLE_PHRASES)),
);

export const itemsExtractedSchema = lazySchema(() =>
  z.strictObject({ type: z.literal('items-extracted'), phrases: articlePhrasesSchema }),
);
export type ItemsExtracted = z.infer<typeof itemsExtractedSchema>;

/** The offscreen document (or Firefox's background page) to its worker. */
export const itemWorkerRequestSchema = lazySchema(() =>
  z.strictObject({ id: count(), source: userSourceSchema }),
);
export type ItemWorkerRequest = z.infer<typeof itemWorkerRequestSchema>;

/** The worker's answer to one request: the items, or why it could not find them. */
export const itemWorkerAnswerSchema = lazySchema(() =>
  z.union([
    z.strictObject({ id: count(), answer: itemsExtractedSchema }),
    z.strictObject({ id: count(), error: z.string().check(z.maxLength(MAX_ERROR)) }),
  ]),
);
export type ItemWorkerAnswer = z.infer<typeof itemWorkerAnswerSchema>;
