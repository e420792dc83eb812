import type { AsPlainObject } from 'minisearch';
import { extension } from '../browser';
import { CATALOGUE_ASSET, INDEX_ASSET, SIGNATURES_ASSET, SOURCES_ASSET } from '../corpus-assets';
import type { SourceMeta } from '../corpus';
import { catalogueSchema, type Catalogue } from '../entities';
import { sourceSignatureSchema, type SourceSignature } from '../messaging';
import { sourcesFileSchema } from '../search';
import type { BundledParts } from '../user-sources';
import { describeIssues, z } from '../validation';

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
  const response = await fetch(extension.url(path));
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
    key: `${extension.version()}:${indexJson.length}:${catalogueText.length}:${sourcesText.length}`,
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
