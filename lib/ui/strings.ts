import { i18n, type GeneratedI18nStructure } from '#i18n';
import type { ComparisonExtent } from '../compare/describe-comparison-extent';
import type { EntityKind } from '../entities/catalogue-schema';

/**
 * Every user-visible string, read from the locale files (locales/en.yml, turned into
 * `_locales/<lang>/messages.json` by WXT's i18n module) through `browser.i18n`, so the
 * extension can be translated without touching code.
 *
 * The shape is the components' vocabulary: a property is a text, a function fills values
 * in. Texts are getters, read when read: the browser's catalogue is in memory and a
 * lookup is cheap, whereas reading all of them on import would cost every context,
 * the content script first, for the few it shows.
 *
 * Plurals: a message split into `one`/`other`/… is chosen by `Intl.PluralRules` for the
 * file's own `locale` message. The i18n module's own plural form (`1: …`, `n: …`) only
 * knows "1 or not", which is English's rule and wrong for Polish, Arabic or Russian; and
 * the rules must be those of the language the messages are in, which is the catalogue's
 * (the browser falls back to English when it has no file for its language), not the
 * browser's.
 */

type Structure = GeneratedI18nStructure;
type Key = keyof Structure;
/** A value filled into a `{name}` placeholder. */
type Value = string | number;

/** Keys of messages without placeholders. */
type TextKey = {
  [K in Key]: Structure[K] extends { namedSubstitutions: readonly string[] } ? never : K;
}[Key];
/** Keys of messages with `{name}` placeholders, and the values each needs. */
type FormatKey = {
  [K in Key]: Structure[K] extends { namedSubstitutions: readonly string[] } ? K : never;
}[Key];
type ValuesOf<K extends Key> = Structure[K] extends {
  namedSubstitutions: readonly (infer N extends string)[];
}
  ? Record<N, Value>
  : Record<never, Value>;
/** Messages with plural forms: `<key>.one` and `<key>.other` both exist. */
type PluralKey = {
  [K in Key]: K extends `${infer Base}.other` ? (`${Base}.one` extends Key ? Base : never) : never;
}[Key];

/** The module's `t`, without the overloads that `text`, `format` and `plural` type themselves. */
const translate = i18n.t as (key: string, values?: Record<string, Value>) => string;

function text(key: TextKey): string {
  return translate(key);
}

function format<K extends FormatKey>(key: K, values: ValuesOf<K>): string {
  return translate(key, values);
}

let pluralRules: Intl.PluralRules | undefined;
let numberFormat: Intl.NumberFormat | undefined;

/** The language of the messages in use (their `locale` message), for its plural and number rules. */
function locale(): string {
  return text('locale');
}

/** The values a plural message needs besides its count: none, or all of them. */
type OtherValues<K extends PluralKey> = keyof Omit<ValuesOf<`${K}.other`>, 'count'> extends never
  ? []
  : [values: Omit<ValuesOf<`${K}.other`>, 'count'>];

/** `<key>.<category>` for `count`'s plural category; `{count}` is filled in with it. */
function plural<K extends PluralKey>(key: K, count: number, ...[values]: OtherValues<K>): string {
  pluralRules ??= new Intl.PluralRules(locale());
  return translate(`${key}.${pluralRules.select(count)}`, { ...values, count });
}

/** A number as the messages' language writes it (digit grouping). */
function formatNumber(value: number): string {
  numberFormat ??= new Intl.NumberFormat(locale());
  return numberFormat.format(value);
}

/** An object whose properties read the messages `<prefix><name>` when read. */
function texts<const P extends string, const N extends string>(
  prefix: P,
  names: readonly (N & (`${P}${N}` extends TextKey ? N : never))[],
): { readonly [K in N]: string } {
  const group = {};
  for (const name of names) {
    Object.defineProperty(group, name, { enumerable: true, get: () => text(`${prefix}${name}` as TextKey) });
  }
  return group as { readonly [K in N]: string };
}

/** `functions` with `group`'s texts added, still read when read (a spread would read them now). */
function withTexts<T extends object, F extends object>(group: T, functions: F): T & F {
  return Object.defineProperties(functions, Object.getOwnPropertyDescriptors(group)) as T & F;
}

const ITEM_KINDS = [
  'person',
  'organisation',
  'place',
  'topic',
  'date',
] as const satisfies readonly EntityKind[];

/** The card's texts, named as the components know them. */
const cardTexts = {
  get cardClose() {
    return text('card.close');
  },
  get cardCloseSymbol() {
    return text('card.closeSymbol');
  },
  get cardLoading() {
    return text('card.loading');
  },
  get cardError() {
    return text('card.error');
  },
  get cardSearch() {
    return text('card.search');
  },
  get cardCompare() {
    return text('card.compare');
  },
  get cardDiffer() {
    return text('card.differ');
  },
  get cardAgree() {
    return text('card.agree');
  },
  get cardThisPage() {
    return text('card.thisPage');
  },
  get cardPageUntitled() {
    return text('card.pageUntitled');
  },
  get cardSilentLabel() {
    return text('card.silentLabel');
  },
  get cardSameStory() {
    return text('card.sameStory');
  },
  get cardNoStory() {
    return text('card.noStory');
  },
  get cardAnotherSource() {
    return text('card.anotherSource');
  },
};

export const strings = withTexts(
  withTexts(
    cardTexts,
    texts('', [
      'searchLabel',
      'searchPlaceholder',
      'emptyTitle',
      'loading',
      'noResultsHint',
      'error',
      'unknownOutlet',
      'yours',
      'yoursHint',
      'unknownDate',
      'approximately',
      'suggestionsLabel',
      'sidebarMenuCompareSelection',
    ]),
  ),
  {
    emptyHint: (sourceCount: number) => format('emptyHint', { sourceCount }),
    noResults: (query: string) => format('noResults', { query }),
    /** A source without a title: its lead sentence when it has one, never its id. */
    untitled: (lead: string | null | undefined) =>
      lead ? format('untitledLead', { lead }) : text('untitled'),
    resultSummary: (passages: number, sources: number) =>
      format('resultSummary', {
        passages: plural('resultPassages', passages),
        sources: plural('resultSources', sources),
      }),

    addPage: withTexts(
      texts('addPage.', [
        'heading',
        'start',
        'menu',
        'reading',
        'noArticle',
        'cannotRead',
        'previewHeading',
        'showText',
        'add',
        'saving',
        'cancel',
      ]),
      {
        fields: texts('addPage.fields.', ['outlet', 'title', 'author', 'published', 'url']),
        size: (paragraphs: number, characters: number) =>
          plural('addPage.size', paragraphs, { characters: formatNumber(characters) }),
        done: (outcome: 'added' | 'updated', name: string) =>
          format(outcome === 'added' ? 'addPage.added' : 'addPage.updated', { name }),
      },
    ),

    userSources: withTexts(
      texts('userSources.', [
        'heading',
        'intro',
        'importLabel',
        'yoursHeading',
        'bundledHeading',
        'none',
        'shown',
        'edit',
        'save',
        'cancel',
        'remove',
        'exportAll',
        'cancelImport',
        'searchLabel',
        'outletLabel',
        'allOutlets',
        'fromLabel',
        'toLabel',
        'selectShown',
        'olderLabel',
        'deleteOlder',
        'storyLabel',
        'allStories',
        'retentionLegend',
        'retentionMonthsLabel',
        'retentionMaxLabel',
        'retentionExplain',
      ]),
      {
        importProgress: (done: number, total: number) =>
          format('userSources.importProgress', { done, total }),
        importCancelled: (done: number, total: number) =>
          format('userSources.importCancelled', { done, total }),
        counts: (yours: number, bundled: number, hidden: number) =>
          format('userSources.counts', { yours, bundled, hidden }),
        storage: (used: string, quota: string) => format('userSources.storage', { used, quota }),
        shownCount: (shown: number, total: number) => format('userSources.shownCount', { shown, total }),
        selectLabel: (name: string) => format('userSources.selectLabel', { name }),
        deleteSelected: (count: number) => format('userSources.deleteSelected', { count }),
        deleting: (done: number, total: number) => format('userSources.deleting', { done, total }),
        imported: (added: number, updated: number) => plural('userSources.imported', added, { updated }),
        removeLabel: (name: string) => format('userSources.removeLabel', { name }),
        exporting: (count: number) => format('userSources.exporting', { count }),
        exported: (count: number) => plural('userSources.exported', count),
        retentionRemoved: (count: number) => plural('userSources.retentionRemoved', count),
      },
    ),

    keep: withTexts(
      texts('keep.', [
        'kept',
        'updated',
        'undone',
        'undo',
        'ask',
        'yes',
        'notNow',
        'close',
        'noticeLabel',
        'popupSwitch',
        'heading',
        'enable',
        'explain',
        'paused',
        'rulesHeading',
        'noRules',
        'siteLabel',
        'sitePlaceholder',
        'ruleLabel',
        'addRule',
        'removeRule',
      ]),
      {
        rule: texts('keep.rule.', ['always', 'never', 'ask']),
        removeRuleLabel: (site: string) => format('keep.removeRuleLabel', { site }),
      },
    ),

    popup: withTexts(
      texts('popup.', [
        'textSuggestion',
        'compareInSidebar',
        'sidebarFailed',
        'settingsFailed',
        'onThisPage',
        'openSidebar',
        'pageLoading',
        'pageError',
        'unsupportedTitle',
        'unsupportedBrowserPage',
        'unsupportedNoAnswer',
        'pausedTitle',
        'pausedHint',
        'noItemsTitle',
        'noItemsHint',
        'settingsLegend',
        'highlightEverywhere',
        'densityLegend',
        'densityFirst',
        'densityAll',
        'kindsLegend',
        'noStory',
      ]),
      {
        /** A story's date span, each end already formatted; one date when both ends are the same day. */
        storyDates: (from: string, to: string) =>
          from === to ? from : format('popup.storyDates', { from, to }),
        siteOffTitle: (host: string) => format('popup.siteOffTitle', { host }),
        siteOffHint: (host: string) => format('popup.siteOffHint', { host }),
        /** `name`: the page's outlet, null while unknown. */
        pageIsSource: (name: string | null) =>
          name === null ? text('popup.pageIsSource') : format('popup.pageIsNamedSource', { name }),
        mentions: (count: number) => plural('popup.mentions', count),
        highlightSite: (host: string) => format('popup.highlightSite', { host }),
        kinds: texts('popup.kinds.', ITEM_KINDS) satisfies Record<EntityKind, string>,
      },
    ),

    // The item card shown next to a highlighted mention on a page.
    cardLabel: (label: string) => format('card.label', { label }),
    cardBodyLabel: (label: string) => format('card.bodyLabel', { label }),
    /** The whole summary line; `pageSource` names the page's own source when the page is one. */
    cardMentionedBy: (mentionedBy: number, sources: number, pageSource: string | null) =>
      pageSource === null
        ? plural('card.mentionedBy', sources, { mentionedBy })
        : plural('card.mentionedByWithPage', sources, { mentionedBy, pageSource }),
    cardNoOthers: (label: string) => format('card.noOthers', { label }),
    cardNoSameStory: (label: string) => format('card.noSameStory', { label }),
    cardOtherStories: (sources: number) => plural('card.otherStories', sources),
    /** A story's first and last dates, each already formatted. */
    dateSpan: (from: string, to: string) => format('card.dateSpan', { from, to }),
    cardMorePassages: (count: number) => plural('card.morePassages', count),
    /** A source without a known outlet, named by its title. */
    cardQuotedTitle: (title: string) => format('card.quotedTitle', { title }),
    /** One outlet with several silent articles: "Reuters (2)". */
    cardSilentSource: (name: string, articles: number) =>
      articles === 1 ? name : format('card.silentSource', { name, articles }),
    /** How much could be compared (describeComparisonExtent): for the card, the sidebar and any summary. */
    comparisonExtent: (extent: ComparisonExtent) => {
      if (extent.message === 'noFacts') return text('extent.noFacts');
      if (extent.message === 'nothingCompared') return plural('extent.nothingCompared', extent.facts);
      return plural('extent.compared', extent.facts, {
        compared: extent.compared,
        differ:
          extent.differ === 0 ? text('extent.noDifference') : plural('extent.differences', extent.differ),
        agree: extent.agree === 0 ? text('extent.noAgreement') : plural('extent.agreements', extent.agree),
      });
    },
    cardSilentList: (names: readonly string[], more: number) => {
      const list = names.join(text('card.listSeparator'));
      return more > 0 ? format('card.silentListMore', { names: list, more }) : list;
    },

    options: withTexts(
      texts('options.', [
        'title',
        'intro',
        'sitesHeading',
        'noSitesOff',
        'siteOn',
        'privacy',
        'open',
        'scopeLegend',
        'scopeStory',
        'scopeEvery',
      ]),
      { siteOnLabel: (site: string) => format('options.siteOnLabel', { site }) },
    ),
    sidebar: withTexts(
      texts('sidebar.', [
        'loadingTitle',
        'loadingHint',
        'errorTitle',
        'errorHint',
        'unsupportedTitle',
        'unsupportedHint',
        'offTitle',
        'offHint',
        'noItemsTitle',
        'noItemsHint',
        'backToPage',
        'pageItemsHeading',
        'compare',
        'showOnPage',
        'matrixCaption',
        'matrixItem',
        'matrixThisPage',
        'thisPageColumn',
        'matrixPageSource',
        'matrixEmpty',
        'matrixNotMentioned',
        'selectedText',
        'sourcesHeading',
        'sourcesLabel',
        'differentTime',
        'differentTimeShort',
        'noPassages',
        'factsHeading',
        'factsCaption',
        'factsLabel',
        'factColumn',
        'notStated',
        'noSpeakerNamed',
        'notMentionedBy',
        'nobodySilent',
        'exportHeading',
        'downloadMarkdown',
        'copyMarkdown',
        'downloadJson',
        'copied',
        'copyFailed',
      ]),
      {
        /** The technical reason, shown small under the hint. */
        errorDetail: (message: string) => format('sidebar.errorDetail', { message }),
        pageItemsCount: (count: number) => plural('sidebar.pageItemsCount', count),
        itemOnPage: (count: number) => format('sidebar.itemOnPage', { count }),
        compareLabel: (label: string) => format('sidebar.compareLabel', { label }),
        showOnPageLabel: (label: string) => format('sidebar.showOnPageLabel', { label }),
        pageIsSource: (name: string) => format('sidebar.pageIsSource', { name }),
        sourcesOfStoryLabel: (story: string) => format('sidebar.sourcesOfStoryLabel', { story }),
        comparisonSummary: (sources: number, silent: number) => {
          const mentioned = plural('sidebar.mentionedBySources', sources);
          return silent === 0
            ? format('sidebar.comparisonSummary', { mentioned })
            : format('sidebar.comparisonSummaryWithSilent', {
                mentioned,
                silent: plural('sidebar.silentSources', silent),
              });
        },
        saidBy: (speaker: string) => format('sidebar.saidBy', { speaker }),
      },
    ),
    briefing: withTexts(
      texts('briefing.', [
        'pageStoryHeading',
        'storyHeading',
        'sourcesHeading',
        'sourcesLabel',
        'thisPage',
        'differHeading',
        'noDifferences',
        'missingHeading',
        'noMissing',
        'onlyHeading',
        'noOnly',
        'agreeHeading',
        'noAgreements',
        'matrixHeading',
        'passages',
        'offStory',
        'allStories',
        'searchLabel',
        'searchPlaceholder',
        'searchButton',
        'storiesHeading',
        'noStories',
        'backToStory',
        'itemsOnPage',
        'onlySource',
        'silentNone',
      ]),
      {
        storiesCount: (count: number) => plural('briefing.storiesCount', count),
        sourcesCount: (count: number) => plural('briefing.sourcesCount', count),
        more: (count: number) => format('briefing.more', { count }),
        compareItem: (label: string) => format('briefing.compareItem', { label }),
        reportedBy: (names: readonly string[]) =>
          format('briefing.reportedBy', { names: names.join(text('card.listSeparator')) }),
        dates: (from: string, to: string) => format('briefing.dates', { from, to }),
        itemSources: (mentioned: number, total: number) =>
          format('briefing.itemSources', { mentioned, total }),
        itemSilent: (names: readonly string[]) =>
          format('briefing.itemSilent', { names: names.join(text('card.listSeparator')) }),
        itemDiffers: (count: number) => plural('briefing.itemDiffers', count),
        valueSaid: (source: string, value: string) => format('briefing.valueSaid', { source, text: value }),
        quoteSaid: (source: string, speaker: string | null) =>
          speaker === null
            ? format('briefing.quoteNoSpeaker', { source })
            : format('briefing.quoteSaid', { source, speaker }),
      },
    ),
    panel: withTexts(
      texts('panel.', [
        'timelineLegendPublished',
        'timelineLegendReported',
        'timelineLegendPage',
        'showFewerItems',
        'settings',
      ]),
      {
        sourcePassages: (count: number) => plural('panel.sourcePassages', count),
        stripLabel: (mentioned: number, total: number) => format('panel.stripLabel', { mentioned, total }),
        stripMentions: (source: string, count: number) => plural('panel.stripMentions', count, { source }),
        stripSilent: (source: string) => format('panel.stripSilent', { source }),
        storyStripCaption: (total: number) => format('panel.storyStripCaption', { total }),
        storyStripLabel: (total: number) => format('panel.storyStripLabel', { total }),
        storyStripCell: (source: string, count: number, total: number) =>
          plural('panel.storyStripCell', count, { source, total }),
        timelineLabel: (from: string, to: string) => format('panel.timelineLabel', { from, to }),
        timelinePublished: (source: string, date: string, isPage: boolean) =>
          format(isPage ? 'panel.timelinePublishedPage' : 'panel.timelinePublished', { source, date }),
        timelineReported: (source: string, date: string, label: string) =>
          format('panel.timelineReported', { source, date, label }),
        factSource: (source: string, otherTime: boolean) =>
          format(otherTime ? 'panel.factSourceOtherTime' : 'panel.factSource', { source }),
        showAllItems: (count: number) => format('panel.showAllItems', { count }),
      },
    ),
    itemKind: texts('itemKind.', ITEM_KINDS) satisfies Record<EntityKind, string>,
    claims: withTexts(texts('claims.', ['heading', 'hedged', 'negated']), {
      reason: texts('claims.reason.', ['same', 'twoScales', 'negation', 'hedge', 'otherPlace', 'restated']),
      said: (source: string, clause: string) => format('claims.said', { source, text: clause }),
    }),
  },
);
