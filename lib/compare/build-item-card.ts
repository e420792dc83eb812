import type { SourceMeta } from '../corpus';
import { compileMatcher, type Entity } from '../entities';
import { cardFindings } from './card-findings';
import type { Comparison } from './comparison-schema';
import { PASSAGES_PER_SOURCE, type CardSource, type ItemCard } from './item-card-schema';

/**
 * How a passage is ranked for the card. A passage that opens with the item is
 * about it rather than in passing; figures and quotations are what readers
 * compare; very short sentences say little. Weights are relative to 1.
 */
const WEIGHTS = {
  itemEarly: 0.6,
  /** "Early" means the first mention starts in the first third of the passage. */
  earlyShare: 1 / 3,
  figure: 0.4,
  quotation: 0.4,
  perOtherItem: 0.15,
  maxOtherItems: 3,
  short: -0.6,
  shortBelowChars: 60,
} as const;

export interface StoredPassage {
  text: string;
  entities: readonly string[];
}

export interface ItemCardInput {
  entity: Entity;
  /** Every source of the corpus, in corpus order. */
  sources: readonly SourceMeta[];
  passage: (id: string) => StoredPassage | undefined;
  /** The page's own source, when the page is a corpus article. */
  pageSourceId: string | null;
  /** The page's words around the mention, when it is not a corpus article: its figures join the findings. */
  pageContext?: string | undefined;
  /** The item's comparison (compareItem), whose differences and agreements become the findings. */
  comparison: Pick<Comparison, 'facts' | 'discrepancies' | 'agreements'>;
  /** A catalogue item's label, to name a quotation's speaker. */
  labelOf: (entityId: string) => string | undefined;
}

interface Ranked {
  id: string;
  text: string;
  emphasis: [number, number][];
  order: number;
  score: number;
}

const FIGURE = /\d/u;
const QUOTATION = /["“”]/u;

function rank(id: string, order: number, stored: StoredPassage, emphasis: [number, number][]): Ranked {
  const first = emphasis[0]?.[0] ?? stored.text.length;
  const others = Math.min(stored.entities.length - 1, WEIGHTS.maxOtherItems);
  const score =
    1 +
    (first <= stored.text.length * WEIGHTS.earlyShare ? WEIGHTS.itemEarly : 0) +
    (FIGURE.test(stored.text) ? WEIGHTS.figure : 0) +
    (QUOTATION.test(stored.text) ? WEIGHTS.quotation : 0) +
    Math.max(0, others) * WEIGHTS.perOtherItem +
    (stored.text.length < WEIGHTS.shortBelowChars ? WEIGHTS.short : 0);
  return { id, text: stored.text, emphasis, order, score };
}

/**
 * What each other source says about an item: its best passages (ranked as
 * above, shown in article order), the sources that do not mention it,
 * whether the page itself is one of the sources, and the figures and
 * quotations they (and the page) agree or differ on.
 */
export function buildItemCard(input: ItemCardInput): ItemCard {
  const { entity, sources, passage, pageSourceId } = input;
  const matcher = compileMatcher(
    entity.aliases.map((alias) => ({ ...alias, entityId: entity.id, properNoun: false })),
  );
  const others: CardSource[] = [];
  const silent: SourceMeta[] = [];
  for (const source of sources) {
    if (source.id === pageSourceId) continue;
    const ids = entity.sources[source.id] ?? [];
    const ranked = ids.flatMap((id, order) => {
      const stored = passage(id);
      if (!stored) return [];
      const emphasis = matcher.findAll(stored.text).map((m): [number, number] => [m.start, m.end]);
      return [rank(id, order, stored, emphasis)];
    });
    if (ranked.length === 0) {
      silent.push(source);
      continue;
    }
    const best = [...ranked]
      .sort((a, b) => b.score - a.score || a.order - b.order)
      .slice(0, PASSAGES_PER_SOURCE)
      .sort((a, b) => a.order - b.order);
    others.push({
      source,
      passages: best.map(({ id, text, emphasis }) => ({ id, text, emphasis })),
      mentionCount: ranked.length,
    });
  }
  others.sort((a, b) => b.mentionCount - a.mentionCount);
  const pageSource = sources.find((source) => source.id === pageSourceId) ?? null;
  return {
    item: { id: entity.id, label: entity.label, kind: entity.kind },
    sourceCount: sources.length,
    mentionedByCount: sources.filter((source) => (entity.sources[source.id]?.length ?? 0) > 0).length,
    pageSource,
    others,
    silent,
    findings: cardFindings(input.comparison, {
      sources,
      pageSourceId,
      pageContext: input.pageContext,
      labelOf: input.labelOf,
    }),
  };
}
