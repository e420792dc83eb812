import { isIsoDate } from '../corpus/is-iso-date';
import { lazySchema } from '../validation/lazy-schema';
import { z } from '../validation/zod';
export { USER_SOURCE_ID_PREFIX } from './is-user-source';

/**
 * A reader's own article as stored and exported: the facts they confirmed
 * (each `null` when unknown) and the clean text. The parsed article, its
 * passages and its items are derived from this, never stored instead of it.
 */

/** A long feature is ~100,000 characters; beyond this a file is not one article. */
export const MAX_ARTICLE_TEXT = 400_000;
const MAX_FIELD = 1000;
const MAX_URL = 4096;
/** One import or export: enough for a reading project, small enough for one message and one transaction. */
export const MAX_IMPORT_SOURCES = 1000;

const field = () =>
  z.nullable(
    z.string().check(z.trim(), z.minLength(1, 'is empty (use null for unknown)'), z.maxLength(MAX_FIELD)),
  );

// Built on first use (lib/validation/lazy-schema.ts): the message protocol, which every page's
// content script loads, names them.
export const isoDateSchema = lazySchema(() =>
  z
    .string()
    .check(
      z.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'is not an ISO date (YYYY-MM-DD)', abort: true }),
      z.refine(isIsoDate, 'is not a real date'),
    ),
);

export const userSourceDraftSchema = lazySchema(() =>
  z.strictObject({
    outlet: field(),
    title: field(),
    author: field(),
    published: z.nullable(isoDateSchema),
    url: z.nullable(z.url({ protocol: /^https?$/ }).check(z.maxLength(MAX_URL))),
    text: z.string().check(z.trim(), z.minLength(1, 'is empty'), z.maxLength(MAX_ARTICLE_TEXT)),
  }),
);
export type UserSourceDraft = z.infer<typeof userSourceDraftSchema>;

export const userSourceIdSchema = lazySchema(() =>
  z.string().check(z.regex(/^yours-[a-z0-9-]{1,80}$/u, 'is not a user source id (yours-…)')),
);

export const userSourceSchema = lazySchema(() =>
  z.strictObject({
    id: userSourceIdSchema,
    ...userSourceDraftSchema.shape,
  }),
);
export type UserSource = z.infer<typeof userSourceSchema>;

/** The one JSON file "Export" writes and "Import" reads back. */
export const USER_CORPUS_FORMAT = 'parallax-user-sources';
export const userCorpusFileSchema = lazySchema(() =>
  z.strictObject({
    format: z.literal(USER_CORPUS_FORMAT),
    version: z.literal(1),
    sources: z.array(userSourceDraftSchema).check(z.maxLength(MAX_IMPORT_SOURCES)),
  }),
);
export type UserCorpusFile = z.infer<typeof userCorpusFileSchema>;
