import browser from 'webextension-polyfill';
import type { AsPlainObject } from 'minisearch';
import { CATALOGUE_ASSET, INDEX_ASSET, SIGNATURES_ASSET, SOURCES_ASSET } from '../corpus-assets';
import { corpusView, type Comparison, type CorpusView } from '../compare';
import type { SourceMeta } from '../corpus';
import { catalogueSchema, type Catalogue } from '../entities';
import { sourceSignatureSchema, type SourceSignature } from '../messaging';
import { CorpusSearch, sourcesFileSchema } from '../search';
import type { BundledParts } from '../user-sources';
import { describeIssues, z } from '../validation';

/** Everything the background answers from: the bundled corpus, with the reader's sources merged in. */
export interface BundledCorpus {
  search: CorpusSearch;
  catalogue: Catalogue;
  signatures: SourceSignature[];
  /** The comparison engine's view, and the comparisons already made (an item's never changes). */
  view: CorpusView;
  comparisons: Map<string, Comparison>;
}

/** The shipped files, parsed once per service-worker life. */
export interface BundledAssets {
  /** Changes whenever the extension ships another corpus (a persisted merge of an older one is rebuilt). */
  key: string;
  sources: SourceMeta[];
  indexJson: string;
  catalogue: Catalogue;
  signatures: SourceSignature[];
}

async function fetchText(path: string): Promise<string> {
  const response = await fetch(browser.runtime.getURL(`/${path}`));
  if (!response.ok) throw new Error(`corpus: cannot read ${path} (${response.status})`);
  return response.text();
}

function parseAsset<T>(schema: z.ZodMiniType<T>, text: string, path: string): T {
  const result = schema.safeParse(JSON.parse(text));
  if (!result.success) throw new Error(`corpus: ${path}: ${describeIssues(result.error)}`);
  return result.data;
}

/** Reads the corpus files shipped inside the extension: index, sources, catalogue and signatures. */
export async function loadBundledAssets(): Promise<BundledAssets> {
  const [sourcesText = '', indexJson = '', catalogueText = '', signaturesText = ''] = await Promise.all(
    [SOURCES_ASSET, INDEX_ASSET, CATALOGUE_ASSET, SIGNATURES_ASSET].map(fetchText),
  );
  return {
    key: `${browser.runtime.getManifest().version}:${indexJson.length}:${catalogueText.length}:${sourcesText.length}`,
    sources: parseAsset(sourcesFileSchema, sourcesText, SOURCES_ASSET),
    indexJson,
    catalogue: parseAsset(catalogueSchema, catalogueText, CATALOGUE_ASSET),
    signatures: parseAsset(z.array(sourceSignatureSchema), signaturesText, SIGNATURES_ASSET),
  };
}

/** The shipped corpus in the shape the incremental merge starts from (parses the index: only on a change). */
export function bundledParts(assets: BundledAssets): BundledParts {
  return {
    index: JSON.parse(assets.indexJson) as AsPlainObject,
    sources: assets.sources,
    catalogue: assets.catalogue,
    signatures: assets.signatures,
  };
}

/**
 * What the handlers answer from, with hidden sources left out: of search
 * results and of the sources table (so of cards, comparisons and the
 * coverage matrix), and items no visible source mentions are not
 * highlighted. Page signatures stay whole: a page is still recognised as
 * the source it is.
 */
export function corpusFor(
  search: CorpusSearch,
  allSources: readonly SourceMeta[],
  catalogue: Catalogue,
  signatures: SourceSignature[],
  hidden: ReadonlySet<string>,
): BundledCorpus {
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
  };
}

/** The bundled corpus alone (no sources of the reader's, none hidden). */
export async function loadBundledCorpus(): Promise<BundledCorpus> {
  const assets = await loadBundledAssets();
  const search = CorpusSearch.load(
    { sources: assets.sources, indexJson: assets.indexJson },
    'bundled corpus',
  );
  return corpusFor(search, assets.sources, assets.catalogue, assets.signatures, new Set());
}
