import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences, type Span } from '@/lib/corpus';
import { anyUnicode } from '../../helpers/unicode-arbitraries';

/** The sentences of `text`, after checking that every span is the slice at its offsets. */
function sentencesOf(text: string, offset = 0): string[] {
  const spans = splitSentences(text, offset);
  for (const span of spans) expect(text.slice(span.start - offset, span.end - offset)).toBe(span.text);
  return spans.map((span) => span.text);
}

const nonSpace = (text: string): string => text.replace(/\s+/gu, '');

/** The invariants every split must keep, whatever the input. */
function checkSpans(text: string, spans: Span[], offset: number): void {
  let previousEnd = offset;
  for (const span of spans) {
    expect(text.slice(span.start - offset, span.end - offset)).toBe(span.text);
    expect(span.start).toBeGreaterThanOrEqual(previousEnd);
    expect(span.end).toBeGreaterThan(span.start);
    expect(span.text.trim()).toBe(span.text);
    previousEnd = span.end;
  }
  expect(spans.map((span) => nonSpace(span.text)).join('')).toBe(nonSpace(text));
}

describe('splitSentences', () => {
  it('splits plain sentences at full stops, question marks and exclamation marks', () => {
    expect(sentencesOf('Will the port reopen? Nobody knows! Talks resume on Friday.')).toEqual([
      'Will the port reopen?',
      'Nobody knows!',
      'Talks resume on Friday.',
    ]);
  });

  it('splits at an ellipsis and across line breaks', () => {
    expect(sentencesOf('The talks stalled… Then the mediators arrived.\nPickets cheered.')).toEqual([
      'The talks stalled…',
      'Then the mediators arrived.',
      'Pickets cheered.',
    ]);
  });

  it('does not end a sentence after a title such as Mr., Mrs. or Dr.', () => {
    expect(
      sentencesOf('Mr. Brennick met Mrs. Ilves and Dr. Ruiz at the quay. They spoke for an hour.'),
    ).toEqual(['Mr. Brennick met Mrs. Ilves and Dr. Ruiz at the quay.', 'They spoke for an hour.']);
  });

  it('does not end a sentence after a month abbreviation before a day ("Aug. 8")', () => {
    expect(sentencesOf('The ballot closes on Aug. 8 at noon. Results follow a day later.')).toEqual([
      'The ballot closes on Aug. 8 at noon.',
      'Results follow a day later.',
    ]);
  });

  it('keeps "U.S." inside a sentence before a noun or a hyphenated compound', () => {
    expect(
      sentencesOf('The U.S. envoy flew in on Tuesday. A U.S.-Canada shipping pact was on the table.'),
    ).toEqual(['The U.S. envoy flew in on Tuesday.', 'A U.S.-Canada shipping pact was on the table.']);
  });

  it('ends a sentence after a dotted acronym when a typical sentence opener follows', () => {
    expect(sentencesOf('The cranes were built in the U.S. The crews were trained locally.')).toEqual([
      'The cranes were built in the U.S.',
      'The crews were trained locally.',
    ]);
  });

  it('never splits inside decimals, times or amounts ("2.40pm", "$1.5bn")', () => {
    expect(
      sentencesOf(
        'Talks ended at 2.40pm on Friday. The deal is worth $1.5bn over five years. Both sides signed.',
      ),
    ).toEqual([
      'Talks ended at 2.40pm on Friday.',
      'The deal is worth $1.5bn over five years.',
      'Both sides signed.',
    ]);
  });

  it('does not split after initials ("J. R. Smith")', () => {
    expect(sentencesOf('The report by J. R. Smith came out on Monday. It runs to 90 pages.')).toEqual([
      'The report by J. R. Smith came out on Monday.',
      'It runs to 90 pages.',
    ]);
  });

  it('does not split before a lower-case word, even after an abbreviation', () => {
    expect(sentencesOf('The ships waited approx. five hours. Then they left.')).toEqual([
      'The ships waited approx. five hours.',
      'Then they left.',
    ]);
  });

  it('ends a sentence at a lower-case word that is also an abbreviation ("no") when a sentence opener follows', () => {
    expect(sentencesOf('Voters said no. The referendum failed.')).toEqual([
      'Voters said no.',
      'The referendum failed.',
    ]);
  });

  it('keeps going after a lower-case abbreviation before a lower-case word, a figure or a name', () => {
    expect(
      sentencesOf(
        'Ports, e.g. the one at Narva, waited approx. three hours. Bay No. 4 held Kyiv vs. Moscow tankers.',
      ),
    ).toEqual([
      'Ports, e.g. the one at Narva, waited approx. three hours.',
      'Bay No. 4 held Kyiv vs. Moscow tankers.',
    ]);
  });

  it('keeps a quotation and its attribution together as one sentence', () => {
    expect(sentencesOf('“The rota is withdrawn!” Ms Ilves said. The crowd cheered.')).toEqual([
      '“The rota is withdrawn!” Ms Ilves said.',
      'The crowd cheered.',
    ]);
    expect(
      sentencesOf('"We will not sail." Captain Arne Holm told reporters on the quay. Nobody argued.'),
    ).toEqual(['"We will not sail." Captain Arne Holm told reporters on the quay.', 'Nobody argued.']);
  });

  it('ends a sentence at a closing quote when no attribution follows', () => {
    expect(
      sentencesOf('He called the offer “an insult.” The union walked out. She said “no!” Pickets stayed.'),
    ).toEqual([
      'He called the offer “an insult.”',
      'The union walked out.',
      'She said “no!”',
      'Pickets stayed.',
    ]);
  });

  it('shifts every offset by the given paragraph offset', () => {
    const text = 'Cranes stopped. Ships waited.';
    const spans = splitSentences(text, 100);
    expect(spans.map((span) => [span.start, span.end])).toEqual([
      [100, 115],
      [116, 129],
    ]);
    checkSpans(text, spans, 100);
  });

  it('trims surrounding white space and returns nothing for blank text', () => {
    expect(sentencesOf('   Cranes stopped.   Ships waited.  \n')).toEqual([
      'Cranes stopped.',
      'Ships waited.',
    ]);
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t ')).toEqual([]);
  });

  it('returns text without closing punctuation as a single sentence', () => {
    expect(sentencesOf('Pickets stayed at the gate all night')).toEqual([
      'Pickets stayed at the gate all night',
    ]);
  });
});

describe('splitSentences on generated text', () => {
  // Pieces news text is made of, including every tricky case the splitter handles.
  const newsPiece = fc.constantFrom(
    'Mr',
    'Mr.',
    'Dr.',
    'Aug.',
    'U.S.',
    'U.S.-',
    'J.',
    'R.',
    'approx.',
    '2.40pm',
    '$1.5bn',
    'The',
    'the',
    'said',
    'Ms Ilves said',
    'ships',
    '.',
    '!',
    '?',
    '…',
    '"',
    '“',
    '”',
    '’',
    '(',
    ')',
    ' ',
    ' ',
    '  ',
    '\n',
    '\t',
    '\u00a0',
  );
  const anyText = fc.oneof(
    // Graphemes, code points, lone surrogates and a dense mix of the characters the rules decide on.
    anyUnicode(60),
    fc.array(newsPiece, { maxLength: 40 }).map((pieces) => pieces.join('')),
  );

  it('keeps every span an exact, trimmed, ordered, non-overlapping slice covering all non-space text', () => {
    fc.assert(
      fc.property(anyText, fc.nat(10_000), (text, offset) => {
        checkSpans(text, splitSentences(text, offset), offset);
      }),
      { numRuns: 10_000 },
    );
  });

  // Naive reference: sentences built from words that are never abbreviations,
  // each ending in . ! ? or … (optionally inside a closing quote), must come
  // back exactly as they were built.
  const opener = fc.constantFrom('Dockers', 'Cranes', 'Mediators', 'Nobody', 'Crews', 'Ships');
  const word = fc.constantFrom(
    'harbour',
    'strike',
    'vessels',
    'union',
    'pickets',
    'waited',
    'cargo',
    'night',
  );
  const ending = fc.constantFrom('.', '!', '?', '…', '.”', '!"', '?’');
  const sentence = fc
    .tuple(opener, fc.array(word, { maxLength: 8 }), ending)
    .map(([first, rest, end]) => [first, ...rest].join(' ') + end);
  const separator = fc.constantFrom(' ', '  ', '\n', ' \n ');

  it('returns exactly the sentences of text built from plain sentences', () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 6 }), separator, (sentences, gap) => {
        expect(sentencesOf(sentences.join(gap))).toEqual(sentences);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('splitSentences on long paragraphs', () => {
  // Regression: the word before each full stop was found by a regular
  // expression anchored at the end of everything before it, so every stop
  // rescanned the paragraph; 200 KB took 9 s, 1 MB would take minutes.
  it('splits a 1 MB paragraph in time proportional to its length', () => {
    const sentence = 'Mr. Lind said 1,200 dockers stopped work at Port Calder. Talks resumed on Monday. ';
    const text = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    const started = performance.now();
    const spans = splitSentences(text);
    expect(performance.now() - started).toBeLessThan(8_000);
    expect(spans).toHaveLength(2 * Math.ceil(1_000_000 / sentence.length));
    expect(spans[0]?.text).toBe('Mr. Lind said 1,200 dockers stopped work at Port Calder.');
  }, 30_000);
});
