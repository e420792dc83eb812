import browser from 'webextension-polyfill';
import { z } from 'zod';
import { CATALOGUE_ASSET, INDEX_ASSET, SIGNATURES_ASSET, SOURCES_ASSET } from '../corpus-assets';
import { catalogueSchema, type Catalogue } from '../entities';
import { sourceSignatureSchema, type SourceSignature } from '../messaging';
import { CorpusSearch } from '../search';
import { describeIssues } from '../validation';

/** Everything the background answers from, loaded once per service-worker life. */
export interface BundledCorpus {
  search: CorpusSearch;
  catalogue: Catalogue;
  signatures: SourceSignature[];
}

async function fetchText(path: string): Promise<string> {
  const response = await fetch(browser.runtime.getURL(`/${path}`));
  if (!response.ok) throw new Error(`corpus: cannot read ${path} (${response.status})`);
  return response.text();
}

function parseAsset<T>(schema: z.ZodType<T>, text: string, path: string): T {
  const result = schema.safeParse(JSON.parse(text));
  if (!result.success) throw new Error(`corpus: ${path}: ${describeIssues(result.error)}`);
  return result.data;
}

/** Reads the corpus files shipped inside the extension: index, sources, catalogue and signatures. */
export async function loadBundledCorpus(): Promise<BundledCorpus> {
  const [sourcesText, indexJson, catalogueText, signaturesText] = await Promise.all(
    [SOURCES_ASSET, INDEX_ASSET, CATALOGUE_ASSET, SIGNATURES_ASSET].map(fetchText),
  );
  return {
    search: CorpusSearch.load(
      { sources: JSON.parse(sourcesText ?? '') as unknown, indexJson: indexJson ?? '' },
      'bundled corpus',
    ),
    catalogue: parseAsset(catalogueSchema, catalogueText ?? '', CATALOGUE_ASSET),
    signatures: parseAsset(z.array(sourceSignatureSchema), signaturesText ?? '', SIGNATURES_ASSET),
  };
}
