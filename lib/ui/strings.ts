import type { EntityKind } from '../entities/catalogue-schema';

/** Every user-visible string, in one place, ready for translation. */
export const strings = {
  searchLabel: 'Search the sources',
  searchPlaceholder: 'Search people, places, topics…',
  emptyTitle: 'Compare how sources report a story',
  emptyHint: (sourceCount: number) =>
    `Search ${sourceCount} bundled sources. Everything stays on this device.`,
  loading: 'Searching…',
  noResults: (query: string) => `No passage mentions “${query}”.`,
  noResultsHint: 'Try a shorter word or a name.',
  error: 'Search is not available right now.',
  unknownOutlet: 'Unknown outlet',
  untitled: (sourceId: string) => `Untitled article (${sourceId})`,
  unknownDate: 'date unknown',
  approximately: 'about',
  resultSummary: (passages: number, sources: number) =>
    `${passages} passage${passages === 1 ? '' : 's'} in ${sources} source${sources === 1 ? '' : 's'}`,
  suggestionsLabel: 'Suggestions',
  highlightSite: (host: string) => `Highlight items on ${host}`,
  highlightEverywhere: 'Highlight items on pages',
  densityAll: 'Every mention (not just the first per paragraph)',

  // The item card shown next to a highlighted mention on a page.
  cardLabel: (label: string) => `Parallax: ${label}`,
  cardClose: 'Close',
  cardCloseSymbol: '×',
  cardLoading: 'Loading…',
  cardError: 'Parallax could not load this item.',
  cardSearch: 'Search',
  /** The whole summary line; `pageSource` names the page's own source when the page is one. */
  cardMentionedBy: (mentionedBy: number, sources: number, pageSource: string | null) =>
    `Mentioned by ${mentionedBy} of ${sources} source${sources === 1 ? '' : 's'}` +
    (pageSource === null ? '.' : `; this page is ${pageSource}.`),
  cardDiffer: 'Differ',
  cardAgree: 'Agree',
  cardThisPage: 'this page',
  cardPageUntitled: 'one of them (outlet unknown)',
  cardNoOthers: (label: string) => `No other source mentions ${label}.`,
  cardMorePassages: (count: number) => `${count} more passage${count === 1 ? '' : 's'} in this source`,
  /** A source without a known outlet, named by its title. */
  cardQuotedTitle: (title: string) => `“${title}”`,
  cardSilentLabel: 'Not mentioned by:',
  /** One outlet with several silent articles: "Reuters (2)". */
  cardSilentSource: (name: string, articles: number) => (articles === 1 ? name : `${name} (${articles})`),
  cardSilentList: (names: readonly string[], more: number) =>
    more > 0 ? `${names.join(', ')} and ${more} more` : names.join(', '),
  itemKind: {
    person: 'Person',
    organisation: 'Organisation',
    place: 'Place',
    topic: 'Topic',
    date: 'Date',
  } satisfies Record<EntityKind, string>,
} as const;
