import type { SourceMeta } from '../corpus';
import { alignFacts } from './align-facts';
import type { AlignedFacts, Comparison } from './comparison-schema';
import { factStoryOf } from './compare-item';
import { findingLabel } from './day-label';
import { differentTimeSources } from './different-time';
import { describeComparisonExtent, type ComparisonExtent } from './describe-comparison-extent';
import { MAX_CARD_FINDINGS, type CardFinding } from './item-card-schema';
import { oneFindingPerDay } from './one-finding-per-day';
import { pageFacts, THIS_PAGE_ID } from './page-facts';
import type { PageStoryId, StoryOfSource } from './source-stories';

export interface CardFindingsInput {
  /** Every source of the corpus: which of them report another time is judged among all. */
  sources: readonly SourceMeta[];
  /** The page's own source, when the page is a corpus article (its figures are in the comparison already). */
  pageSourceId: string | null;
  /** The page's words around the mention, when it is not a corpus article. */
  pageContext?: string | undefined;
  labelOf: (entityId: string) => string | undefined;
  /**
   * Each source's story (the comparison was made with the same): the card then
   * keeps to the page's story, and sets the page's figures only against it.
   */
  storyOf?: StoryOfSource | undefined;
  /** The page's story (resolved: see pageStoryOf); null when it matches none. */
  pageStoryId?: PageStoryId;
}

type Findings = Pick<Comparison, 'facts' | 'discrepancies' | 'agreements'>;

/**
 * The comparison with the page's own figures set beside the sources' when the
 * page is not a corpus article; findings about the page come first. With
 * stories, the page's figures meet only its own story's: on a page of no
 * known story, they are set against nobody.
 */
function withPage(comparison: Findings, input: CardFindingsInput): Findings {
  if (input.pageSourceId !== null || !input.pageContext) return comparison;
  const { storyOf, pageStoryId } = input;
  if (storyOf && typeof pageStoryId !== 'string') return comparison;
  const page = pageFacts(input.pageContext);
  if (page.length === 0) return comparison;
  const facts = [...comparison.facts, ...page];
  const aligned = storyOf
    ? alignFacts(facts, new Set(), (sourceId) =>
        sourceId === THIS_PAGE_ID ? (pageStoryId ?? null) : factStoryOf(storyOf)(sourceId),
      )
    : alignFacts(facts, differentTimeSources(input.sources));
  const aboutPage = (list: Comparison['discrepancies']) =>
    list.filter((group) => group.values.some((value) => value.sourceId === THIS_PAGE_ID));
  return {
    ...comparison,
    discrepancies: [...aboutPage(aligned.discrepancies), ...comparison.discrepancies],
    agreements: [...aboutPage(aligned.agreements), ...comparison.agreements],
  };
}

/** On a page of a known story, only that story's findings: the others are about other events. */
function onPageStory(findings: AlignedFacts[], input: CardFindingsInput): AlignedFacts[] {
  const { storyOf, pageStoryId } = input;
  if (!storyOf || typeof pageStoryId !== 'string') return findings;
  return findings.filter((aligned) =>
    aligned.values.every(
      (value) => value.sourceId === THIS_PAGE_ID || storyOf(value.sourceId)?.id === pageStoryId,
    ),
  );
}

/** The item's differences and agreements (the page's own first) as the card shows them, speakers named by label. */
export function cardFindings(comparison: Findings, input: CardFindingsInput): CardFinding[] {
  const { discrepancies, agreements } = withPage(comparison, input);
  return toCardFindings(onPageStory([...discrepancies, ...oneFindingPerDay(agreements)], input), input);
}

/**
 * The card's findings and how much could be compared to find them: the facts
 * the card speaks for (on a page of a known story, that story's and the
 * page's own), how many were set beside another source's, and the
 * differences and agreements among them before the card keeps the first few.
 */
export function cardSummary(
  comparison: Findings,
  input: CardFindingsInput,
): { findings: CardFinding[]; extent: ComparisonExtent } {
  const withPageFacts = withPage(comparison, input);
  const page = input.pageSourceId === null && input.pageContext ? pageFacts(input.pageContext) : [];
  const { storyOf, pageStoryId } = input;
  const onStory = (sourceId: string): boolean =>
    !storyOf || typeof pageStoryId !== 'string' || sourceId === THIS_PAGE_ID
      ? true
      : storyOf(sourceId)?.id === pageStoryId;
  const kept = (list: AlignedFacts[]) => onPageStory(list, input);
  const discrepancies = kept(withPageFacts.discrepancies);
  const agreements = oneFindingPerDay(kept(withPageFacts.agreements));
  const facts = [...comparison.facts, ...(page.length > 0 && withPageFacts !== comparison ? page : [])];
  return {
    findings: toCardFindings([...discrepancies, ...agreements], input),
    extent: describeComparisonExtent({
      facts: facts.filter((fact) => onStory(fact.sourceId)),
      discrepancies,
      agreements,
    }),
  };
}

function toCardFindings(findings: AlignedFacts[], input: CardFindingsInput): CardFinding[] {
  return findings.slice(0, MAX_CARD_FINDINGS).map((aligned) => ({
    status: aligned.status,
    label: findingLabel(aligned),
    values: aligned.values.map((value) => ({
      sourceId: value.sourceId,
      // A quotation's words are the finding's label already; each source adds only who said it.
      text: value.kind === 'quote' ? '' : value.text,
      speaker:
        value.kind === 'quote'
          ? ((value.speakerId && input.labelOf(value.speakerId)) ?? value.speaker)
          : null,
    })),
  }));
}
