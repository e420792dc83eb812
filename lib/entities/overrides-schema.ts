import { describeIssues, z } from '../validation';
import { lazySchema } from '../validation/lazy-schema';
import { aliasSchema, entityKindSchema } from './catalogue-schema';

/**
 * Curated refinements of the automatic catalogue (`seeds/entities.json`).
 * Applied in the order of the fields below; every reference must resolve, so
 * a typo fails the build instead of silently doing nothing.
 */
export const overridesSchema = lazySchema(() => {
  /** Names an item by its id, label or any alias (case-insensitive). */
  const itemRef = z.string().check(z.minLength(1));
  const text = z.string().check(z.minLength(1));
  return z.strictObject({
    /** Terms never to treat as items (matched against labels and aliases, case-insensitive). */
    block: z._default(z.array(text), []),
    /** New items the extractor cannot find. */
    add: z._default(
      z.array(
        z.strictObject({
          label: text,
          kind: entityKindSchema,
          aliases: z._default(z.array(z.union([text, aliasSchema])), []),
        }),
      ),
      [],
    ),
    /** Groups of items that are one item; the first names the result. */
    merge: z._default(z.array(z.array(itemRef).check(z.minLength(2))), []),
    /** Aliases moved out of an item into a new one. */
    split: z._default(
      z.array(
        z.strictObject({
          from: itemRef,
          label: text,
          kind: z.optional(entityKindSchema),
          aliases: z.array(text).check(z.minLength(1)),
        }),
      ),
      [],
    ),
    /** Extra aliases for an item. */
    aliases: z._default(z.record(itemRef, z.array(z.union([text, aliasSchema]))), {}),
    /** Corrected kinds. */
    kinds: z._default(z.record(itemRef, entityKindSchema), {}),
    /** Corrected labels. */
    labels: z._default(z.record(itemRef, text), {}),
  });
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
