import { parseArticle } from '../corpus/parse-article';
import type { Article } from '../corpus/types';
import type { UserSource } from './user-source-schema';

export class UserSourceError extends Error {
  override name = 'UserSourceError';
}

/**
 * A user source as the rest of Parallax sees it: parsed like a seed (the
 * reader's confirmed facts act as the manifest, so they win; what is unknown
 * may still come from the text) and marked as theirs.
 */
export function userArticle(source: UserSource): Article {
  const { id, outlet, title, author, published, url, text } = source;
  const article = parseArticle(id, text, {
    manifest: { outlet, title, author, published, url, publishedApproximate: false },
  });
  if (article.paragraphs.every((paragraph) => paragraph.sentences.length === 0))
    throw new UserSourceError(
      `user-sources: ${title ?? id}: no sentences left after removing page furniture`,
    );
  return { ...article, meta: { ...article.meta, yours: true } };
}
