import { describe, expect, it } from 'vitest';
import { markdownToText } from '@/lib/user-sources/markdown-to-text';

const lines = (...text: string[]): string => text.join('\n');

describe('markdownToText', () => {
  it('reads front matter fields under their usual keys and leaves the block out of the text', () => {
    const { fields, text } = markdownToText(
      lines(
        '---',
        'title: "Ferry strike"',
        'source: Harbour News',
        'date: 2025-03-04',
        '---',
        'Crews walked out.',
      ),
    );
    expect(fields).toEqual({ title: 'Ferry strike', outlet: 'Harbour News', published: '2025-03-04' });
    expect(text).toBe('Crews walked out.');
  });

  it('puts a heading on a line of its own, without its markers', () => {
    expect(markdownToText(lines('# Ferry strike ##', 'Crews walked out.')).text).toBe(
      lines('Ferry strike', '', 'Crews walked out.'),
    );
  });

  it('drops the "====" and "----" underlines of a heading', () => {
    const { text } = markdownToText(
      lines('Ferry strike', '============', '', 'Talks', '-----', '', 'Crews walked out.'),
    );
    expect(text).toBe(lines('Ferry strike', '', 'Talks', '', 'Crews walked out.'));
  });

  it('decodes character references', () => {
    expect(markdownToText('Smith &amp; Sons said &quot;no&quot; &#8212; twice.').text).toBe(
      'Smith & Sons said "no" \u2014 twice.',
    );
  });

  it('keeps the words of a link whose address holds parentheses', () => {
    expect(markdownToText('See [Foo](https://x.example/Foo_(bar)) for more.').text).toBe('See Foo for more.');
  });

  it('keeps the words of links, emphasis and code, and drops images, HTML, rules and fences', () => {
    const { text } = markdownToText(
      lines(
        'Crews at **Port Varnal** walked _out_, [the union][u] said `today`. ![pic](a.png) <b>x</b>',
        '',
        '---',
        '',
        '```',
        'code()',
        '```',
        '',
        '> A quoted line.',
        '',
        '- one item',
        '- two items',
        '',
        '[u]: https://u.example',
      ),
    );
    expect(text).toBe(
      lines(
        'Crews at Port Varnal walked out, the union said today. x',
        '',
        'A quoted line.',
        '',
        'one item',
        'two items',
      ),
    );
  });
});
