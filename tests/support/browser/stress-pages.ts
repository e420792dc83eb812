import { escapeHtml } from './render-seed-page';

/**
 * Generated worst cases for the content script, made from seed text so that
 * they hold real mentions: a very long article (text volume), a page of very
 * many small elements (DOM size), one huge text node and deep nesting. Pure:
 * they return HTML; the benchmark (bench/sections/content) and the hardening
 * suite (tests/hardening) write them to a temporary folder at run time.
 */

/** Characters of paragraph text in the long article: about 1 MB. */
export const LONG_ARTICLE_CHARS = 1_000_000;
/** Elements in the many-elements page's body, rows included (the page's frame adds 7: html, head, …). */
export const MANY_ELEMENTS = 50_000;
/** Spans per row of that page: rows are the blocks, the spans inline runs inside them. */
const SPANS_PER_ROW = 9;
/** Words per span: a short run, so names often straddle two spans (as in styled text). */
const WORDS_PER_SPAN = 3;

/** A generated page: the title as `<h1>`, then `body`; the hardening suite's odd pages use it too. */
export function generatedPage(
  title: string,
  body: string,
  { dir, lang = 'en', font = '16px/1.5 Georgia, serif' }: { dir?: string; lang?: string; font?: string } = {},
): string {
  return `<!doctype html>
<html lang="${lang}"${dir === undefined ? '' : ` dir="${dir}"`}>
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(title)}</title>
    <style>body { max-width: 760px; margin: 24px auto; font: ${font}; }</style>
  </head>
  <body>
    <h1>${escapeHtml(title)}</h1>
${body}
  </body>
</html>
`;
}

/**
 * One article of `<p>` elements, the seed paragraphs repeated in order
 * until their text reaches `chars`; the last paragraph may take it a little
 * past.
 */
export function longArticleHtml(paragraphs: readonly string[], chars = LONG_ARTICLE_CHARS): string {
  const texts = paragraphs.filter((text) => text.trim() !== '');
  if (texts.length === 0) throw new Error('stress pages: long article: no seed paragraphs');
  const out: string[] = [];
  let have = 0;
  for (let i = 0; have < chars; i++) {
    const text = texts[i % texts.length] as string;
    out.push(`    <p>${escapeHtml(text)}</p>`);
    have += text.length;
  }
  return generatedPage('Long article (generated from the seed articles)', out.join('\n'));
}

/**
 * `elements` elements in all: rows (`<p>`) of SPANS_PER_ROW `<span>`s, each
 * span a few consecutive words of the seed text, cycled.
 */
export function manyElementsHtml(paragraphs: readonly string[], elements = MANY_ELEMENTS): string {
  const words = paragraphs.flatMap((text) => text.split(/\s+/u)).filter((word) => word !== '');
  if (words.length === 0) throw new Error('stress pages: many elements: no seed words');
  const rows = Math.floor(elements / (SPANS_PER_ROW + 1));
  const out: string[] = [];
  let next = 0;
  for (let row = 0; row < rows; row++) {
    const spans: string[] = [];
    for (let span = 0; span < SPANS_PER_ROW; span++) {
      const run: string[] = [];
      for (let w = 0; w < WORDS_PER_SPAN; w++) run.push(words[next++ % words.length] as string);
      spans.push(`<span>${escapeHtml(run.join(' '))} </span>`);
    }
    out.push(`    <p>${spans.join('')}</p>`);
  }
  // The remainder (when `elements` is not a multiple of a row) as single spans in one more row.
  const rest = elements - rows * (SPANS_PER_ROW + 1);
  if (rest > 0) {
    const spans = Array.from(
      { length: rest - 1 },
      () => `<span>${escapeHtml(words[next++ % words.length] as string)} </span>`,
    );
    out.push(`    <p>${spans.join('')}</p>`);
  }
  return generatedPage(
    `${elements.toLocaleString('en-US')} small elements (generated from the seed articles)`,
    out.join('\n'),
  );
}

/** Characters in the single-text-node page: about 10 MB of text in one node. */
export const SINGLE_NODE_CHARS = 10_000_000;
/** Nesting depth of the deep page: far past the HTML parser's own limit (512), so a script builds it. */
export const NESTING_DEPTH = 5_000;

/**
 * The seed paragraphs joined by spaces, repeated until `chars`: one `<p>`
 * holding one text node. Chromium's parser (150 here) cuts a text node every
 * 65,536 characters, so an inline script joins the pieces while the page
 * loads, before the content script's document_idle.
 */
export function singleTextNodeHtml(paragraphs: readonly string[], chars = SINGLE_NODE_CHARS): string {
  const texts = paragraphs.filter((text) => text.trim() !== '');
  if (texts.length === 0) throw new Error('stress pages: single text node: no seed paragraphs');
  const out: string[] = [];
  let have = 0;
  for (let i = 0; have < chars; i++) {
    const text = texts[i % texts.length] as string;
    out.push(text);
    have += text.length + 1;
  }
  return generatedPage(
    'One text node of 10 MB (generated from the seed articles)',
    `    <p id="single">${escapeHtml(out.join(' '))}</p>
    <script>
      document.getElementById('single').normalize();
    </script>`,
  );
}

/**
 * `depth` `<span>`s each inside the last, each starting with a few words of
 * seed text. The parser would flatten such a tree at 512 levels, so an
 * inline script builds it while the page loads (before the content script's
 * document_idle). Spans, not `<div>`s: Chromium's renderer itself crashes on
 * 5,000 nested block elements, with no extension loaded (1,000 are fine;
 * tried while writing this).
 */
export function deepNestingHtml(paragraphs: readonly string[], depth = NESTING_DEPTH): string {
  const words = paragraphs.flatMap((text) => text.split(/\s+/u)).filter((word) => word !== '');
  if (words.length === 0) throw new Error('stress pages: deep nesting: no seed words');
  const runs = Array.from({ length: depth }, (_, level) =>
    Array.from({ length: 6 }, (_unused, w) => words[(level * 6 + w) % words.length]).join(' '),
  );
  // JSON in a script element: `<` escaped so no text can close the element.
  const data = JSON.stringify(runs).replace(/</gu, '\\u003c');
  return generatedPage(
    `${depth.toLocaleString('en-US')} levels of nesting (generated from the seed articles)`,
    `    <p id="deep"></p>
    <script>
      (() => {
        const runs = ${data};
        let parent = document.getElementById('deep');
        runs.forEach((run) => {
          const element = document.createElement('span');
          element.append(run + ' ');
          parent.append(element);
          parent = element;
        });
      })();
    </script>`,
  );
}

/** Text nodes in the many-text-nodes page. */
export const MANY_TEXT_NODES = 200_000;
/** Text nodes per paragraph of that page. */
const TEXT_NODES_PER_ROW = 100;

/**
 * `textNodes` text nodes of one or two seed words each, split by empty
 * comments (`a<!---->b` parses as two text nodes and no element), in
 * paragraphs of TEXT_NODES_PER_ROW: the node count of a huge page without
 * the layout cost of as many elements. Names often straddle two nodes.
 */
export function manyTextNodesHtml(paragraphs: readonly string[], textNodes = MANY_TEXT_NODES): string {
  const words = paragraphs.flatMap((text) => text.split(/\s+/u)).filter((word) => word !== '');
  if (words.length === 0) throw new Error('stress pages: many text nodes: no seed words');
  const out: string[] = [];
  let next = 0;
  for (let made = 0; made < textNodes; made += TEXT_NODES_PER_ROW) {
    const runs: string[] = [];
    for (let n = made; n < Math.min(textNodes, made + TEXT_NODES_PER_ROW); n++) {
      const run =
        n % 2 === 0
          ? [words[next++ % words.length]]
          : [words[next++ % words.length], words[next++ % words.length]];
      runs.push(`${escapeHtml(run.join(' '))} `);
    }
    out.push(`    <p>${runs.join('<!---->')}</p>`);
  }
  return generatedPage(
    `${textNodes.toLocaleString('en-US')} text nodes (generated from the seed articles)`,
    out.join('\n'),
  );
}
