import type { AsPlainObject } from 'minisearch';
import { extension } from '../browser';
import {
  CATALOGUE_ASSET,
  CLAIMS_ASSET,
  INDEX_ASSET,
  SIGNATURES_ASSET,
  SOURCES_ASSET,
  STORIES_ASSET,
} from '../corpus-assets';
import { claimsFileSchema, type ClaimsOf } from '../compare';
import type { SourceMeta } from '../corpus';
import { catalogueSchema, type Catalogue } from '../entities';
import { sourceSignatureSchema, type SourceSignature } from '../messaging';
import { sourcesFileSchema } from '../search';
import { readStoriesFile, type StoryIndex } from '../stories';
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
  /** The shipped stories file, checked; each state builds its own index from it (see `bundledStories`). */
  storiesJson: unknown;
  /** The claims read from each shipped passage at build time; absent from a build without them. */
  claimsOf?: ClaimsOf | undefined;
}

/** The shipped claims by passage, or none when the build shipped no claims file. */
async function loadClaims(): Promise<ClaimsOf | undefined> {
  const response = await fetch(extension.url(CLAIMS_ASSET));
  if (!response.ok) return undefined;
  const claims = parseAsset(claimsFileSchema, await response.text(), CLAIMS_ASSET);
  const byPassage = new Map<string, typeof claims>();
  for (const claim of claims)
    byPassage.set(claim.passageId, [...(byPassage.get(claim.passageId) ?? []), claim]);
  return (passageId) => byPassage.get(passageId) ?? [];
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
  const [sourcesText = '', indexJson = '', catalogueText = '', signaturesText = '', storiesText = ''] =
    await Promise.all(
      [SOURCES_ASSET, INDEX_ASSET, CATALOGUE_ASSET, SIGNATURES_ASSET, STORIES_ASSET].map(fetchText),
    );
  const catalogue = parseAsset(catalogueSchema, catalogueText, CATALOGUE_ASSET);
  const storiesJson: unknown = JSON.parse(storiesText);
  // Checked now, so a bad file fails the load with its path rather than the first card.
  bundledStories({ catalogue, storiesJson });
  return {
    key: `${extension.version()}:${indexJson.length}:${catalogueText.length}:${sourcesText.length}`,
    sources: parseAsset(sourcesFileSchema, sourcesText, SOURCES_ASSET),
    indexJson,
    catalogue,
    signatures: parseAsset(z.array(sourceSignatureSchema), signaturesText, SIGNATURES_ASSET),
    storiesJson,
    claimsOf: await loadClaims(),
  };
}

/** The shipped corpus' stories, as an index that also scores pages; labels from the catalogue. */
export function bundledStories(assets: Pick<BundledAssets, 'catalogue' | 'storiesJson'>): StoryIndex {
  const labels = new Map(assets.catalogue.entities.map((entity) => [entity.id, entity.label]));
  return readStoriesFile(assets.storiesJson, STORIES_ASSET, {}, (id) => labels.get(id));
}

/** The shipped corpus in the shape the incremental merge starts from (parses the index: only on a change). */
export function bundledParts(assets: BundledAssets): BundledParts {
  return {
    index: JSON.parse(assets.indexJson) as AsPlainObject,
    sources: assets.sources,
    catalogue: assets.catalogue,
    signatures: assets.signatures,
    storiesJson: assets.storiesJson,
  };
}
