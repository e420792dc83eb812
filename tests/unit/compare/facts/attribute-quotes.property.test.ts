import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attributeQuotes } from '@/lib/compare/facts';
import { anyUnicode } from '../../../helpers/unicode-arbitraries';

/** Pieces of news sentences: names, descriptions, pronouns, speech verbs, quotations and scare quotes. */
const PIECES = [
  'Anna Berg',
  'Mr Berg',
  'Tomas Lind',
  'Governor Ruth Adler',
  'the Oslo Port Authority',
  'the authority',
  'the OPA',
  'he',
  'she',
  'He',
  'She',
  'they',
  'and',
  'said',
  'told reporters',
  'added:',
  'according to',
  'of the',
  ', saying',
  'His answer:',
  '“We will rebuild the bridge,”',
  '“Not today.',
  'Maybe tomorrow,”',
  '"It is over,"',
  "'a fair deal'",
  'the so-called “green corridor”',
  'called it “reckless”',
  'on Monday',
  'the plan',
  '.',
  ',',
];

const sentence = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 })
  .chain((pieces) => fc.constantFrom('.', ':').map((end) => `${pieces.join(' ')}${end}`));
const article = fc.array(fc.array(sentence, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 });

/** The initials of a name's capitalised words ("Oslo Port Authority" → "OPA"). */
const initials = (name: string): string =>
  name
    .split(' ')
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word.charAt(0))
    .join('');

/**
 * Whether `paragraph` names `speaker` in some form: one of its words (a
 * surname, "the authority") or its initials. The name itself may be spelt out
 * from earlier in the article; who speaks must be said here.
 */
function names(paragraph: readonly string[] | undefined, speaker: string): boolean {
  if (!paragraph) return false;
  const text = paragraph.join(' ').toLowerCase();
  const words = speaker
    .toLowerCase()
    .split(' ')
    .filter((word) => word.length > 2 && word !== 'the');
  return words.some((word) => text.includes(word)) || text.includes(initials(speaker).toLowerCase());
}

describe('attributeQuotes, on any text', () => {
  it('never throws and gives every quotation a speaker or null', () => {
    fc.assert(
      fc.property(fc.array(fc.array(anyUnicode(60), { maxLength: 4 }), { maxLength: 4 }), (paragraphs) => {
        for (const quote of attributeQuotes(paragraphs)) {
          expect(quote.paragraph).toBeLessThan(paragraphs.length);
          expect(paragraphs[quote.paragraph]?.[quote.sentence]?.slice(quote.fact.start, quote.fact.end)).toBe(
            quote.fact.text,
          );
          expect(quote.speaker === null || quote.speaker.trim() !== '').toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('names a speaker only in the quotation’s paragraph, or before it through "he"/"she"/"they", "the" and a description, or a colon that ends it', () => {
    fc.assert(
      fc.property(article, (paragraphs) => {
        const quotes = attributeQuotes(paragraphs);
        for (const quote of quotes) {
          if (quote.speaker === null) continue;
          const speaker = quote.speaker;
          // The speaker is named in the paragraph, or speaks another of its quotations under a fuller name ("she"
          // for "Governor Ruth Adler"). Only a pronoun or a definite description ("the Mexican-born journalist")
          // looks into the paragraph before, where the same holds or the speaker is taken up again in turn; and a paragraph
          // that ends with a colon ("… writes:") introduces the quotation that opens the next.
          const speaksIn = (paragraph: number): boolean =>
            quotes.some(
              (other) =>
                other !== quote &&
                other.paragraph === paragraph &&
                other.speaker !== null &&
                names([other.speaker], speaker.split(' ').at(-1) ?? speaker),
            );
          let paragraph = quote.paragraph;
          while (!names(paragraphs[paragraph], speaker) && !speaksIn(paragraph)) {
            const introduced = /:[ \t\u00a0]*$/u.test(paragraphs[paragraph - 1]?.at(-1) ?? '');
            if (!introduced)
              expect(paragraphs[paragraph]?.join(' ')).toMatch(
                /\b(?:[Hh]e|[Ss]he|[Tt]hey)\b|\b[Tt]he \p{Ll}/u,
              );
            paragraph--;
            expect(paragraph).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      { numRuns: 2_000 },
    );
  });
});
