import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { compileMatcher, findInChunks, type MatchAlias } from '@/lib/entities';
import {
  BLOCK_SEPARATOR,
  extractPageText,
  PageTextWalker,
  type ExtractOptions,
  type PageText,
} from '@/lib/highlight';
import { savedPageNames, sharedPath, unlessShared } from '../../helpers/shared-dir';

/** A document whose body is `body`, parsed by linkedom. */
function pageOf(body: string): Document {
  return parseHTML(`<!doctype html><html><head><title>Title</title></head><body>${body}</body></html>`)
    .document;
}

/** Extracts, after checking that the chunks are consistent with the text and with each other. */
function extract(root: Node, options?: ExtractOptions): PageText {
  const page = extractPageText(root, options);
  expect(page.chunks.map((chunk) => chunk.text).join('')).toBe(page.text);
  let start = 0;
  for (const chunk of page.chunks) {
    expect(chunk.start).toBe(start);
    expect(chunk.text.length).toBeGreaterThan(0);
    if (chunk.node === null) expect(chunk.text).toBe(BLOCK_SEPARATOR);
    else expect(chunk.node.nodeValue).toBe(chunk.text);
    start += chunk.text.length;
  }
  const first = page.chunks[0];
  const last = page.chunks.at(-1);
  if (first) expect(first.node).not.toBeNull();
  if (last) expect(last.node).not.toBeNull();
  return page;
}

/** The text of a body with the separators shown as "|", for readable expectations. */
const textOf = (body: string, options?: ExtractOptions): string =>
  extract(pageOf(body), options).text.replaceAll(BLOCK_SEPARATOR, '|');

/** An element holding `text`, built without parsing markup. */
function elementWith(document: Document, tag: string, text: string): Element {
  const element = document.createElement(tag);
  element.textContent = text;
  return element;
}

describe('extractPageText', () => {
  it('makes one chunk per text node, in reading order, starting where the previous one ended', () => {
    const page = extract(pageOf('<h1>Talks</h1><p>Steve <b>Witkoff</b> met <i>officials</i>.</p>'));
    expect(page.chunks.map((chunk) => chunk.text)).toEqual([
      'Talks',
      BLOCK_SEPARATOR,
      'Steve ',
      'Witkoff',
      ' met ',
      'officials',
      '.',
    ]);
    expect(page.chunks.map((chunk) => chunk.start)).toEqual([0, 5, 6, 12, 19, 24, 33]);
  });

  it('returns no chunks and no text for a page without visible text', () => {
    const page = extract(pageOf('<script>var x = 1;</script><div hidden>gone</div>'));
    expect(page).toEqual({ chunks: [], text: '' });
  });

  it('leaves the head, with its title, out', () => {
    expect(textOf('<p>Body</p>')).toBe('Body');
  });

  describe('what it skips', () => {
    it.each([
      ['script', '<script>secret()</script>'],
      ['style', '<style>.secret { color: red }</style>'],
      ['noscript', '<noscript>secret</noscript>'],
      ['template', '<template><p>secret</p></template>'],
      ['textarea', '<textarea>secret</textarea>'],
      ['select', '<select><option>secret</option></select>'],
      ['code', '<code>secret</code>'],
      ['pre', '<pre>secret</pre>'],
      ['kbd', '<kbd>secret</kbd>'],
      ['samp', '<samp>secret</samp>'],
      ['button', '<button>secret</button>'],
      ['svg', '<svg><text>secret</text></svg>'],
      ['math', '<math><mi>secret</mi></math>'],
      ['iframe', '<iframe>secret</iframe>'],
      ['canvas', '<canvas>secret</canvas>'],
      ['object', '<object>secret</object>'],
      ['[hidden]', '<span hidden>secret</span>'],
      ['aria-hidden="true"', '<span aria-hidden="true"><b>secret</b></span>'],
      ['[contenteditable]', '<span contenteditable>secret</span>'],
      ['contenteditable="true"', '<span contenteditable="true">secret</span>'],
      ['contenteditable="plaintext-only"', '<span contenteditable="plaintext-only">secret</span>'],
      ['<parallax-card>', '<parallax-card><p>secret</p></parallax-card>'],
      ['[data-parallax-ui]', '<span data-parallax-ui><i>secret</i></span>'],
    ])('skips %s and everything inside it', (_, markup) => {
      const text = textOf(`<div>before ${markup} after</div>`);
      expect(text).not.toContain('secret');
      expect(text).toContain('before');
      expect(text).toContain('after');
    });

    it('keeps text marked aria-hidden="false" or contenteditable="false"', () => {
      expect(
        textOf('<p><span aria-hidden="false">shown</span> <span contenteditable="false">too</span></p>'),
      ).toBe('shown too');
    });

    it('keeps the text of an input out: its value is an attribute, not text', () => {
      expect(textOf('<p>name <input value="secret"> here</p>')).toBe('name  here');
    });
  });

  describe('block separators', () => {
    it('separates paragraphs, headings, list items and table cells', () => {
      expect(
        textOf('<h2>A</h2><p>B</p><ul><li>C</li><li>D</li></ul><table><tr><td>E</td><td>F</td></tr></table>'),
      ).toBe('A|B|C|D|E|F');
    });

    it('does not separate inline elements, which read as one line', () => {
      expect(textOf('<p>Steve <b>Wit</b><i>koff</i> <a href="#">said</a></p>')).toBe('Steve Witkoff said');
    });

    it('separates text before and after a nested block, and after leaving it', () => {
      expect(textOf('<div>Steve<p>Witkoff</p>said</div>')).toBe('Steve|Witkoff|said');
    });

    it('separates text on either side of a line break, a rule or an empty block', () => {
      expect(textOf('<p>Steve<br>Witkoff</p>')).toBe('Steve|Witkoff');
      expect(textOf('<div>Steve<hr>Witkoff</div>')).toBe('Steve|Witkoff');
      expect(textOf('<div>Steve<div></div>Witkoff</div>')).toBe('Steve|Witkoff');
    });

    it('does not separate across skipped elements, which the reader does not see', () => {
      expect(textOf('<p>Steve <script>x()</script>Witkoff</p>')).toBe('Steve Witkoff');
    });

    it('puts one separator between blocks, never two in a row, and none at either end', () => {
      expect(textOf('<p>A</p><div><div><p>B</p></div></div><p>C</p>')).toBe('A|B|C');
    });
  });

  describe('roots and shadow roots', () => {
    it('reads only under the root it is given', () => {
      const document = pageOf('<header>Menu</header><main><p>Steve <b>Witkoff</b></p></main>');
      const main = document.querySelector('main');
      expect(main).not.toBeNull();
      if (main) expect(extract(main).text).toBe('Steve Witkoff');
    });

    it('descends into open shadow roots, before the host’s light children, with a separator at the boundary', () => {
      const document = pageOf('<p>before</p><div id="host"><span>light</span></div><p>after</p>');
      const host = document.getElementById('host');
      if (!host) throw new Error('extract-page-text test: no #host');
      const shadow = host.attachShadow({ mode: 'open' });
      shadow.append(elementWith(document, 'p', 'shadow text'), elementWith(document, 'script', 'secret()'));
      expect(extract(document).text.replaceAll(BLOCK_SEPARATOR, '|')).toBe('before|shadow text|light|after');
    });

    // Browsers let only these names (DOM standard: "valid shadow host name") and custom elements carry a
    // shadow root; linkedom lets any element have one, which shows that the others are not even asked.
    it.each([
      ['div', true],
      ['span', true],
      ['p', true],
      ['article', true],
      ['section', true],
      ['h2', true],
      ['x-widget', true],
      ['my-card-list', true],
      ['b', false],
      ['a', false],
      ['li', false],
      ['td', false],
    ])('looks into the shadow root of a <%s>: %s', (tag, read) => {
      const document = pageOf('<div id="holder"></div>');
      const host = document.createElement(tag);
      host.attachShadow({ mode: 'open' }).append(elementWith(document, 'em', 'shadow text'));
      document.getElementById('holder')?.append(host);
      expect(extract(document).text.includes('shadow text')).toBe(read);
    });

    it('descends into shadow roots nested in shadow roots, and into the root’s own shadow root', () => {
      const document = pageOf('<div id="host"></div>');
      const host = document.getElementById('host');
      if (!host) throw new Error('extract-page-text test: no #host');
      const inner = document.createElement('span');
      host.attachShadow({ mode: 'open' }).append(inner);
      inner.attachShadow({ mode: 'open' }).append(elementWith(document, 'b', 'deep'));
      expect(extract(document).text).toBe('deep');
      expect(extract(host).text).toBe('deep');
    });

    it('lists the open shadow roots it went into, nested ones too, so hit-testing can name them', () => {
      const document = pageOf('<div id="host"></div><div id="closed"></div>');
      const host = document.getElementById('host');
      const closedHost = document.getElementById('closed');
      if (!host || !closedHost) throw new Error('extract-page-text test: no #host or #closed');
      const inner = document.createElement('span');
      const outer = host.attachShadow({ mode: 'open' });
      outer.append(inner);
      const nested = inner.attachShadow({ mode: 'open' });
      nested.append(elementWith(document, 'b', 'deep'));
      closedHost.attachShadow({ mode: 'closed' }).append(elementWith(document, 'p', 'closed'));
      const walker = new PageTextWalker(document);
      walker.step(Number.POSITIVE_INFINITY);
      expect(walker.shadowRoots).toEqual([outer, nested]);
    });

    it('cannot see into closed shadow roots', () => {
      const document = pageOf('<p>open</p><div id="host"></div>');
      const host = document.getElementById('host');
      if (!host) throw new Error('extract-page-text test: no #host');
      host.attachShadow({ mode: 'closed' }).append(elementWith(document, 'p', 'closed'));
      expect(extract(document).text).toBe('open');
    });

    it('takes a shadow root as its root', () => {
      const document = pageOf('<div id="host"></div>');
      const host = document.getElementById('host');
      if (!host) throw new Error('extract-page-text test: no #host');
      const shadow = host.attachShadow({ mode: 'open' });
      shadow.append(elementWith(document, 'p', 'one'), elementWith(document, 'p', 'two'));
      expect(extract(shadow).text).toBe(`one${BLOCK_SEPARATOR}two`);
    });
  });

  describe('options', () => {
    it('stops once it has collected maxChars characters', () => {
      const body = Array.from({ length: 50 }, (_, i) => `<p>paragraph ${i}</p>`).join('');
      const page = extract(pageOf(body), { maxChars: 40 });
      expect(page.text.length).toBeGreaterThanOrEqual(40);
      expect(page.text.length).toBeLessThan(60);
      expect(page.text.startsWith(`paragraph 0${BLOCK_SEPARATOR}paragraph 1`)).toBe(true);
    });

    it('skips elements that fail checkVisibility only when asked to', () => {
      const document = pageOf('<p>shown <span id="css-hidden">secret</span></p>');
      const hidden = document.getElementById('css-hidden');
      if (!hidden) throw new Error('extract-page-text test: no #css-hidden');
      // linkedom has no layout: stand in for an element hidden by a style sheet.
      Object.defineProperty(hidden, 'checkVisibility', { value: () => false });
      expect(extract(document).text).toBe('shown secret');
      expect(extract(document, { checkVisibility: true }).text).toBe('shown ');
    });
  });

  describe('with the mention matcher', () => {
    const aliases: MatchAlias[] = [
      { text: 'Steve Witkoff', entityId: 'steve-witkoff', caseSensitive: false, properNoun: true },
      { text: 'Witkoff', entityId: 'witkoff', caseSensitive: false, properNoun: true },
    ];
    const matcher = compileMatcher(aliases);
    const mentionsIn = (body: string) => {
      const page = extract(pageOf(body));
      return {
        page,
        mentions: findInChunks(
          matcher,
          page.chunks.map((chunk) => chunk.text),
        ),
      };
    };

    it('finds "Steve <b>Witkoff</b>" as one mention that starts in one text node and ends in the next', () => {
      const { page, mentions } = mentionsIn('<p>Envoy Steve <b>Witkoff</b> arrived.</p>');
      expect(mentions).toHaveLength(1);
      const [mention] = mentions;
      if (!mention) return;
      expect(mention).toMatchObject({ entityId: 'steve-witkoff', text: 'Steve Witkoff' });
      expect(page.chunks[mention.from.chunk]?.node?.nodeValue).toBe('Envoy Steve ');
      expect(mention.from.offset).toBe('Envoy '.length);
      expect(page.chunks[mention.to.chunk]?.node?.nodeValue).toBe('Witkoff');
      expect(mention.to.offset).toBe('Witkoff'.length);
    });

    it('finds a name written with a non-breaking space entity', () => {
      const { mentions } = mentionsIn('<p>Steve&nbsp;Witkoff</p>');
      expect(mentions.map((mention) => mention.entityId)).toEqual(['steve-witkoff']);
    });

    it('never matches a name across two paragraphs or a line break', () => {
      for (const body of [
        '<p>Steve</p><p>Witkoff</p>',
        '<p>Steve<br>Witkoff</p>',
        '<li>Steve</li><li>Witkoff</li>',
      ]) {
        expect(
          mentionsIn(body).mentions.map((mention) => mention.entityId),
          body,
        ).toEqual(['witkoff']);
      }
    });
  });
});

// Twelve real pages, up to 1 MB of HTML each, parsed by linkedom: seconds on two busy cores.
describe('extractPageText on real pages', { timeout: 60_000 }, () => {
  const folder = sharedPath('pages');
  const pages = savedPageNames();
  const skipped = 'SCRIPT, STYLE, NOSCRIPT, TEMPLATE, TEXTAREA, CODE, PRE, [hidden], [aria-hidden="true"]';

  it(
    'extracts text, and no script or style, from every saved page in ../shared/pages',
    unlessShared('pages'),
    () => {
      expect(pages.length, `saved pages in ${folder}`).toBeGreaterThan(0);
      for (const name of pages) {
        const html = readFileSync(path.join(folder, name, 'source.html'), 'utf8');
        const document = parseHTML(html).document;
        const page = extract(document);
        expect(page.text.trim().length, name).toBeGreaterThan(0);

        for (const chunk of page.chunks) {
          const parent = chunk.node?.parentElement;
          if (parent) expect(parent.closest(skipped), `${name}: ${JSON.stringify(chunk.text)}`).toBeNull();
        }
        for (const element of document.querySelectorAll('script, style')) {
          const code = (element.textContent ?? '').trim();
          if (code.length >= 40)
            expect(page.text.includes(code.slice(0, 40)), `${name}: ${code.slice(0, 40)}`).toBe(false);
        }
      }
    },
  );
});
