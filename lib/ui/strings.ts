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
  /** Beside a source the reader added. */
  yours: 'yours',
  yoursHint: 'You added this source',
  untitled: (sourceId: string) => `Untitled article (${sourceId})`,
  unknownDate: 'date unknown',
  approximately: 'about',
  resultSummary: (passages: number, sources: number) =>
    `${passages} passage${passages === 1 ? '' : 's'} in ${sources} source${sources === 1 ? '' : 's'}`,
  suggestionsLabel: 'Suggestions',
  /** "Add this page" in the popup: read the tab's article, confirm its facts, add it. */
  addPage: {
    heading: 'Add this page to your sources',
    start: 'Add this page to your sources',
    /** The page's context-menu entry: opens the same add flow in a tab. */
    menu: 'Add this page to your Parallax sources',
    reading: 'Reading the article…',
    noArticle: 'No article found on this page.',
    cannotRead: 'Parallax cannot read this page (reload it and try again).',
    previewHeading: 'What will be added',
    fields: {
      outlet: 'Outlet',
      title: 'Title',
      author: 'Author',
      published: 'Date',
      url: 'Address',
    },
    size: (paragraphs: number, characters: number) =>
      `${paragraphs} paragraph${paragraphs === 1 ? '' : 's'}, ${characters.toLocaleString('en')} characters`,
    showText: 'Show the text',
    add: 'Add to my sources',
    saving: 'Adding…',
    cancel: 'Cancel',
    done: (outcome: 'added' | 'updated', name: string) =>
      outcome === 'added' ? `Added to your sources: ${name}.` : `Updated in your sources: ${name}.`,
  },
  /** The options page's sources section. */
  userSources: {
    heading: 'Sources',
    intro:
      'Add the articles you read (from the toolbar popup, or as .txt, .md, .html or .json files) and compare them with the bundled sources. They stay on this device.',
    importLabel: 'Import files:',
    imported: (added: number, updated: number) =>
      `${added} source${added === 1 ? '' : 's'} added, ${updated} updated.`,
    yoursHeading: 'Your sources',
    bundledHeading: 'Bundled sources',
    none: 'None yet.',
    shown: 'Compare',
    edit: 'Edit',
    save: 'Save',
    cancel: 'Cancel',
    remove: 'Remove',
    removeLabel: (name: string) => `Remove ${name}`,
    exportAll: 'Export your sources (JSON)',
  },
  /** The toolbar popup: suggestions, the active page's items, its settings and their states. */
  popup: {
    /** Beside a word suggestion, where an item suggestion names its kind. */
    textSuggestion: 'Words',
    compareInSidebar: 'Compare in sidebar',
    sidebarFailed: 'The sidebar could not be opened here.',
    settingsFailed: 'The setting could not be saved.',

    onThisPage: 'On this page',
    openSidebar: 'Open sidebar',
    pageLoading: 'Reading this page…',
    pageError: 'Parallax could not read this page’s items.',
    unsupportedTitle: 'Parallax cannot read this page.',
    unsupportedBrowserPage: 'Browser pages, the PDF viewer and extension stores are closed to extensions.',
    unsupportedNoAnswer:
      'Extensions are kept out of this page, or it was open before Parallax started: reload it and try again.',
    pausedTitle: 'Parallax is paused.',
    pausedHint: 'Switch on “Highlight items on pages” below to mark items again.',
    siteOffTitle: (host: string) => `Parallax is off on ${host}.`,
    siteOffHint: (host: string) => `Switch on “Highlight items on ${host}” below to mark items here.`,
    noItemsTitle: 'Nothing highlighted on this page.',
    noItemsHint:
      'None of the people, places or topics the sources cover appear here, or their kinds are switched off below.',
    /** `name`: the page's outlet, null while unknown. */
    pageIsSource: (name: string | null) =>
      name === null ? 'This page is one of the sources.' : `This page is one of the sources: ${name}.`,
    mentions: (count: number) => `${count} mention${count === 1 ? '' : 's'}`,

    settingsLegend: 'Highlighting',
    highlightEverywhere: 'Highlight items on pages',
    highlightSite: (host: string) => `Highlight items on ${host}`,
    densityLegend: 'Mark',
    densityFirst: 'The first mention in each paragraph',
    densityAll: 'Every mention',
    kindsLegend: 'Kinds of items',
    kinds: {
      person: 'People',
      organisation: 'Organisations',
      place: 'Places',
      topic: 'Topics',
      date: 'Dates',
    } satisfies Record<EntityKind, string>,
  },

  // The item card shown next to a highlighted mention on a page.
  cardLabel: (label: string) => `Parallax: ${label}`,
  cardClose: 'Close',
  cardCloseSymbol: '×',
  cardLoading: 'Loading…',
  cardError: 'Parallax could not load this item.',
  cardSearch: 'Search',
  cardCompare: 'Compare in sidebar',
  cardBodyLabel: (label: string) => `How the sources report ${label}`,
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
  /** The options page: the popup's switches, and the sites where Parallax is off. */
  options: {
    title: 'Parallax settings',
    intro:
      'What Parallax highlights on the pages you read. The popup has the same switches for the site you are on.',
    sitesHeading: 'Sites where Parallax is off',
    noSitesOff: 'None: Parallax runs on every site while highlighting is on.',
    siteOn: 'Switch back on',
    siteOnLabel: (site: string) => `Switch back on for ${site}`,
    privacy:
      'Parallax works entirely in your browser: its sources are bundled with it, and no page text, address or search leaves your device.',
    /** The popup's way here. */
    open: 'More settings',
  },
  /** The context-menu entry on a selection that opens its comparison in the sidebar. */
  sidebarMenuCompareSelection: 'Compare with other sources in Parallax',
  /** The sidebar (Chrome side panel, Firefox sidebar): the page's items, one comparison, its states. */
  sidebar: {
    // States before there is anything to show.
    loadingTitle: 'Loading…',
    loadingHint: 'Reading the page and the sources.',
    errorTitle: 'Parallax could not load this.',
    errorHint: 'Reload the page, then open the sidebar again.',
    /** The technical reason, shown small under the hint. */
    errorDetail: (message: string) => `Details: ${message}`,
    unsupportedTitle: 'Parallax cannot read this page.',
    unsupportedHint:
      'Browser pages, the PDF viewer and extension stores are closed to extensions. Open a news article to compare its sources.',
    offTitle: 'Parallax is off on this site.',
    offHint: 'Turn highlighting on for this site in the Parallax toolbar popup.',
    noItemsTitle: 'Nothing to compare on this page.',
    noItemsHint:
      'None of the people, places or topics the sources cover appear here. Select a passage to compare it instead.',

    // The page's items.
    backToPage: 'All items on this page',
    pageItemsHeading: 'On this page',
    pageItemsCount: (count: number) => `${count} item${count === 1 ? '' : 's'} the sources also cover`,
    itemOnPage: (count: number) => `${count} on this page`,
    compare: 'Compare',
    compareLabel: (label: string) => `Compare ${label}`,
    showOnPage: 'Show on page',
    showOnPageLabel: (label: string) => `Show on page: ${label}`,
    pageIsSource: (name: string) =>
      `This page is one of the sources (${name}); its column shows what the corpus holds of it.`,

    // The coverage matrix.
    matrixCaption: 'Who mentions what: passages per source',
    matrixItem: 'Item',
    matrixThisPage: 'This page',
    /** On the column of the corpus article that is the page being read. */
    thisPageColumn: 'The page you are reading',
    /** Under the column of the corpus article the page is. */
    matrixPageSource: 'this article',
    matrixEmpty: '–',
    matrixNotMentioned: 'not mentioned',

    // One comparison.
    selectedText: 'Selected text',
    comparisonSummary: (sources: number, silent: number) =>
      `Mentioned by ${sources} source${sources === 1 ? '' : 's'}` +
      (silent === 0 ? '.' : `; ${silent} ${silent === 1 ? 'does' : 'do'} not.`),
    sourcesHeading: 'Sources',
    sourcesLabel: 'Sources side by side',
    differentTime: 'Reports another time than most sources; its figures are not set against theirs.',
    differentTimeShort: 'another time',
    noPassages: 'No passage.',
    factsHeading: 'Figures and quotes',
    factsCaption: 'Figures and quotes, differences first',
    factsLabel: 'Figures and quotes table',
    factColumn: 'Fact',
    noFacts: 'The sources state no figure or quotation about this that can be set side by side.',
    notStated: 'not stated',
    speakerUnknown: 'speaker unknown',
    saidBy: (speaker: string) => `said by ${speaker}`,
    notMentionedBy: 'Not mentioned by',
    nobodySilent: 'Every source mentions it.',
    exportHeading: 'Export',
    downloadMarkdown: 'Download Markdown',
    copyMarkdown: 'Copy Markdown',
    downloadJson: 'Download JSON',
    copied: 'Markdown copied.',
    copyFailed: 'Could not copy; use Download Markdown instead.',
  },
  itemKind: {
    person: 'Person',
    organisation: 'Organisation',
    place: 'Place',
    topic: 'Topic',
    date: 'Date',
  } satisfies Record<EntityKind, string>,
} as const;
