import { parseHTML } from 'linkedom';
import type { SourceMeta } from '@/lib/corpus/source-meta';
import type { ItemCardResponse } from '@/lib/messaging/protocol';

/** A source with every fact known unless `fields` says otherwise. */
export function sourceMeta(id: string, fields: Partial<SourceMeta> = {}): SourceMeta {
  return {
    id,
    outlet: `Outlet ${id}`,
    title: `Title ${id}`,
    author: null,
    published: '2031-04-14',
    publishedApproximate: false,
    url: null,
    ...fields,
  };
}

/** The card for "Steve Witkoff" seen from a BBC article: two other sources mention him, four do not. */
export function witkoffCard(overrides: Partial<ItemCardResponse> = {}): ItemCardResponse {
  return {
    type: 'item-card',
    item: { id: 'steve-witkoff', label: 'Steve Witkoff', kind: 'person' },
    sourceCount: 7,
    mentionedByCount: 3,
    findings: [],
    pageSource: sourceMeta('s0', { outlet: 'BBC News' }),
    others: [
      {
        source: sourceMeta('s1', { outlet: 'Reuters', title: 'Envoy meets Putin', published: '2031-04-15' }),
        passages: [
          { id: 's1:0', text: 'US envoy Steve Witkoff met Putin.', emphasis: [[9, 22]] },
          { id: 's1:1', text: 'Witkoff said talks were useful.', emphasis: [[0, 7]] },
        ],
        mentionCount: 4,
        storyId: null,
      },
      {
        source: sourceMeta('s2', {
          outlet: null,
          title: null,
          lead: 'The envoy flew to Moscow for talks',
          published: null,
        }),
        passages: [{ id: 's2:0', text: 'Witkoff flew to Moscow.', emphasis: [[0, 7]] }],
        mentionCount: 1,
        storyId: null,
      },
    ],
    pageStoryMatch: 'unknown',
    pageStory: null,
    stories: [],
    silent: [
      sourceMeta('s3', { outlet: 'AP' }),
      sourceMeta('s4', { outlet: 'AP' }),
      sourceMeta('s5', { outlet: null, title: 'Sanctions explained' }),
      sourceMeta('s6', { outlet: null, title: null }),
    ],
    ...overrides,
  };
}

/** Two stories: the page's (the August talks) and an earlier one (the March pause). */
export const AUGUST_TALKS = {
  id: 's-talks',
  label: 'Steve Witkoff · sanctions',
  from: '2025-08-05',
  to: '2025-08-06',
};
export const MARCH_PAUSE = {
  id: 's-pause',
  label: 'energy infrastructure',
  from: '2025-03-19',
  to: '2025-03-19',
};

/**
 * The "Vladimir Putin" card seen from a page of the August talks: one other
 * source of that story, one of the March pause, one no story holds yet.
 */
export function storyCard(overrides: Partial<ItemCardResponse> = {}): ItemCardResponse {
  const passage = (id: string) => [
    { id: `${id}:0`, text: 'Putin spoke.', emphasis: [[0, 5]] as [number, number][] },
  ];
  return witkoffCard({
    item: { id: 'vladimir-putin', label: 'Vladimir Putin', kind: 'person' },
    pageStoryMatch: 'story',
    pageStory: AUGUST_TALKS,
    others: [
      {
        source: sourceMeta('t1', { outlet: 'Reuters' }),
        passages: passage('t1'),
        mentionCount: 2,
        storyId: AUGUST_TALKS.id,
      },
      {
        source: sourceMeta('p1', { outlet: 'Kyiv Independent', published: '2025-03-19' }),
        passages: passage('p1'),
        mentionCount: 1,
        storyId: MARCH_PAUSE.id,
      },
      {
        source: sourceMeta('u1', { outlet: 'Your blog' }),
        passages: passage('u1'),
        mentionCount: 1,
        storyId: null,
      },
    ],
    stories: [AUGUST_TALKS, MARCH_PAUSE],
    ...overrides,
  });
}

/** Markup an attacker could put in a page or a source; it must only ever appear as text. */
export const HOSTILE = '<img src=x onerror=alert(1)>';

/** An empty standards-mode page parsed by linkedom, with a viewport size linkedom does not have. */
export function blankPage(body = '<p>Story</p>'): { window: Window & typeof globalThis; document: Document } {
  const { window, document } = parseHTML(
    `<!doctype html><html lang="en"><head><title>Page</title></head><body>${body}</body></html>`,
  );
  Object.assign(window, { innerWidth: 1024, innerHeight: 768 });
  return { window, document };
}
