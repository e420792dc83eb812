import { sourceMetaSchema } from '../corpus/source-meta';
import { entityKindSchema } from '../entities/catalogue-schema';
import { z } from '../validation/zod';
import { lazySchema } from '../validation/lazy-schema';

/**
 * A story's briefing, as built by storyBriefing and carried whole by the
 * `story-briefing` message: the story's sources, the figures and quotations
 * they set against each other, and the items the page leaves out or alone
 * reports. Every list is capped: a briefing is read in a narrow sidebar, and
 * the caps bound the message.
 */

/** Sources a briefing lists: a story is a handful of reports; a wire story picked up everywhere is cut here. */
export const MAX_BRIEFING_SOURCES = 40;
/** Lines per section (differences, agreements, items the page lacks, items only it has). */
export const MAX_BRIEFING_LINES = 8;
/** Values a finding shows: one or two per source. */
export const MAX_FINDING_VALUES = 16;
/** Passages an item line opens onto: one per source, the first few sources. */
export const MAX_LINE_PASSAGES = 3;
/** Items in a story's coverage matrix and summary. */
export const MAX_STORY_ITEMS = 30;
/** A page's items that get a per-item count of differing facts. */
export const MAX_ITEM_NOTES = 2000;
/** Longer passages are clipped (with an ellipsis) when carried; a news sentence is far shorter. */
export const MAX_BRIEFING_TEXT = 4000;
const MAX_ID = 200;
const MAX_LABEL = 400;

const id = () => z.string().check(z.minLength(1), z.maxLength(MAX_ID));
const text = () => z.string().check(z.maxLength(MAX_BRIEFING_TEXT));
const count = () => z.int().check(z.nonnegative());

export const briefingItemRefSchema = lazySchema(() =>
  z.strictObject({
    id: id(),
    label: z.string().check(z.maxLength(MAX_LABEL)),
    kind: entityKindSchema,
  }),
);
export type BriefingItemRef = z.infer<typeof briefingItemRefSchema>;

const passageSchema = lazySchema(() => z.strictObject({ id: id(), sourceId: id(), text: text() }));
export type BriefingPassage = z.infer<typeof passageSchema>;

/** A figure or quotation the story's sources agree or differ on: who says what, each with its sentence. */
export const briefingFindingSchema = lazySchema(() =>
  z.strictObject({
    status: z.enum(['agree', 'differ']),
    /** The counted thing, the shared context words, or the quotation. */
    label: z.string().check(z.maxLength(MAX_BRIEFING_TEXT)),
    /** The item the finding's sentences are about, to open its comparison; null when they name none. */
    item: z.nullable(briefingItemRefSchema),
    values: z
      .array(
        z.strictObject({
          sourceId: id(),
          passageId: id(),
          /** The figure as written; empty for a quotation, whose words are the label. */
          text: z.string().check(z.maxLength(MAX_LABEL)),
          speaker: z.nullable(z.string().check(z.maxLength(MAX_LABEL))),
          sentence: text(),
        }),
      )
      .check(z.minLength(2), z.maxLength(MAX_FINDING_VALUES)),
  }),
);
export type BriefingFinding = z.infer<typeof briefingFindingSchema>;

/** An item some of the story's sources report: which, and a passage of each of the first few. */
export const briefingItemLineSchema = lazySchema(() =>
  z.strictObject({
    item: briefingItemRefSchema,
    sourceIds: z.array(id()).check(z.minLength(1), z.maxLength(MAX_BRIEFING_SOURCES)),
    passages: z.array(passageSchema).check(z.maxLength(MAX_LINE_PASSAGES)),
  }),
);
export type BriefingItemLine = z.infer<typeof briefingItemLineSchema>;

const section = <T extends z.ZodMiniType>(line: T) =>
  z.strictObject({
    lines: z.array(line).check(z.maxLength(MAX_BRIEFING_LINES)),
    /** How many there were before the cap. */
    total: count(),
  });

export const storyBriefingSchema = lazySchema(() =>
  z.strictObject({
    story: z.strictObject({
      id: id(),
      label: z.string().check(z.minLength(1), z.maxLength(MAX_LABEL)),
      from: z.nullable(z.string().check(z.maxLength(10))),
      to: z.nullable(z.string().check(z.maxLength(10))),
    }),
    /** The story's visible sources, earliest first. */
    sources: z.array(sourceMetaSchema).check(z.maxLength(MAX_BRIEFING_SOURCES)),
    /** The corpus article the page is, when it is one of the story's sources. */
    pageSourceId: z.nullable(id()),
    /** Whether the briefing is seen from a page: then it says what the page lacks and what only it reports. */
    fromPage: z.boolean(),
    differences: section(briefingFindingSchema),
    agreements: section(briefingFindingSchema),
    /** Items other sources of the story report and the page does not. */
    missingHere: section(briefingItemLineSchema),
    /** Items the page reports and no other source of the story does. */
    onlyHere: section(briefingItemLineSchema),
    /** The story's items × its sources: passages of each source that mention each item. */
    coverage: z
      .array(z.strictObject({ item: briefingItemRefSchema, counts: z.record(id(), count()) }))
      .check(z.maxLength(MAX_STORY_ITEMS)),
    /** For items on the page: how many of the story's differing findings speak of them. */
    itemDifferences: z
      .array(z.strictObject({ itemId: id(), count: count() }))
      .check(z.maxLength(MAX_ITEM_NOTES)),
  }),
);
export type StoryBriefing = z.infer<typeof storyBriefingSchema>;

/** A story as the stories list shows it. */
export const storySummarySchema = lazySchema(() =>
  z.strictObject({
    id: id(),
    label: z.string().check(z.minLength(1), z.maxLength(MAX_LABEL)),
    from: z.nullable(z.string().check(z.maxLength(10))),
    to: z.nullable(z.string().check(z.maxLength(10))),
    sources: z.array(sourceMetaSchema).check(z.maxLength(MAX_BRIEFING_SOURCES)),
    /** Sources past the cap. */
    moreSources: count(),
    items: z.array(briefingItemRefSchema).check(z.maxLength(MAX_STORY_ITEMS)),
  }),
);
export type StorySummary = z.infer<typeof storySummarySchema>;

/** Stories a list carries: the largest first; a corpus of tens of thousands is searched, not scrolled. */
export const MAX_LISTED_STORIES = 200;
/** Items a listed story names. */
export const LISTED_STORY_ITEMS = 4;
