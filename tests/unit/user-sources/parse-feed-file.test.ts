import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseAnyImportFile } from '@/lib/user-sources/parse-any-import-file';
import { parseFeedFile, type ParseMarkup } from '@/lib/user-sources/parse-feed-file';

const parseMarkup: ParseMarkup = (text, type) =>
  new DOMParser().parseFromString(
    text,
    type === 'application/xml' ? 'text/xml' : 'text/html',
  ) as unknown as Document;

const PARAGRAPHS = [
  'Crews at Port Varnal walked out on Tuesday, stopping every crossing to the islands for the first time in a decade. The union said 300 members joined the strike.',
  'The operator, Varnal Ferries, said talks would resume on Thursday and that it expected services to run again by the weekend, although it gave no firm date.',
  'Passengers queued at the terminal for hours before the cancellations were announced over loudspeakers, and many said they had not been warned of anything.',
  'Island shops said deliveries of bread and milk had stopped, and the harbour master asked fishing boats to keep the channel clear for an emergency launch.',
];
const FULL = PARAGRAPHS.map((paragraph) => `<p>${paragraph}</p>`).join('');
const escape = (html: string): string =>
  html.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

const RSS = `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Harbour News</title><link>https://harbour.example/</link>
<item><title>Ferry strike halts crossings</title><link>https://harbour.example/ferry-strike</link>
<pubDate>Tue, 04 Mar 2025 08:00:00 GMT</pubDate><dc:creator>Ana Ruiz</dc:creator>
<description>Crews walked out.</description><content:encoded><![CDATA[${FULL}]]></content:encoded></item>
<item><title>Teaser only</title><link>https://harbour.example/teaser</link><description>A short summary.</description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Island Gazette</title>
<entry><title>Strike enters second day</title><link rel="alternate" href="https://gazette.example/day-two"/>
<published>2025-03-05T09:30:00Z</published><author><name>Li Wen</name></author>
<content type="html">${escape(FULL)}</content></entry></feed>`;

describe('parseFeedFile', () => {
  it('reads an RSS item with full content, its facts from the item and the channel, and leaves out a teaser', () => {
    const drafts = parseFeedFile({ name: 'harbour.rss', text: RSS }, parseMarkup);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toEqual({
      outlet: 'Harbour News',
      title: 'Ferry strike halts crossings',
      author: 'Ana Ruiz',
      published: '2025-03-04',
      url: 'https://harbour.example/ferry-strike',
      text: ['Ferry strike halts crossings', ...PARAGRAPHS].join('\n\n'),
    });
  });

  it('reads an Atom entry: link href, published date, author name, HTML content', () => {
    const [draft] = parseAnyImportFile(
      { name: 'gazette.atom', text: ATOM },
      { parseMarkup, readHtml: () => null },
    );
    expect(draft).toMatchObject({
      outlet: 'Island Gazette',
      title: 'Strike enters second day',
      author: 'Li Wen',
      published: '2025-03-05',
      url: 'https://gazette.example/day-two',
    });
    expect(draft?.text.split('\n\n')).toHaveLength(PARAGRAPHS.length + 1);
  });

  it.each([
    ['summaries only', RSS.replace(/<content:encoded>.*?<\/content:encoded>/su, ''), 'only summaries'],
    ['not a feed', '<?xml version="1.0"?><html><body>hi</body></html>', 'not an RSS or Atom feed'],
    [
      'an item that does not validate fails the whole file',
      RSS.replace('https://harbour.example/ferry-strike', 'ftp://harbour.example/x'),
      'item 1',
    ],
  ])('refuses %s, naming the file', (_, text, reason) => {
    expect(() => parseFeedFile({ name: 'bad.xml', text }, parseMarkup)).toThrow(/bad\.xml: .*/u);
    expect(() => parseFeedFile({ name: 'bad.xml', text }, parseMarkup)).toThrow(reason);
  });
});
