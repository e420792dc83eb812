import type { SourcedFact } from './comparison-schema';
import { extractFacts } from './facts';
import { sourcedFact } from './sourced-fact';

/** The page being read, when it is not a corpus article, as a source id in findings. */
export const THIS_PAGE_ID = 'this-page';

/**
 * The facts the page itself states around a mention, so the card can say
 * "this page says X; source A says Y". Speakers stay unresolved: the page's
 * wording is not in the catalogue's passages.
 */
export function pageFacts(context: string, published: string | null = null): SourcedFact[] {
  return extractFacts(context, { published }).map((fact) =>
    sourcedFact(fact, { sourceId: THIS_PAGE_ID, passageId: `${THIS_PAGE_ID}#0`, sentence: context }, null),
  );
}
