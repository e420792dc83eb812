import browser from 'webextension-polyfill';
import { CATALOGUE_ASSET, INDEX_ASSET, SIGNATURES_ASSET, SOURCES_ASSET } from '../corpus-assets';
import { corpusView, type Comparison, type CorpusView } from '../compare';
import { catalogueSchema, type Catalogue } from '../entities';
import { sourceSignatureSchema, type SourceSignature } from '../messaging';
import { CorpusSearch } from '../search';
import { describeIssues, z } from '../validation';

/** Everything the background answers from, loaded once per service-worker life. */
export interface BundledCorpus {
  search: CorpusSearch;
  catalogue: Catalogue;
  signatures: SourceSignature[];
  /** The comparison engine's view, and the comparisons already made (an item's never changes). */
  view: CorpusView;
  comparisons: Map<string, Comparison>;
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
export async function loadBundledCorpus(): Promise<BundledCorpus> {
  const [sourcesText, indexJson, catalogueText, signaturesText] = await Promise.all(
    [SOURCES_ASSET, INDEX_ASSET, CATALOGUE_ASSET, SIGNATURES_ASSET].map(fetchText),
  );
  const search = CorpusSearch.load(
    { sources: JSON.parse(sourcesText ?? '') as unknown, indexJson: indexJson ?? '' },
    'bundled corpus',
  );
  const catalogue = parseAsset(catalogueSchema, catalogueText ?? '', CATALOGUE_ASSET);
  return {
    search,
    catalogue,
    signatures: parseAsset(z.array(sourceSignatureSchema), signaturesText ?? '', SIGNATURES_ASSET),
    view: corpusView(search, catalogue),
    comparisons: new Map(),
  };
}
