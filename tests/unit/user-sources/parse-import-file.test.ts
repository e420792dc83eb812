import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  exportUserCorpus,
  parseImportFile,
  userArticle,
  type ReadHtml,
  type UserSource,
} from '@/lib/user-sources';
import { readHtmlArticle } from '@/lib/user-sources/read-html-article';
import { lines } from '../../helpers/fixtures';
import { sharedPath, unlessShared } from '../../helpers/shared-dir';

const readHtml: ReadHtml = (html, url) => readHtmlArticle(parseHTML(html).document, url);

const ARTICLE_HTML = `<!doctype html><html><head><title>Ferry strike halts crossings | Harbour News</title>
<meta property="og:site_name" content="Harbour News"><meta property="og:title" content="Ferry strike halts crossings">
<meta property="article:published_time" content="2025-03-04T08:00:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<article><h1>Ferry strike halts crossings</h1><p class="byline">By Ana Ruiz</p>
<p>Crews at Port Varnal walked out on Tuesday, stopping every crossing to the islands for the first time in a decade. The union said 300 members joined the strike.</p>
<p>The operator, Varnal Ferries, said talks would resume on Thursday and that it expected services to run again by the weekend, although it gave no firm date.</p>
<figure><img src="x.jpg"><figcaption>Empty berths at Port Varnal</figcaption></figure>
<p>Passengers queued at the terminal for hours before the cancellations were announced over loudspeakers, and many said they had not been warned.</p>
</article><footer>© Harbour News</footer></body></html>`;

describe('parseImportFile', () => {
  it('reads a text file as one article whose headline and date line the parser finds', () => {
    const [draft] = parseImportFile(
      {
        name: 'notes.txt',
        text: lines(
          'date 2025-03-04',
          '',
          'Ferry strike halts crossings',
          '',
          'Crews walked out on Tuesday. The union said 300 joined.',
        ),
      },
      readHtml,
    );
    expect(draft?.title).toBeNull();
    const article = userArticle({ id: 'yours-a', ...draft! });
    expect(article.meta).toMatchObject({
      title: 'Ferry strike halts crossings',
      published: '2025-03-04',
      yours: true,
    });
  });

  it('names a text file without a headline by its lead sentence, as the seeds are named', () => {
    const [draft] = parseImportFile(
      {
        name: 'notes.txt',
        text: lines(
          'PORT VARNAL - Crews walked out on Tuesday, stopping every crossing to the islands.',
          '',
          'The union said 300 joined.',
        ),
      },
      readHtml,
    );
    expect(userArticle({ id: 'yours-a', ...draft! }).meta).toMatchObject({
      title: null,
      lead: 'Crews walked out on Tuesday, stopping every crossing to the islands.',
      yours: true,
    });
  });

  it('reads Markdown front matter as the facts and strips the markup from the text', () => {
    const [draft] = parseImportFile(
      {
        name: 'story.md',
        text: lines(
          '---',
          'title: "Ferry strike halts crossings"',
          'source: Harbour News',
          'date: 2025-03-04T10:00',
          'url: https://harbour.example/ferry',
          '---',
          '# Ferry strike halts crossings',
          '',
          'Crews at **Port Varnal** walked out, [the union](https://u.example) said. ![pic](a.png)',
        ),
      },
      readHtml,
    );
    expect(draft).toMatchObject({
      outlet: 'Harbour News',
      published: '2025-03-04',
      url: 'https://harbour.example/ferry',
    });
    expect(draft?.text).toContain('Crews at Port Varnal walked out, the union said.');
    expect(draft?.text).not.toMatch(/[*[\]!]/u);
  });

  it('reads an HTML file through Readability: metadata, paragraphs, no navigation or captions', () => {
    const [draft] = parseImportFile({ name: 'ferry.html', text: ARTICLE_HTML }, readHtml);
    expect(draft).toMatchObject({
      outlet: 'Harbour News',
      title: 'Ferry strike halts crossings',
      published: '2025-03-04',
    });
    expect(draft?.text.split('\n\n')[0]).toBe('Ferry strike halts crossings');
    expect(draft?.text).toContain('The operator, Varnal Ferries, said talks would resume');
    expect(draft?.text).not.toContain('Empty berths');
    expect(draft?.text).not.toContain('Sport');
  });

  it('round-trips an export through import', () => {
    const source: UserSource = {
      id: 'yours-abc',
      outlet: 'Harbour News',
      title: 'Ferry strike',
      author: null,
      published: '2025-03-04',
      url: 'https://harbour.example/ferry',
      text: 'Crews walked out on Tuesday.',
    };
    const drafts = parseImportFile({ name: 'export.json', text: exportUserCorpus([source]) }, readHtml);
    const { id, ...draft } = source;
    expect(id).toBe('yours-abc');
    expect(drafts).toEqual([draft]);
  });

  it('names the file and the field when a JSON export is malformed', () => {
    const bad = JSON.stringify({
      format: 'parallax-user-sources',
      version: 1,
      sources: [{ outlet: null, title: null, author: null, published: '2025-13-40', url: null, text: 'x' }],
    });
    expect(() => parseImportFile({ name: 'mine.json', text: bad }, readHtml)).toThrow(
      /^user-sources: mine\.json: not a Parallax export: field "sources\.0\.published": is not a real date$/u,
    );
  });

  it('says why a file is refused: bad JSON, an unknown type, an empty text, a page without an article', () => {
    expect(() => parseImportFile({ name: 'a.json', text: '{' }, readHtml)).toThrow(
      /a\.json: not valid JSON/u,
    );
    expect(() => parseImportFile({ name: 'a.pdf', text: '' }, readHtml)).toThrow(
      /a\.pdf: not a file Parallax can import/u,
    );
    expect(() => parseImportFile({ name: 'a.txt', text: '  \n' }, readHtml)).toThrow(
      /a\.txt: field "text": is empty/u,
    );
    expect(() => parseImportFile({ name: 'a.html', text: '<html><body></body></html>' }, readHtml)).toThrow(
      /a\.html: no readable article/u,
    );
  });
});

const BBC_PAGE = 'pages/bbc-1/source.html';
const BBC = sharedPath(BBC_PAGE);

describe('readHtmlArticle on a saved real page', () => {
  it('finds the BBC article with its outlet, date and body', unlessShared(BBC_PAGE), () => {
    const draft = readHtmlArticle(
      parseHTML(readFileSync(BBC, 'utf8')).document,
      'https://www.bbc.co.uk/news/x',
    );
    expect(draft).toMatchObject({ outlet: 'BBC News', published: '2015-07-24' });
    expect(draft?.text).toContain('President Barack Obama has admitted');
    const article = userArticle({ id: 'yours-bbc', ...draft! });
    expect(article.meta.title).toBe(draft?.title);
    expect(article.paragraphs.length).toBeGreaterThan(5);
  });
});
