import type { Article } from '../corpus';
import { isProperKind } from '../entities/catalogue-schema';
import type { DraftItem } from './merge-candidates';

/**
 * A website named in words ("Big Government") is also written as its
 * address ("a conservative blogger for biggovernment.com"): the name's
 * words run together, then a top-level domain. The addresses the corpus
 * writes become aliases of the organisation.
 */
export function addDomainNames(items: readonly DraftItem[], articles: readonly Article[]): void {
  const text = articles
    .map((article) => `${article.meta.title ?? ''}\n${article.body}`)
    .join('\n')
    .toLowerCase();
  const domains = new Map<string, string>();
  for (const [, name, domain] of text.matchAll(
    /(?<![\p{L}\p{N}.@/-])(?:www\.)?(\p{L}+)\.(com|org|net)(?![\p{L}\p{N}])/gu,
  ))
    if (name !== undefined) domains.set(name, `${name}.${domain ?? ''}`);
  if (domains.size === 0) return;
  for (const item of items) {
    if (!isProperKind(item.kind) || item.kind === 'person' || item.curated) continue;
    for (const alias of [...item.aliases.keys()]) {
      if (!alias.includes(' ')) continue;
      const address = domains.get(alias.toLowerCase().replace(/[^\p{L}]/gu, ''));
      if (address !== undefined) item.aliases.set(address, false);
    }
  }
}
