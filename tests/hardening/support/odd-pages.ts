import { escapeHtml } from '../../support/browser/render-seed-page';
import { generatedPage } from '../../support/browser/stress-pages';

/**
 * Generated pages for the hostile-and-odd-pages suite: the shapes of web page
 * an extension meets on the open web (shadow roots, frames, SVG, canvas,
 * right-to-left text, invisible characters, pages that never stop changing,
 * single-page apps) with names the bundled catalogue knows in them. Pure: each
 * returns HTML; the spec serves it. The stress pages (huge text, many nodes,
 * deep nesting) come from ../../support/browser/stress-pages.ts, shared with the
 * benchmark.
 *
 * Every page gets BODY_SNAPSHOT_SCRIPT: the body as the page made it, so a
 * test can prove Parallax left it exactly so.
 */

/** Where the snapshot lives in the page's main world (see BODY_SNAPSHOT_SCRIPT). */
export const SNAPSHOT_GLOBAL = 'parallaxTestBody';

export interface BodySnapshot {
  html: string;
  text: string;
  /** When it was taken (page clock): must be before Parallax started, or after the page's own last change. */
  at: number;
}

/**
 * Takes the snapshot at DOMContentLoaded, when the parser is done and before
 * a `document_idle` content script runs (the test checks that order against
 * Parallax's start mark). A page that changes itself later calls
 * `parallaxTestSnapshot()` after its own change.
 */
const BODY_SNAPSHOT_SCRIPT = `<script>
      window.parallaxTestSnapshot = () => {
        window.${SNAPSHOT_GLOBAL} = { html: document.body.outerHTML, text: document.body.textContent, at: performance.now() };
      };
      document.addEventListener('DOMContentLoaded', () => window.parallaxTestSnapshot());
    </script>`;

/** Adds the snapshot script to any page (the stress pages are made elsewhere). */
export function withBodySnapshot(html: string): string {
  if (!html.includes('<head>')) throw new Error('odd pages: a page without <head> cannot take the snapshot');
  return html.replace('<head>', `<head>\n    ${BODY_SNAPSHOT_SCRIPT}`);
}

function page(title: string, body: string, { dir = 'ltr', lang = 'en' } = {}): string {
  const font = "18px/1.6 Georgia, 'DejaVu Serif', serif";
  return withBodySnapshot(generatedPage(title, body, { dir, lang, font }));
}

/** Items of the bundled catalogue the pages name (seeds/: every seed article speaks of them). */
export const NAMES = {
  envoy: 'Steve Witkoff',
  envoySurname: 'Witkoff',
  president: 'Vladimir Putin',
  fundHead: 'Kirill Dmitriev',
} as const;

/**
 * `count` mentions of one alias, `perBlock` to a paragraph: far more than the
 * live-range cap, in enough blocks that even the one-per-block density finds
 * more than the cap.
 */
export function oneAliasPage(alias: string, count: number, perBlock = 50): string {
  const sentence = `${escapeHtml(alias)} met officials again.`;
  const paragraph = `    <p>${Array.from({ length: perBlock }, () => sentence).join(' ')}</p>`;
  const blocks = Math.ceil(count / perBlock);
  return page(
    `${count.toLocaleString('en-US')} mentions of ${alias}`,
    Array.from({ length: blocks }, () => paragraph).join('\n'),
  );
}

/**
 * Names inside an open and a closed shadow root, written as declarative
 * shadow DOM (the parser attaches them, no script), beside one in the light
 * DOM.
 */
export function shadowRootsPage(): string {
  return page(
    'Names in shadow roots',
    `    <p>In the light DOM, ${NAMES.president} spoke first.</p>
    <div id="open-host"><template shadowrootmode="open"><p>Inside an open shadow root, ${NAMES.envoy} arrived in Moscow.</p></template></div>
    <div id="closed-host"><template shadowrootmode="closed"><p>Inside a closed shadow root, ${NAMES.fundHead} waited.</p></template></div>`,
  );
}

/**
 * A page whose article names one item, and two frames showing `framedFile`
 * (which names another): one from this origin, one from localhost on the same
 * port, which is another host and so another origin. The second address is
 * known only once served, so a script sets it.
 */
export function framesPage(framedFile: string): string {
  return page(
    'Frames',
    `    <p>The top page says ${NAMES.president} met the envoy.</p>
    <iframe id="same-origin" src="${escapeHtml(framedFile)}" width="600" height="120"></iframe>
    <iframe id="cross-origin" width="600" height="120"></iframe>
    <script>
      document.getElementById('cross-origin').src = new URL(${JSON.stringify(framedFile)}, location.href.replace('//127.0.0.1:', '//localhost:')).href;
    </script>`,
  );
}

/** What a frame of framesPage shows: a name the top page does not have. */
export function framedPage(): string {
  return page('A framed embed', `    <p>An embed says ${NAMES.envoy} arrived in Moscow.</p>`);
}

/** A name drawn as SVG `<text>` (a chart label), beside one in a paragraph. */
export function svgTextPage(): string {
  return page(
    'SVG text',
    `    <p>The chart below is about ${NAMES.president}.</p>
    <svg width="400" height="80" viewBox="0 0 400 80" role="img">
      <text x="10" y="40" font-size="20">${NAMES.envoy} <tspan font-weight="bold">${NAMES.fundHead}</tspan></text>
    </svg>`,
  );
}

/** Text that exists only as canvas pixels: there is no text for Parallax to find. */
export function canvasOnlyPage(): string {
  return page(
    'Canvas',
    `    <canvas id="drawn" width="500" height="80"></canvas>
    <script>
      const context = document.getElementById('drawn').getContext('2d');
      context.font = '24px serif';
      context.fillText(${JSON.stringify(`${NAMES.envoy} met ${NAMES.president}`)}, 10, 40);
    </script>`,
  );
}

/**
 * Right-to-left paragraphs (Hebrew, Arabic) with Latin names inside, a
 * left-to-right paragraph with an Arabic phrase, and a name isolated in
 * `<bdi>`: the names as the reader sees them must be what is highlighted.
 */
export function rtlPage(): string {
  return page(
    'Right to left',
    `    <p dir="rtl" lang="he">השליח ${NAMES.envoy} הגיע למוסקבה ביום רביעי.</p>
    <p dir="rtl" lang="ar">قال ${NAMES.president} إن المحادثات كانت مفيدة.</p>
    <p>The phrase «محادثات مفيدة» was used by <bdi>${NAMES.fundHead}</bdi> after lunch.</p>`,
    { dir: 'rtl', lang: 'ar' },
  );
}

/**
 * Each entry: how a name is written on the page, and what a reader expects
 * highlighted (null: nothing). Invisible characters a CMS inserts for line
 * breaking (soft hyphen, zero-width space, word joiner, zero-width joiner)
 * and combining accents are part of the name for the eye, so they are inside
 * the highlight; emoji beside a name and a leading byte-order mark are not.
 */
export const WRITTEN_NAMES: readonly { written: string; painted: string | null; why: string }[] = [
  { written: 'Wit\u00ADkoff', painted: 'Wit\u00ADkoff', why: 'a soft hyphen inside the surname' },
  { written: 'Witk\u200Boff', painted: 'Witk\u200Boff', why: 'a zero-width space inside the surname' },
  { written: 'Wit\u2060koff', painted: 'Wit\u2060koff', why: 'a word joiner inside the surname' },
  { written: 'Wit\u200Dkoff', painted: 'Wit\u200Dkoff', why: 'a zero-width joiner inside the surname' },
  { written: '\uFEFFWitkoff', painted: 'Witkoff', why: 'a byte-order mark before the surname' },
  { written: 'Steve\u00A0Witkoff', painted: 'Steve\u00A0Witkoff', why: 'a no-break space between the names' },
  { written: 'Vladi\u0301mir Putin', painted: 'Vladi\u0301mir Putin', why: 'a combining acute accent' },
  {
    written: 'Kirill Dmitriev\u0308',
    painted: 'Kirill Dmitriev\u0308',
    why: 'a combining diaeresis on the last letter',
  },
  { written: '🇺🇸 Steve Witkoff 👍🏽', painted: 'Steve Witkoff', why: 'emoji on either side, spaced' },
  { written: 'Witkoffs', painted: null, why: 'a longer word (the word boundary still holds)' },
];

/** One paragraph per WRITTEN_NAMES entry, each in its own block so density never hides one. */
export function writtenNamesPage(): string {
  return page(
    'Emoji, combining marks and invisible characters in names',
    WRITTEN_NAMES.map(
      ({ written }, i) => `    <p data-case="${i}">Reported today: ${escapeHtml(written)} met officials.</p>`,
    ).join('\n'),
  );
}

/**
 * A page that never stops changing: every few milliseconds it rewrites a
 * ticker's text, swaps an element in it and adds and removes a node, while
 * the article around it stays. `stopMutating()` stops it and puts the ticker
 * back as it was parsed.
 */
export function mutatingPage(intervalMs: number): string {
  return page(
    'A page that mutates forever',
    `    <p>${NAMES.envoy} arrived in Moscow on Wednesday.</p>
    <div id="ticker"><span class="count">0</span> <em>updates</em></div>
    <p>${NAMES.president} met him at the Kremlin.</p>
    <script>
      (() => {
        const ticker = document.getElementById('ticker');
        const parsed = ticker.innerHTML;
        let n = 0;
        let timer = 0;
        // From DOMContentLoaded on, after the body snapshot's own listener: on a loaded machine a tick
        // could otherwise land before the snapshot, which would then not be the body as parsed.
        document.addEventListener('DOMContentLoaded', () => { timer = setInterval(() => {
          n++;
          ticker.querySelector('.count').firstChild.data = String(n);
          const label = document.createElement(n % 2 ? 'strong' : 'em');
          label.textContent = n % 3 ? 'updates' : 'updates about ${NAMES.fundHead}';
          ticker.lastElementChild.replaceWith(label);
          const blip = ticker.appendChild(document.createElement('i'));
          blip.remove();
        }, ${intervalMs}); });
        window.stopMutating = () => {
          clearInterval(timer);
          ticker.innerHTML = parsed;
          return n;
        };
      })();
    </script>`,
  );
}

/**
 * A page that replaces `document.body` with a new element holding another
 * article, when the test calls `replaceBody()`, and snapshots the new body.
 */
export function replacedBodyPage(): string {
  return page(
    'A page that replaces its body',
    `    <p>The first body names ${NAMES.envoy} only.</p>
    <script>
      window.replaceBody = () => {
        const body = document.createElement('body');
        body.innerHTML = '<h1>A new body</h1><p>The second body names ${NAMES.fundHead} only.</p>';
        document.body = body;
        window.parallaxTestSnapshot();
      };
    </script>`,
  );
}

/**
 * A single-page app: `showSecond()` pushes a new URL with the history API
 * and swaps the article for another that names a different item, as a news
 * site's client-side router does.
 */
export function singlePageApp(): string {
  return page(
    'A single-page app',
    `    <main id="app"><article><p>The first article names ${NAMES.envoy} only.</p></article></main>
    <script>
      window.showSecond = () => {
        history.pushState({ article: 2 }, '', '?article=2');
        const article = document.createElement('article');
        article.innerHTML = '<p>The second article names ${NAMES.fundHead} only.</p>';
        document.querySelector('#app article').replaceWith(article);
        window.parallaxTestSnapshot();
      };
    </script>`,
  );
}

/** Markup-like strings a page may show as text (a security blog, a forum quoting code). */
export const MARKUP_LIKE = [
  `<img src=x onerror="window.parallaxPwned='img'">`,
  `<a href="javascript:window.parallaxPwned='link'">read more</a>`,
  `</style><script>window.parallaxPwned='script'</script>`,
] as const;

/** The page's figure in markupLikeTextPage; a seed article says "about 90 minutes". */
export const PAGE_FIGURE = 'about 40 minutes';

/**
 * A sentence about an item with a figure the corpus states differently, with
 * markup-like strings in it. The sentence goes with the card request, and the
 * card sets the page's figure beside the sources' (lib/compare/page-facts.ts);
 * the card shows the figure, not the sentence, and ItemCard's unit tests
 * render markup in every field as text. The page escapes the strings: on the
 * page they are text. Its second paragraph reports the seeds' August visit, so the
 * page is on their story (a page's figures are set only against its own story's).
 */
export function markupLikeTextPage(): string {
  return page(
    'Markup-like text',
    [
      `    <p>${NAMES.envoy} and ${NAMES.fundHead} spent ${PAGE_FIGURE} at a restaurant in Zaryadye Park near the Kremlin ${MARKUP_LIKE.map(escapeHtml).join(' ')} before visiting an observation deck overlooking the Moscow River.</p>`,
      `    <p>The US envoy met ${NAMES.president} in Moscow on August 6 for talks the Kremlin called useful, two days before US secondary sanctions on buyers of Russian oil were due; Ukraine was offered an air truce.</p>`,
    ].join('\n'),
  );
}
