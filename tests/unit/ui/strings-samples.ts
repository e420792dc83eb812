/**
 * Arguments for every function in `strings`, by its path: each form a message can take
 * (singular and plural counts, a name or none) so that every message is read at least once.
 */
export const STRING_SAMPLES: Record<string, readonly (readonly unknown[])[]> = {
  emptyHint: [[5]],
  noResults: [['Witkoff']],
  untitled: [[null], ['The talks began shortly before midday…']],
  resultSummary: [
    [1, 1],
    [2, 3],
    [0, 0],
  ],
  'addPage.size': [
    [1, 980],
    [12, 10_234],
  ],
  'addPage.done': [
    ['added', 'BBC News'],
    ['updated', 'BBC News'],
  ],
  'userSources.imported': [
    [1, 0],
    [2, 1],
  ],
  'userSources.removeLabel': [['BBC News']],
  'popup.storyDates': [['5 Aug 2025', '6 Aug 2025'], ['19 Mar 2025', '19 Mar 2025']],
  'popup.siteOffTitle': [['news.example']],
  'popup.siteOffHint': [['news.example']],
  'popup.pageIsSource': [[null], ['Reuters']],
  'popup.mentions': [[1], [2], [0]],
  'popup.highlightSite': [['news.example']],
  cardLabel: [['Steve Witkoff']],
  cardBodyLabel: [['Steve Witkoff']],
  cardMentionedBy: [
    [4, 5, null],
    [1, 1, null],
    [2, 5, 'Reuters'],
    [1, 1, 'Reuters'],
  ],
  cardNoOthers: [['Steve Witkoff']],
  cardMorePassages: [[1], [3]],
  cardNoSameStory: [['Steve Witkoff']],
  'sidebar.sourcesOfStoryLabel': [['Steve Witkoff · sanctions']],
  cardOtherStories: [[1], [4]],
  dateSpan: [['5 Aug 2025', '6 Aug 2025']],
  cardQuotedTitle: [['Talks end']],
  cardSilentSource: [
    ['Reuters', 1],
    ['Reuters', 2],
  ],
  cardSilentList: [
    [['Reuters', 'AP'], 0],
    [['Reuters', 'AP (2)'], 3],
  ],
  'options.siteOnLabel': [['news.example']],
  'sidebar.errorDetail': [['timed out']],
  'sidebar.pageItemsCount': [[1], [7]],
  'sidebar.itemOnPage': [[3]],
  'sidebar.compareLabel': [['Steve Witkoff']],
  'sidebar.showOnPageLabel': [['Steve Witkoff']],
  'sidebar.pageIsSource': [['Reuters']],
  'sidebar.comparisonSummary': [
    [1, 0],
    [4, 0],
    [4, 1],
    [3, 2],
  ],
  'sidebar.saidBy': [['Putin']],
};
