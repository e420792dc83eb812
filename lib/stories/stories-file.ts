import { describeIssues, lazySchema, z } from '../validation';
import { StoryIndex, type ItemLabel } from './story-index';
import type { StoryOptions } from './story-options';
import type { StorySignals } from './story-signals';

/** Version of the shipped `corpus/stories.json`; bump it when its shape changes. */
export const STORIES_FORMAT = 1;

const isoDateOrNull = () => z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}/u)));

export const storySchema = lazySchema(() =>
  z.strictObject({
    id: z.string().check(z.minLength(1)),
    label: z.string().check(z.minLength(1)),
    sourceIds: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
    from: isoDateOrNull(),
    to: isoDateOrNull(),
  }),
);

/**
 * The stories of a corpus as shipped: the stories themselves (to show), and
 * each article's signals (to rebuild the index that scores pages and takes
 * the reader's own sources without a pass over the texts).
 */
export const storiesFileSchema = lazySchema(() =>
  z.strictObject({
    format: z.literal(STORIES_FORMAT),
    stories: z.array(storySchema),
    articles: z.array(
      z.strictObject({
        id: z.string().check(z.minLength(1)),
        published: isoDateOrNull(),
        features: z.record(z.string(), z.int().check(z.positive())),
        surface: z.record(z.string(), z.string()),
      }),
    ),
  }),
);
export type StoriesFile = z.infer<typeof storiesFileSchema>;

/** The file for an index. */
export function toStoriesFile(index: StoryIndex): StoriesFile {
  return {
    format: STORIES_FORMAT,
    stories: index.stories(),
    articles: index.articles().map(({ id, signals }) => ({
      id,
      published: signals.published,
      features: Object.fromEntries(signals.features),
      surface: Object.fromEntries(signals.surface),
    })),
  };
}

/**
 * Reads a stories file, validated, into an index. The grouping is
 * deterministic, so the rebuilt index holds the very stories the file lists;
 * a file whose stories differ (built with other options) is refused.
 */
export function readStoriesFile(
  json: unknown,
  source: string,
  options: Partial<StoryOptions> = {},
  itemLabel?: ItemLabel,
): StoryIndex {
  const parsed = storiesFileSchema.safeParse(json);
  if (!parsed.success) throw new Error(`stories: ${source}: ${describeIssues(parsed.error)}`);
  const articles = parsed.data.articles.map(({ id, published, features, surface }) => ({
    id,
    signals: {
      features: new Map(Object.entries(features)),
      published,
      surface: new Map(Object.entries(surface)),
    } satisfies StorySignals,
  }));
  const index = StoryIndex.build(articles, options, itemLabel);
  const groups = (stories: readonly { sourceIds: string[] }[]): string =>
    JSON.stringify(stories.map((story) => story.sourceIds));
  if (groups(index.stories()) !== groups(parsed.data.stories))
    throw new Error(
      `stories: ${source}: its stories do not follow from its articles (built with other options?)`,
    );
  return index;
}
