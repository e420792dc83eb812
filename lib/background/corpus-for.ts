import { corpusView, type ClaimsOf, type Comparison, type CorpusView } from '../compare';
import type { SourceMeta } from '../corpus';
import type { Catalogue } from '../entities';
import type { SourceSignature } from '../messaging';
import type { CorpusSearch } from '../search';
import type { StoryView } from '../stories';

/** Everything the background answers from: the bundled corpus, with the reader's sources merged in. */
export interface BundledCorpus {
  search: CorpusSearch;
  catalogue: Catalogue;
  signatures: SourceSignature[];
  /** The comparison engine's view, and the comparisons already made (an item's never changes). */
  view: CorpusView;
  comparisons: Map<string, Comparison>;
  /** The corpus' stories (hidden sources included: a story does not change when one of its sources is hidden). */
  stories: StoryView;
  /** The claims read from each shipped passage at build time (the reader's own sources have none yet). */
  claimsOf?: ClaimsOf | undefined;
}

export interface CorpusParts {
  search: CorpusSearch;
  sources: readonly SourceMeta[];
  catalogue: Catalogue;
  signatures: SourceSignature[];
  stories: StoryView;
  hidden: ReadonlySet<string>;
  claimsOf?: ClaimsOf | undefined;
}

/**
 * What the handlers answer from, with hidden sources left out: of search
 * results and of the sources table (so of cards, comparisons and the
 * coverage matrix), and items no visible source mentions are not
 * highlighted. Page signatures stay whole: a page is still recognised as
 * the source it is.
 */
export function corpusFor({
  search,
  sources: allSources,
  catalogue,
  signatures,
  stories,
  hidden,
  claimsOf,
}: CorpusParts): BundledCorpus {
  const visibleSearch = hidden.size === 0 ? search : search.withHidden(hidden, allSources);
  const visibleCatalogue: Catalogue =
    hidden.size === 0
      ? catalogue
      : {
          ...catalogue,
          entities: catalogue.entities.flatMap((entity) => {
            const sources = Object.fromEntries(
              Object.entries(entity.sources).filter(([id]) => !hidden.has(id)),
            );
            return Object.keys(sources).length > 0 ? [{ ...entity, sources }] : [];
          }),
        };
  return {
    search: visibleSearch,
    catalogue: visibleCatalogue,
    signatures,
    view: corpusView(visibleSearch, visibleCatalogue),
    comparisons: new Map(),
    stories,
    claimsOf,
  };
}
