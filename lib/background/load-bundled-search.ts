import browser from 'webextension-polyfill';
import { INDEX_ASSET, SOURCES_ASSET } from '../corpus-assets';
import { CorpusSearch } from '../search';

async function fetchText(path: string): Promise<string> {
  const response = await fetch(browser.runtime.getURL(`/${path}`));
  if (!response.ok) throw new Error(`search: cannot read ${path} (${response.status})`);
  return response.text();
}

/** Reads the corpus files shipped inside the extension and loads the index. */
export async function loadBundledSearch(): Promise<CorpusSearch> {
  const [sourcesText, indexJson] = await Promise.all([fetchText(SOURCES_ASSET), fetchText(INDEX_ASSET)]);
  return CorpusSearch.load({ sources: JSON.parse(sourcesText) as unknown, indexJson }, 'bundled corpus');
}
