import { z } from 'zod';
import { describeIssues } from '../validation';
import { aliasSchema, entityKindSchema } from './catalogue-schema';

/** Names an item by its id, label or any alias (case-insensitive). */
const itemRef = z.string().min(1);

/**
 * Curated refinements of the automatic catalogue (`seeds/entities.json`).
 * Applied in the order of the fields below; every reference must resolve, so
 * a typo fails the build instead of silently doing nothing.
 */
export const overridesSchema = z.strictObject({
  /** Terms never to treat as items (matched against labels and aliases, case-insensitive). */
  block: z.array(z.string().min(1)).default([]),
  /** New items the extractor cannot find. */
  add: z
    .array(
      z.strictObject({
        label: z.string().min(1),
        kind: entityKindSchema,
        aliases: z.array(z.union([z.string().min(1), aliasSchema])).default([]),
      }),
    )
    .default([]),
  /** Groups of items that are one item; the first names the result. */
  merge: z.array(z.array(itemRef).min(2)).default([]),
  /** Aliases moved out of an item into a new one. */
  split: z
    .array(
      z.strictObject({
        from: itemRef,
        label: z.string().min(1),
        kind: entityKindSchema.optional(),
        aliases: z.array(z.string().min(1)).min(1),
      }),
    )
    .default([]),
  /** Extra aliases for an item. */
  aliases: z.record(itemRef, z.array(z.union([z.string().min(1), aliasSchema]))).default({}),
  /** Corrected kinds. */
  kinds: z.record(itemRef, entityKindSchema).default({}),
  /** Corrected labels. */
  labels: z.record(itemRef, z.string().min(1)).default({}),
});

export type Overrides = z.infer<typeof overridesSchema>;

export class OverridesError extends Error {
  override name = 'OverridesError';
}

export function parseOverrides(jsonText: string, file: string): Overrides {
  let raw: unknown;
  try {
    raw = JSON.parse(jsonText);
  } catch (error) {
    throw new OverridesError(`entities: ${file}: not valid JSON (${(error as Error).message})`);
  }
  const result = overridesSchema.safeParse(raw);
  if (!result.success)
    throw new OverridesError(`entities: ${file}: overrides ${describeIssues(result.error)}`);
  return result.data;
}
