import type { Article } from '../../../lib/corpus';
import { renderSeedPage } from '../../support/browser/render-seed-page';

/** What the page's script is called by (`window[SPA_NAVIGATE]()`), as a reader's click on a link would. */
export const SPA_NAVIGATE = 'spaNavigate';

/** The `<article>` of a rendered seed page. */
function articleOf(html: string): string {
  const found = /<article[\s\S]*<\/article>/.exec(html);
  if (!found) throw new Error('e2e: render-spa-page: a seed page without an <article>');
  return found[0];
}

/**
 * A single-page app in miniature: `first`'s seed page whose script, when
 * `window.spaNavigate()` is called, pushes `nextUrl` with the history API and
 * then swaps the article for `next`'s, as a client-side router does. No
 * document loads: only the content script can tell the extension.
 */
export function renderSpaPage(first: Article, next: Article, nextUrl: string): string {
  const nextTitle = next.meta.title ?? `Untitled article (${next.meta.id})`;
  const script = `
    <template id="spa-next">${articleOf(renderSeedPage(next))}</template>
    <script>
      window.${SPA_NAVIGATE} = () => {
        const next = document.getElementById('spa-next');
        history.pushState(null, '', ${JSON.stringify(nextUrl)});
        document.title = ${JSON.stringify(nextTitle).replace(/</g, '\\u003c')};
        document.querySelector('body > article').replaceWith(next.content.cloneNode(true));
      };
    </script>
  </body>`;
  return renderSeedPage(first).replace('</body>', script);
}
