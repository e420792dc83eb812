import { z } from '../validation/zod';
import { lazySchema } from '../validation/lazy-schema';

/**
 * Stories as the comparison engine sees them: plain data, handed in by the
 * caller (the background reads them from lib/stories' StoryIndex), so
 * lib/compare depends on no story algorithm. A lib/stories `Story` fits.
 */

/** A story as the card and the sidebar name it: its label and date span. */
export const storyRefSchema = lazySchema(() =>
  z.strictObject({
    id: z.string().check(z.minLength(1)),
    label: z.string(),
    /** ISO dates of its earliest and latest source, null when none is dated. */
    from: z.nullable(z.string()),
    to: z.nullable(z.string()),
  }),
);
export type StoryRef = z.infer<typeof storyRefSchema>;

/** Just a story's reference fields (a lib/stories Story also lists its sources, which a card does not carry). */
export function toStoryRef({ id, label, from, to }: StoryRef): StoryRef {
  return { id, label, from, to };
}

/** Which story each source belongs to; null for a source no story holds yet. */
export type StoryOfSource = (sourceId: string) => StoryRef | null;

/**
 * The page's story as the card knows it: a story id, `null` when the page was
 * scored against the stories and matches none, `undefined` when nobody
 * decided (an older content script, a caller without stories).
 */
export type PageStoryId = string | null | undefined;

/**
 * The story of the page being read: the one the content script decided if it
 * sent one; else, when the page is a corpus article, that article's story;
 * else what the content script said (none, or not decided).
 */
export function pageStoryOf(input: {
  pageStoryId: PageStoryId;
  pageSourceId: string | null;
  storyOf: StoryOfSource;
}): PageStoryId {
  if (typeof input.pageStoryId === 'string') return input.pageStoryId;
  const own = input.pageSourceId === null ? null : input.storyOf(input.pageSourceId);
  return own ? own.id : input.pageStoryId;
}
