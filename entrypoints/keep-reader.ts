import { looksLikeArticle, readKeptArticle } from '@/lib/content/keep-article-reader';
import { offerKeepReader } from '@/lib/content/keep-reader-module';

/** Readability for "Keep what I read", imported by the content script only where collection is on. */
export default defineUnlistedScript(() => {
  offerKeepReader({ looksLikeArticle, readKeptArticle });
});
