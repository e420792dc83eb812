import { describeIssues, z } from '../validation';
import { lazySchema } from '../validation/lazy-schema';
import { findDuplicateJsonKey } from './find-duplicate-json-key';
import { isIsoDate } from './is-iso-date';

// `abort` stops at the first failure: a malformed date is reported once, not
// also as "not a real date".
const isoDate = () =>
  z
    .string()
    .check(
      z.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'is not an ISO date (YYYY-MM-DD)', abort: true }),
      z.refine(isIsoDate, 'is not a real date'),
    );

const nullableText = () =>
  z.nullable(z.string().check(z.trim(), z.minLength(1, 'is empty (use null for unknown)')));

// Built on first use (lib/validation/lazy-schema.ts): the content script imports this module's neighbours.
export const manifestEntrySchema = lazySchema(() =>
  z.strictObject({
    outlet: nullableText(),
    title: nullableText(),
    author: nullableText(),
    published: z.nullable(isoDate()),
    /** Set when the date is inferred (e.g. from "arrives on August 6"), not stated. */
    publishedApproximate: z.optional(z.boolean()),
    url: z.nullable(z.url({ protocol: /^https?$/ })),
    /** Where each fact comes from; free text for people, ignored by the code. */
    notes: z.optional(z.string()),
  }),
);

/** Source id (file name without `.txt`) → what is known about it. */
export const manifestSchema = lazySchema(() =>
  z.record(
    z.string().check(z.regex(/^[\w.-]+$/, 'is not a valid source id (letters, digits, _ . -)')),
    manifestEntrySchema,
  ),
);

export type ManifestEntry = z.infer<typeof manifestEntrySchema>;
export type Manifest = z.infer<typeof manifestSchema>;

export class CorpusError extends Error {
  override name = 'CorpusError';
}

/** Parses manifest JSON text; `file` is only used to make the error say where. */
export function parseManifest(jsonText: string, file: string): Manifest {
  let raw: unknown;
  try {
    raw = JSON.parse(jsonText);
  } catch (error) {
    throw new CorpusError(`corpus: ${file}: not valid JSON (${(error as Error).message})`);
  }
  const duplicate = findDuplicateJsonKey(jsonText);
  if (duplicate !== null) {
    throw new CorpusError(
      `corpus: ${file}: manifest field "${duplicate}": given twice (JSON would keep only the last)`,
    );
  }
  const result = manifestSchema.safeParse(raw);
  if (!result.success) {
    throw new CorpusError(`corpus: ${file}: manifest ${describeIssues(result.error)}`);
  }
  return result.data;
}
