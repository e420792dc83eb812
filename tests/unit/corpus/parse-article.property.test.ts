import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle, type Article } from '@/lib/corpus';
import { anyUnicode } from '../../helpers/unicode-arbitraries';

const nonSpace = (text: string): string => text.replace(/\s+/gu, '');

/**
 * The first invariant a parse breaks, or null. Plain comparisons rather than
 * `expect`, which would cost more than the parse itself at 10,000 runs.
 */
function brokenInvariant(article: Article): string | null {
  const { body, paragraphs } = article;
  if (body !== paragraphs.map((paragraph) => paragraph.text).join('\n\n'))
    return 'body is not the paragraphs';
  let previousEnd = 0;
  let sentenceIndex = 0;
  for (const [index, paragraph] of paragraphs.entries()) {
    const where = `paragraph ${index}`;
    if (paragraph.index !== index) return `${where}: index ${paragraph.index}`;
    if (paragraph.start !== (index === 0 ? 0 : previousEnd + 2))
      return `${where}: starts at ${paragraph.start}`;
    if (body.slice(paragraph.start, paragraph.end) !== paragraph.text) return `${where}: not the body slice`;
    if (paragraph.text.trim() !== paragraph.text || paragraph.text === '')
      return `${where}: blank or untrimmed`;
    previousEnd = paragraph.end;
    if (paragraph.kind === 'heading' && paragraph.sentences.length > 0)
      return `${where}: heading with sentences`;
    // Sentences are the paragraph's non-space text, in order, at exact offsets.
    const covered = paragraph.sentences.map((sentence) => nonSpace(sentence.text)).join('');
    if (paragraph.kind === 'text' && covered !== nonSpace(paragraph.text))
      return `${where}: text not covered`;
    let sentenceEnd = paragraph.start;
    for (const sentence of paragraph.sentences) {
      if (sentence.index !== sentenceIndex++) return `${where}: sentence index ${sentence.index}`;
      if (body.slice(sentence.start, sentence.end) !== sentence.text)
        return `${where}: sentence not the slice`;
      if (sentence.start < sentenceEnd || sentence.end > paragraph.end)
        return `${where}: sentence out of place`;
      sentenceEnd = sentence.end;
    }
  }
  const { published } = article.meta;
  if (published !== null && !/^\d{4}-\d{2}-\d{2}$/u.test(published)) return `published ${published}`;
  if (article.removed.some((line) => line.text.trim() !== line.text)) return 'removed line untrimmed';
  return null;
}

/** Lines an article file holds: furniture, prose, noise and anything at all. */
const line = fc.oneof(
  { arbitrary: anyUnicode(30), weight: 3 },
  {
    arbitrary: fc.constantFrom(
      'date 2031-04-14',
      'date 2031-02-30',
      'By Jane Doe',
      '3 hours ago By Jane Doe',
      'PHOTO: AFP',
      'Union organiser Marta Ilves (left) at the gate',
      'Follow topic:',
      'Sign up for the briefing newsletter',
      'Copyright 2031 Calder Gazette',
      'About the author: Jane Doe',
      'She covers the port.',
      'Crane operators stopped work at dawn on Monday.',
      'Crane operators stopped work. Talks resume on Thursday, Mr. Lind said.',
      'Nearly 141,000 businesses closed on Wednesday… Then the U.S. envoy left.',
      'the night rota was withdrawn,',
      '“It is enough,” Mr. Lind said. REUTERS',
      'Pay and the night rota',
      '',
      '   ',
      '\uFEFF',
    ),
    weight: 3,
  },
);
const articleText = fc
  .array(fc.tuple(line, fc.constantFrom('\n', '\n', '\n\n', '\r\n', '\r')), { maxLength: 10 })
  .map((parts) => parts.map(([text, end]) => text + end).join(''));

describe('parseArticle, for any file', { timeout: 30_000 }, () => {
  it('never throws, and keeps body, paragraphs and sentences consistent at exact offsets', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        expect(brokenInvariant(parseArticle('fuzz', text))).toBeNull();
      }),
      { numRuns: 10_000 },
    );
  });

  it('generates files that keep some text, so the property above is not vacuous', () => {
    const samples = fc.sample(articleText, { numRuns: 2_000, seed: 42 });
    const withSentences = samples.filter((text) =>
      parseArticle('fuzz', text).paragraphs.some((paragraph) => paragraph.sentences.length > 1),
    );
    expect(withSentences.length).toBeGreaterThan(samples.length / 5);
  });
});
