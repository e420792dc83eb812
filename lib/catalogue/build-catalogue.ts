import type { Article } from '../corpus';
import { isProperKind, type Catalogue, type Entity } from '../entities/catalogue-schema';
import { compileMatcher } from '../entities/compile-matcher';
import { dateLabel } from './date-mentions';
import { foldForMatch } from '../entities/fold-for-match';
import type { Overrides } from '../entities/overrides-schema';
import { articlePassages } from '../search/passage';
import { applyOverrides } from './apply-overrides';
import { addCompoundVariants } from './compound-variants';
import { conceptImplications } from './concept-implications';
import { addCoordinatedVariants } from './coordinated-variants';
import { addPrepositionalVariants } from './prepositional-variants';
import { addNamedDaySources } from './named-day-sources';
import { NO_LEXICON, type ConceptLexicon } from './concept-lexicon';
import { extractCandidates } from './extract-candidates';
import { addLexiconAliases } from './lexicon-aliases';
import { addPeoplesAdjectives } from './people-adjectives';
import { addLowerCaseOpenings } from './lower-case-openings';
import { addDomainNames } from './domain-names';
import { mergeCandidates, type DraftItem } from './merge-candidates';
import { corpusPhraseSources } from './concept-phrase-sources';
import { nameInstitutions } from './name-institutions';
import { datedTopics } from './dated-topics';
import { addRegionAdjectives } from './region-adjectives';
import { slugify } from './slugify';
import { articleSimilarity } from './article-similarity';
import { STORY_SPREAD, storyScatteredTopics } from './story-scattered-topics';
import { storyToldArticles } from './story-told-articles';
import { STORY_TOLD_SOURCE, storyUntoldSources } from './story-told-sources';
import { nounUses } from './noun-uses';
import type { Mention } from '../entities/compile-matcher';

export interface BuiltCatalogue {
  catalogue: Catalogue;
  /** Passage id → ids of the items it mentions, for the search index's `entities` field. */
  passageEntities: Map<string, string[]>;
}

export interface CatalogueOptions {
  overrides?: Overrides | undefined;
  /** Names the overrides file in errors. */
  overridesFile?: string;
  /** Synonyms and roles for topics (WordNet at build time); none by default. */
  lexicon?: ConceptLexicon | undefined;
  /**
   * The days (`MM-DD`) a passage names relative to its article's date ("on
   * Wednesday"), resolved as the comparison resolves them (lib/node passes
   * lib/compare's `daysNamedIn`; the catalogue may not import it). A date
   * item then lists the passages that name its day so, not only its
   * literal spellings; none by default.
   */
  namedDays?: ((text: string, published: string | null) => readonly string[]) | undefined;
}

/**
 * One alias belongs to one item. Aliases that the matcher cannot tell apart
 * ("night-shift rota" / "night shift rota") count as one; curated items keep
 * theirs, otherwise the item mentioned most does.
 */
function dedupeAliases(items: DraftItem[]): void {
  const owner = new Map<string, DraftItem>();
  const byPriority = [...items].sort(
    (a, b) => Number(b.curated ?? false) - Number(a.curated ?? false) || b.mentions - a.mentions,
  );
  for (const item of byPriority) {
    for (const [alias, caseSensitive] of [...item.aliases]) {
      const folded = foldForMatch(alias.trim());
      const key = caseSensitive ? `cased:${folded.cased}` : folded.folded;
      const current = owner.get(key);
      if (current !== undefined && current !== item) item.aliases.delete(alias);
      else owner.set(key, item);
    }
  }
}

function uniqueIds(items: DraftItem[]): string[] {
  const used = new Map<string, number>();
  return items.map((item) => {
    const base = slugify(item.label) || 'item';
    const seen = used.get(base) ?? 0;
    used.set(base, seen + 1);
    return seen === 0 ? base : `${base}-${seen + 1}`;
  });
}

/**
 * The catalogue of items worth comparing: candidates extracted with
 * compromise, merged, refined by the overrides, then located in every passage
 * with the same matcher the extension runs on pages, so what the catalogue
 * says a source mentions is exactly what the matcher finds.
 */
export function buildCatalogue(articles: readonly Article[], options: CatalogueOptions = {}): BuiltCatalogue {
  const authors = new Set(articles.map((article) => article.meta.author?.toLowerCase()).filter(Boolean));
  const lexicon = options.lexicon ?? NO_LEXICON;
  // Each passage's relatively named days, read once: they make a day shared and list its passages.
  const namedDays = new Map<string, readonly string[]>();
  const daysByArticle = new Map<string, Set<string>>();
  for (const article of articles)
    for (const passage of articlePassages(article)) {
      const days = options.namedDays?.(passage.text, article.meta.published) ?? [];
      namedDays.set(passage.id, days);
      daysByArticle.set(article.meta.id, new Set([...(daysByArticle.get(article.meta.id) ?? []), ...days]));
    }
  const candidates = extractCandidates(articles);
  addNamedDaySources(
    candidates,
    daysByArticle,
    articles.map((article) => ({ id: article.meta.id, published: article.meta.published })),
  );
  const topicHeads = new Set(
    candidates.flatMap((c) => (c.kind === 'topic' && c.words > 1 ? [c.key.split(' ').at(-1) ?? ''] : [])),
  );
  const phraseSources = corpusPhraseSources(articles, topicHeads);
  let items = mergeCandidates(candidates, lexicon, articles.length, phraseSources).filter(
    (item) => !authors.has(item.label.toLowerCase()),
  );
  items.push(...nameInstitutions(items, articles), ...datedTopics(articles));
  if (options.overrides)
    items = applyOverrides(items, options.overrides, options.overridesFile ?? 'overrides', slugify);
  addCompoundVariants(items, articles);
  addCoordinatedVariants(items, articles);
  addPrepositionalVariants(items, articles);
  addLexiconAliases(items, articles, lexicon);
  addPeoplesAdjectives(items, articles);
  addRegionAdjectives(items, articles);
  addLowerCaseOpenings(items, articles);
  addDomainNames(items, articles);
  dedupeAliases(items);
  items = items.filter((item) => item.aliases.size > 0);

  const ids = uniqueIds(items);
  const matcher = compileMatcher(
    items.flatMap((item, index) =>
      [...item.aliases].map(([text, caseSensitive]) => ({
        text,
        entityId: ids[index] as string,
        caseSensitive,
        properNoun: isProperKind(item.kind),
      })),
    ),
  );

  const implies = conceptImplications(
    items.map((item, index) => ({ ...item, id: ids[index] as string })),
    lexicon,
  );

  const dateItems = new Map(
    items.flatMap((item, index) =>
      item.kind === 'date' ? [[item.label, ids[index] as string] as const] : [],
    ),
  );

  const sources = new Map<string, Map<string, string[]>>(ids.map((id) => [id, new Map()]));
  const mentions = new Map<string, number>();
  const passageEntities = new Map<string, string[]>();
  // Article → item → mentions the matcher found itself, for the story spread of lone nouns.
  const direct = new Map<string, Map<string, number>>();
  // Nouns scattered over the corpus say nothing of which story an article tells.
  const storyBound = new Set(ids.filter((_, index) => items[index]?.storyBound === true));
  // Article → the items its headline names, which the story tells whatever its body says.
  const inHeadline = new Map<string, Set<string>>();
  // Passage → its text and the topics' own words in it, to tell a noun from a verb the aliases also match.
  const topicIds = new Set(ids.filter((_, index) => items[index]?.kind === 'topic'));
  const topicMentions = new Map<string, { text: string; mentions: Mention[] }>();
  for (const article of articles) {
    const inArticle = new Map<string, number>();
    direct.set(article.meta.id, inArticle);
    const headline = new Set(matcher.findAll(article.meta.title ?? '').map((mention) => mention.entityId));
    for (const id of [...headline]) for (const also of implies.get(id) ?? []) headline.add(also);
    inHeadline.set(article.meta.id, headline);
    for (const passage of articlePassages(article)) {
      const found = new Set<string>();
      const matched = matcher.findAll(passage.text);
      const ofTopics = matched.filter((mention) => topicIds.has(mention.entityId));
      if (ofTopics.length > 0) topicMentions.set(passage.id, { text: passage.text, mentions: ofTopics });
      for (const mention of matched) {
        found.add(mention.entityId);
        mentions.set(mention.entityId, (mentions.get(mention.entityId) ?? 0) + 1);
        if (!storyBound.has(mention.entityId))
          inArticle.set(mention.entityId, (inArticle.get(mention.entityId) ?? 0) + 1);
      }
      // A passage serves every concept its wording reports, not only the longest match.
      for (const id of [...found]) for (const also of implies.get(id) ?? []) found.add(also);
      // "On Wednesday" in an article of Monday 4 August reports the August 6 item.
      for (const day of namedDays.get(passage.id) ?? []) {
        const dateItem = dateItems.get(dateLabel(day));
        if (dateItem === undefined || found.has(dateItem)) continue;
        found.add(dateItem);
        // A day no article writes out is mentioned in these words only.
        mentions.set(dateItem, (mentions.get(dateItem) ?? 0) + 1);
      }
      for (const id of found) {
        const bySource = sources.get(id) as Map<string, string[]>;
        bySource.set(article.meta.id, [...(bySource.get(article.meta.id) ?? []), passage.id]);
      }
      if (found.size > 0) passageEntities.set(passage.id, [...found]);
    }
  }

  const articlesOf = new Map<string, string[]>();
  for (const [article, found] of direct)
    for (const id of found.keys()) {
      const list = articlesOf.get(id);
      if (list === undefined) articlesOf.set(id, [article]);
      else list.push(article);
    }
  const similarity = articleSimilarity(direct);
  const scattered = storyScatteredTopics(
    items.map((item, index) => ({ ...item, id: ids[index] as string })),
    (id) => articlesOf.get(id) ?? [],
    similarity,
  );
  // A scattered noun stays an item in the stories that tell it ("video" in the reports of a filmed scuffle).
  const allArticles = articles.map((article) => article.meta.id);
  const related = (a: string, b: string): boolean => similarity(a, b) >= STORY_SPREAD.sameStory;
  const draftOf = new Map(ids.map((id, index) => [id, items[index] as DraftItem]));
  for (const id of new Set([...scattered, ...storyBound])) {
    const bySource = sources.get(id) as Map<string, string[]>;
    // The noun as the reports use it, not the verb forms its aliases also match ("looking" is no "look").
    const told = new Set(storyToldArticles(draftOf.get(id)?.sources ?? new Map(), allArticles, related));
    for (const article of bySource.keys()) if (!told.has(article)) bySource.delete(article);
    mentions.set(
      id,
      [...bySource.values()].reduce((sum, passages) => sum + passages.length, 0),
    );
    if (told.size > 0) scattered.delete(id);
    else scattered.add(id);
  }
  // A topic is listed with the sources of the stories that tell it, not of those that only pass it by.
  const untold = storyUntoldSources(
    items.flatMap((item, index) => {
      const id = ids[index] as string;
      if (item.kind !== 'topic' || item.curated === true || storyBound.has(id) || scattered.has(id))
        return [];
      // A passage names the topic with its own words as a noun, or with another item's that implies it.
      const names = (passage: string): boolean => {
        const found = topicMentions.get(passage);
        const own = found?.mentions.filter((mention) => mention.entityId === id) ?? [];
        return own.length === 0 || nounUses(found?.text ?? '', own) > 0;
      };
      // The extraction's noun count is evidence too: the tagger reads "an assault weapons ban" as a verb.
      const namings = new Map(
        [...(sources.get(id) as Map<string, string[]>)].map(([article, passages]) => [
          article,
          (item.sources.get(article) ?? 0) >= STORY_TOLD_SOURCE.minNamings
            ? (item.sources.get(article) ?? 0)
            : Math.max(item.sources.get(article) ?? 0, passages.filter(names).length),
        ]),
      );
      return [{ id, namings }];
    }),
    (article, id) => inHeadline.get(article)?.has(id) ?? false,
    related,
  );
  for (const [id, dropped] of untold) {
    const bySource = sources.get(id) as Map<string, string[]>;
    for (const article of dropped) bySource.delete(article);
    // The matcher's own finds in the reports left: a topic only ever implied by a longer one stays out.
    mentions.set(
      id,
      [...bySource.keys()].reduce((sum, article) => sum + (direct.get(article)?.get(id) ?? 0), 0),
    );
  }

  const entities: Entity[] = items
    .map((item, index) => {
      const id = ids[index] as string;
      return {
        id,
        label: item.label,
        kind: item.kind,
        aliases: [...item.aliases].map(([text, caseSensitive]) => ({ text, caseSensitive })),
        sources: Object.fromEntries(sources.get(id) ?? []),
        mentions: mentions.get(id) ?? 0,
        also: [...(implies.get(id) ?? [])],
      };
    })
    .filter((entity) => entity.mentions > 0 && !scattered.has(entity.id))
    .sort(
      (a, b) => a.kind.localeCompare(b.kind) || b.mentions - a.mentions || a.label.localeCompare(b.label),
    );

  const kept = new Set(entities.map((entity) => entity.id));
  const keptPassages = new Map(
    entities.map((entity) => [entity.id, new Set(Object.values(entity.sources).flat())]),
  );
  for (const [passage, found] of passageEntities)
    passageEntities.set(
      passage,
      found.filter((id) => kept.has(id) && (keptPassages.get(id)?.has(passage) ?? false)),
    );
  const withImplied = entities.map(({ also, ...entity }) => {
    const implied = (also ?? []).filter((id) => kept.has(id));
    return implied.length > 0 ? { ...entity, also: implied } : entity;
  });
  return { catalogue: { format: 1, entities: withImplied }, passageEntities };
}
