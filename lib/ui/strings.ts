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
} as const;
