import { describe, expect, it } from 'vitest';
import { parseArticle, type Article, type ManifestEntry } from '@/lib/corpus';
import { lines, readArticleFiles, SEEDS_DIR } from '../../helpers/fixtures';

const reasons = (article: Article): string[] => article.removed.map((line) => line.reason);
const removedTexts = (article: Article): string[] => article.removed.map((line) => line.text);
const paragraphTexts = (article: Article): string[] => article.paragraphs.map((paragraph) => paragraph.text);

/** Every paragraph and sentence must be the slice of the body at its offsets. */
function expectExactOffsets(article: Article): void {
  for (const paragraph of article.paragraphs) {
    expect(article.body.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);
    for (const sentence of paragraph.sentences) {
      expect(article.body.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  }
}

const WALKOUT = lines(
  'date 2031-04-14',
  'Dockworkers Walk Out at Port Calder',
  '3 hours ago By Jane Doe',
  'Get the morning briefing newsletter in your inbox',
  'Crane operators at Port Calder stopped work at dawn on Monday.',
  'Union organiser Marta Ilves addresses strikers at the north gate.',
  'PHOTO: AFP',
  'Follow topic:',
  'Harbour master Tomas Brennick said ships would wait in the outer anchorage.',
  'Pay and the night rota',
  'The union wants the new night rota withdrawn before talks resume on Thursday.',
  'Copyright © 2031 Calder Gazette. All rights reserved.',
);

describe('parseArticle metadata', () => {
  it('takes a short first line without closing punctuation as the title and drops it from the body', () => {
    const article = parseArticle(
      'a',
      lines('Cranes Idle as Strike Enters Second Day', 'Nobody worked on Tuesday.'),
    );
    expect(article.meta.title).toBe('Cranes Idle as Strike Enters Second Day');
    expect(article.removed).toContainEqual({
      text: 'Cranes Idle as Strike Enters Second Day',
      reason: 'headline',
    });
    expect(article.body).toBe('Nobody worked on Tuesday.');
  });

  it('accepts a headline that is a question', () => {
    const article = parseArticle('a', lines('Can Mediators End the Strike?', 'They will try on Thursday.'));
    expect(article.meta.title).toBe('Can Mediators End the Strike?');
  });

  it('does not take a first line that ends a sentence as the title', () => {
    const article = parseArticle('a', lines('Cranes stood idle on Tuesday.', 'Nobody worked.'));
    expect(article.meta.title).toBeNull();
    expect(paragraphTexts(article)).toEqual(['Cranes stood idle on Tuesday.', 'Nobody worked.']);
  });

  it('does not take the only paragraph of an article as its title', () => {
    const article = parseArticle('a', 'Cranes stood idle all day');
    expect(article.meta.title).toBeNull();
    expect(article.body).toBe('Cranes stood idle all day');
  });

  it('reads a leading "date YYYY-MM-DD" line as the publication date and removes it', () => {
    const article = parseArticle(
      'a',
      lines(' date 2031-04-14 Crane operators stopped work.', 'Ships waited.'),
    );
    expect(article.meta.published).toBe('2031-04-14');
    expect(article.meta.publishedApproximate).toBe(false);
    expect(article.removed).toContainEqual({ text: 'date 2031-04-14', reason: 'date-line' });
    expect(paragraphTexts(article)[0]).toBe('Crane operators stopped work.');
  });

  it('removes a date line with an impossible date but does not publish that date', () => {
    const article = parseArticle('a', lines('date 2031-02-30', 'Crane operators stopped work.'));
    expect(article.meta.published).toBeNull();
    expect(article.body).toBe('Crane operators stopped work.');
  });

  it('reads "date" only on the first line, not inside the text', () => {
    const text = lines('Crane operators stopped work.', 'date 2031-04-14 was the day it began.');
    expect(parseArticle('a', text).meta.published).toBeNull();
  });

  it('takes the author from a "By" byline and removes the line', () => {
    const article = parseArticle('a', lines('By Jane Doe', 'Crane operators stopped work.', 'Ships waited.'));
    expect(article.meta.author).toBe('Jane Doe');
    expect(article.removed).toContainEqual({ text: 'By Jane Doe', reason: 'byline' });
    expect(article.body).not.toContain('Jane Doe');
  });

  it('takes the author from a byline after a relative timestamp', () => {
    const article = parseArticle('a', lines('3 hours ago By Jane Doe', 'Crane operators stopped work.'));
    expect(article.meta.author).toBe('Jane Doe');
    expect(article.removed).toContainEqual({ text: '3 hours ago By Jane Doe', reason: 'byline' });
  });

  it('keeps prose that merely starts like a byline or a timestamp', () => {
    const text = lines(
      'Crane operators stopped work.',
      'By Friday, forty ships were waiting.',
      '12 days ago, the union voted to strike.',
    );
    const article = parseArticle('a', text);
    expect(article.meta.author).toBeNull();
    expect(article.removed).toEqual([]);
    expect(paragraphTexts(article)).toHaveLength(3);
  });

  it('takes facts from the manifest over the ones found in the text', () => {
    const manifest: ManifestEntry = {
      outlet: 'Calder Gazette',
      title: 'Port Calder Walkout',
      author: 'Hanna Sorvik',
      published: '2031-04-15',
      publishedApproximate: true,
      url: 'https://gazette.example/walkout',
    };
    expect(parseArticle('walkout', WALKOUT, { manifest }).meta).toEqual({
      id: 'walkout',
      lead: null,
      ...manifest,
    });
  });

  it('fills what the manifest leaves unknown (null) from what the text states', () => {
    const manifest: ManifestEntry = {
      outlet: 'Calder Gazette',
      title: null,
      author: null,
      published: null,
      url: null,
    };
    expect(parseArticle('walkout', WALKOUT, { manifest }).meta).toEqual({
      id: 'walkout',
      outlet: 'Calder Gazette',
      title: 'Dockworkers Walk Out at Port Calder',
      lead: null,
      author: 'Jane Doe',
      published: '2031-04-14',
      publishedApproximate: false,
      url: null,
    });
  });

  it('derives nothing it cannot see: outlet and url stay unknown without a manifest', () => {
    const meta = parseArticle('walkout', WALKOUT).meta;
    expect(meta).toEqual({
      id: 'walkout',
      outlet: null,
      title: 'Dockworkers Walk Out at Port Calder',
      lead: null,
      author: 'Jane Doe',
      published: '2031-04-14',
      publishedApproximate: false,
      url: null,
    });
  });
});

describe('parseArticle page furniture', () => {
  it('removes a newsletter prompt, "Follow topic:", an image credit and the caption just before it', () => {
    const article = parseArticle('walkout', WALKOUT);
    expect(article.removed).toEqual(
      expect.arrayContaining([
        { text: 'Get the morning briefing newsletter in your inbox', reason: 'newsletter-prompt' },
        { text: 'Union organiser Marta Ilves addresses strikers at the north gate.', reason: 'caption' },
        { text: 'PHOTO: AFP', reason: 'image-credit' },
        { text: 'Follow topic:', reason: 'follow-prompt' },
      ]),
    );
    expect(paragraphTexts(article)).toEqual([
      'Crane operators at Port Calder stopped work at dawn on Monday.',
      'Harbour master Tomas Brennick said ships would wait in the outer anchorage.',
      'Pay and the night rota',
      'The union wants the new night rota withdrawn before talks resume on Thursday.',
    ]);
  });

  it('removes a copyright footer', () => {
    const article = parseArticle('walkout', WALKOUT);
    expect(article.removed).toContainEqual({
      text: 'Copyright © 2031 Calder Gazette. All rights reserved.',
      reason: 'copyright',
    });
    expect(article.body).not.toContain('Copyright');
  });

  it('keeps a long line before an image credit: captions are single short lines', () => {
    const longLine = `${'Dockers stood on the quay for hours and '.repeat(8)}waited.`;
    const article = parseArticle('a', lines(longLine, 'Photo: Calder Gazette', 'Ships left at night.'));
    expect(paragraphTexts(article)).toEqual([longLine, 'Ships left at night.']);
    expect(reasons(article)).toEqual(['image-credit']);
  });

  it('keeps the last line before a credit at the very end of the article', () => {
    const text = lines('Crane operators stopped work.', 'Ships waited offshore.', 'Image: Calder Gazette');
    expect(paragraphTexts(parseArticle('a', text))).toEqual([
      'Crane operators stopped work.',
      'Ships waited offshore.',
    ]);
  });

  it('removes a short line that places a pictured person as a caption, but keeps long prose that does', () => {
    const caption = 'Marta Ilves (left) and Tomas Brennick at the north gate';
    const prose = `Marta Ilves (pictured) said ${'the pickets would stay and '.repeat(12)}talk.`;
    const article = parseArticle('a', lines('Crane operators stopped work.', caption, prose));
    expect(article.removed).toEqual([{ text: caption, reason: 'caption' }]);
    expect(paragraphTexts(article)).toEqual(['Crane operators stopped work.', prose]);
  });

  it('keeps prose that mentions a newsletter', () => {
    const prose =
      'Members who did not receive the union newsletter on Monday heard about the walkout from shift leaders by text message.';
    const article = parseArticle('a', lines('Crane operators stopped work.', prose));
    expect(paragraphTexts(article)).toContain(prose);
    expect(article.removed).toEqual([]);
  });

  it('removes an "About the Author" line and the bio after it, taking the author from it', () => {
    const text = lines(
      'Crane operators stopped work.',
      'Ships waited offshore.',
      'About the Author: Oskar Lind',
      'Oskar Lind has covered shipping on the Calder coast for twelve years.',
      'He lives in Wrexley.',
    );
    const article = parseArticle('a', text);
    expect(article.meta.author).toBe('Oskar Lind');
    expect(article.removed).toEqual([
      { text: 'About the Author: Oskar Lind', reason: 'author-bio' },
      { text: 'Oskar Lind has covered shipping on the Calder coast for twelve years.', reason: 'author-bio' },
      { text: 'He lives in Wrexley.', reason: 'author-bio' },
    ]);
    expect(article.body).toBe('Crane operators stopped work.\n\nShips waited offshore.');
  });

  it('removes a trailing wire credit and names the agency as the author', () => {
    const article = parseArticle(
      'a',
      lines('Crane operators stopped work.', 'Ships waited, the port said. KYODO'),
    );
    expect(article.removed).toContainEqual({ text: 'KYODO', reason: 'wire-credit' });
    expect(article.meta.author).toBe('Kyodo');
    expect(article.body).toBe('Crane operators stopped work.\n\nShips waited, the port said.');
  });

  it('keeps a short wire credit in capitals, as it is an acronym', () => {
    expect(parseArticle('a', 'Ships waited, the port said. AFP').meta.author).toBe('AFP');
    expect(parseArticle('a', 'Ships waited, the port said. AFP/KYODO').meta.author).toBe('AFP, Kyodo');
  });

  it('does not take an acronym that ends the last sentence for a wire credit', () => {
    const article = parseArticle('a', 'The union will appeal to the ILO.');
    expect(article.removed).toEqual([]);
    expect(article.meta.author).toBeNull();
  });

  it('prefers a byline to a trailing wire credit for the author', () => {
    const article = parseArticle('a', lines('By Jane Doe', 'Ships waited, the port said. AFP'));
    expect(article.meta.author).toBe('Jane Doe');
    expect(removedTexts(article)).toContain('AFP');
  });
});

describe('parseArticle paragraphs', () => {
  it('joins hard-wrapped lines that continue in lower case into one paragraph', () => {
    const text = lines(
      'The container backlog at Port Calder reached 41 ships on Wednesday, the port',
      'authority said, as the strike entered its third day.',
      '',
      'Marta Ilves said members would stay out. "We have waited long enough,"',
      'she said.',
    );
    expect(paragraphTexts(parseArticle('a', text))).toEqual([
      'The container backlog at Port Calder reached 41 ships on Wednesday, the port authority said, as the strike entered its third day.',
      'Marta Ilves said members would stay out. "We have waited long enough," she said.',
    ]);
  });

  it('starts a new paragraph at a blank line even when the next line is in lower case', () => {
    const text = lines('Crane operators stopped work.', 'Cranes stood on the', '', 'quay at dawn.');
    expect(paragraphTexts(parseArticle('a', text))).toEqual([
      'Crane operators stopped work.',
      'Cranes stood on the',
      'quay at dawn.',
    ]);
  });

  it('does not join a heading to the capitalised paragraph after it', () => {
    const text = lines(
      'Crane operators stopped work.',
      'Pay and the night rota',
      'The rota adds two shifts.',
    );
    const article = parseArticle('a', text);
    expect(article.paragraphs.map((paragraph) => [paragraph.kind, paragraph.text])).toEqual([
      ['text', 'Crane operators stopped work.'],
      ['heading', 'Pay and the night rota'],
      ['text', 'The rota adds two shifts.'],
    ]);
  });

  it('makes short unpunctuated lines headings, with no sentences', () => {
    const article = parseArticle(
      'a',
      lines('Crane operators stopped work.', 'What comes next', 'Talks resume.'),
    );
    const heading = article.paragraphs[1];
    expect(heading?.kind).toBe('heading');
    expect(heading?.sentences).toEqual([]);
    expect(article.paragraphs.flatMap((paragraph) => paragraph.sentences).map((s) => s.index)).toEqual([
      0, 1,
    ]);
  });

  it('makes a short Title Case question a heading', () => {
    const article = parseArticle(
      'a',
      lines('Crane operators stopped work.', 'Will the Ships Ever Leave?', 'Talks resume.'),
    );
    expect(article.paragraphs[1]?.kind).toBe('heading');
  });

  it('keeps a line of seven or more words without a full stop as text', () => {
    const line = 'Ms Ilves said the pickets would stay outside the gates';
    const article = parseArticle('a', lines('Crane operators stopped work.', line));
    expect(article.paragraphs[1]).toMatchObject({ kind: 'text', text: line });
    expect(article.paragraphs[1]?.sentences.map((sentence) => sentence.text)).toEqual([line]);
  });

  it('places every paragraph and sentence at its exact offsets in the body', () => {
    const article = parseArticle(
      'a',
      lines(
        WALKOUT,
        'Mr. Brennick said the U.S. buyer had paid $1.5bn. “It is done!” Ms Ilves said.',
        'Ships left at 2.40pm. Would more follow? Nobody knew.',
      ),
    );
    expect(article.paragraphs.length).toBeGreaterThan(3);
    expectExactOffsets(article);
    expect(article.body).toBe(paragraphTexts(article).join('\n\n'));
    expect(article.paragraphs.flatMap((paragraph) => paragraph.sentences).map((s) => s.index)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7,
    ]);
  });

  it('ignores a byte-order mark and Windows line endings', () => {
    const article = parseArticle('a', '\uFEFFStrike at Port Calder\r\nCranes stopped.\r\nShips waited.\r\n');
    expect(article.meta.title).toBe('Strike at Port Calder');
    expect(paragraphTexts(article)).toEqual(['Cranes stopped.', 'Ships waited.']);
  });
});

describe('parseArticle on every seed article', () => {
  const seeds = readArticleFiles(SEEDS_DIR);
  const FURNITURE_WORDS = ['newsletter', 'Follow topic', 'PHOTO:', 'Copyright', 'About the Author'];

  it('finds the seed articles', () => {
    expect(seeds.length).toBeGreaterThan(0);
  });

  describe.each(seeds)('$name', ({ name, text }) => {
    const article = parseArticle(name.replace(/\.txt$/u, ''), text);

    it('has text paragraphs with sentences', () => {
      expect(article.paragraphs.some((paragraph) => paragraph.sentences.length > 0)).toBe(true);
    });

    it('removes no line longer than 60 words (such a line is article prose)', () => {
      for (const line of article.removed) expect(line.text.split(/\s+/u).length).toBeLessThanOrEqual(60);
    });

    it('leaves no page furniture in the body', () => {
      for (const word of FURNITURE_WORDS) expect(article.body).not.toContain(word);
    });

    it('places every paragraph and sentence at its exact offsets in the body', () => {
      expectExactOffsets(article);
    });
  });
});
