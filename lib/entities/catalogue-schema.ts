import { z } from '../validation/zod';
import { lazySchema } from '../validation/lazy-schema';

export const ENTITY_KINDS = ['person', 'organisation', 'place', 'topic', 'date'] as const;
export const entityKindSchema = lazySchema(() => z.enum(ENTITY_KINDS));
export type EntityKind = z.infer<typeof entityKindSchema>;

export const aliasSchema = lazySchema(() =>
  z.strictObject({
    text: z.string().check(z.minLength(1)),
    /** Acronyms ("US", "ISW") match only in capitals. */
    caseSensitive: z.boolean(),
  }),
);
export type Alias = z.infer<typeof aliasSchema>;

export const entitySchema = lazySchema(() =>
  z.strictObject({
    /** Stable slug of the label, e.g. `steve-witkoff`. */
    id: z.string().check(z.regex(/^[a-z0-9-]+$/u)),
    label: z.string().check(z.minLength(1)),
    kind: entityKindSchema,
    aliases: z.array(aliasSchema).check(z.minLength(1)),
    /** Source id → ids of the passages (search index) that mention the item. */
    sources: z.record(z.string(), z.array(z.string())),
    /** Total mentions in the corpus. */
    mentions: z.int().check(z.nonnegative()),
    /** Items a mention of this one also reports ("oil refineries" → "refineries"), so a passage serves each. */
    also: z.optional(z.array(z.string().check(z.regex(/^[a-z0-9-]+$/u)))),
  }),
);
export type Entity = z.infer<typeof entitySchema>;

export const catalogueSchema = lazySchema(() =>
  z.strictObject({
    format: z.literal(1),
    entities: z.array(entitySchema),
  }),
);
export type Catalogue = z.infer<typeof catalogueSchema>;

/** Proper names keep their capitals when matched; topics and dates match in any case. */
export function isProperKind(kind: EntityKind): boolean {
  return kind === 'person' || kind === 'organisation' || kind === 'place';
}
