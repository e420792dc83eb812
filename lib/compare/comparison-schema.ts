import { z } from '../validation/zod';
import { lazySchema } from '../validation/lazy-schema';
import { entityKindSchema } from '../entities/catalogue-schema';
import { FACT_KINDS } from './facts/types';
import { storyRefSchema } from './source-stories';

const factKindSchema = lazySchema(() => z.enum(FACT_KINDS));
/** [low, high]; a high of null is no ceiling ("at least 159"): JSON, and so a message, has no Infinity. */
const rangeSchema = lazySchema(() => z.nullable(z.tuple([z.number(), z.nullable(z.number())])));

/** One fact as one source states it, with the sentence it came from. */
export const sourcedFactSchema = lazySchema(() =>
  z.strictObject({
    sourceId: z.string(),
    passageId: z.string(),
    kind: factKindSchema,
    /** The figure's words as written ("about 36 hours"). */
    text: z.string(),
    value: z.nullable(z.number()),
    range: rangeSchema,
    qualifier: z.nullable(z.string()),
    unit: z.nullable(z.string()),
    subject: z.nullable(z.string()),
    iso: z.nullable(z.string()),
    quote: z.nullable(z.string()),
    /** The speaker as written, and the catalogue person it resolves to. */
    speaker: z.nullable(z.string()),
    speakerId: z.nullable(z.string()),
    sentence: z.string(),
  }),
);
export type SourcedFact = z.infer<typeof sourcedFactSchema>;

/** Facts from different sources about the same figure or quotation. */
export const alignedFactsSchema = lazySchema(() =>
  z.strictObject({
    status: z.enum(['agree', 'differ']),
    kind: factKindSchema,
    unit: z.nullable(z.string()),
    /** A short name for what is compared: the counted thing, the shared context words, or the quote. */
    label: z.string(),
    values: z.array(sourcedFactSchema),
  }),
);
export type AlignedFacts = z.infer<typeof alignedFactsSchema>;

export const facetSchema = lazySchema(() =>
  z.strictObject({
    label: z.string(),
    /** Source id → the passage ids that speak to this aspect; sources absent say nothing of it. */
    passages: z.record(z.string(), z.array(z.string())),
  }),
);
export type Facet = z.infer<typeof facetSchema>;

export const comparisonSchema = lazySchema(() =>
  z.strictObject({
    query: z.string(),
    item: z.nullable(z.strictObject({ id: z.string(), label: z.string(), kind: entityKindSchema })),
    sources: z.array(
      z.strictObject({
        sourceId: z.string(),
        outlet: z.nullable(z.string()),
        title: z.nullable(z.string()),
        /** Names the source when it has no title (SourceMeta's `lead`). */
        lead: z.optional(z.nullable(z.string())),
        published: z.nullable(z.string()),
        /** The source reports another time than most (e.g. an earlier event): its facts are not set against theirs. */
        differentTime: z.boolean(),
        /** The story this source reports (null: none yet); absent when the comparison was made without stories. */
        storyId: z.optional(z.nullable(z.string())),
        passages: z.array(z.strictObject({ id: z.string(), text: z.string() })),
      }),
    ),
    /** Sources that do not mention the item. */
    silent: z.array(z.string()),
    facts: z.array(sourcedFactSchema),
    discrepancies: z.array(alignedFactsSchema),
    agreements: z.array(alignedFactsSchema),
    facets: z.array(facetSchema),
    /** The stories of the corpus's sources, each with its sources; absent when made without stories. */
    stories: z.optional(z.array(z.extend(storyRefSchema, { sourceIds: z.array(z.string()) }))),
  }),
);
export type Comparison = z.infer<typeof comparisonSchema>;
