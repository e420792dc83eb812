import { describe, it } from 'vitest';
import { checkRow, type Row } from './support';

const rows: Row[] = [
  {
    shows: 'keeps a one-word quote and gives both the speaker of "X described …, adding"',
    sentence:
      'Halvorsen described the meeting as “productive,” adding, “The door remains open,” before leaving.',
    facts: [
      { quote: 'productive', speaker: { text: 'Halvorsen' } },
      {
        text: '“The door remains open,”',
        quote: 'The door remains open',
        speaker: { start: 0, end: 9, text: 'Halvorsen' },
        value: null,
        range: null,
      },
    ],
  },
  {
    shows: 'finds the speaker after an inverting "said", past a role and an organisation',
    sentence: '“We will not sign this text,” said Ministry spokeswoman Ana Ribeiro.',
    facts: [{ quote: 'We will not sign this text', speaker: { text: 'Ana Ribeiro' } }],
  },
  {
    shows: 'finds a name with a title before "told"',
    sentence: 'President Okafor told reporters: “The harvest will be saved.”',
    facts: [{ quote: 'The harvest will be saved.', speaker: { text: 'President Okafor' } }],
  },
  {
    shows: 'finds a name before an appositive between commas',
    sentence: '“Nothing has been agreed,” Lindqvist, the chief negotiator, said on Monday.',
    facts: [{ speaker: { text: 'Lindqvist' } }],
  },
  {
    shows: 'gives a pronoun as the speaker so the caller can resolve it',
    sentence: '“It is far too early to tell,” she said.',
    facts: [{ quote: 'It is far too early to tell', speaker: { text: 'she' } }],
  },
  {
    shows: 'reads straight double quotes and "according to X"',
    sentence: 'The deal is "a good start for everyone", according to Mr Tanaka.',
    facts: [{ quote: 'a good start for everyone', speaker: { text: 'Mr Tanaka' } }],
  },
  {
    shows: 'leaves the speaker empty when only a group is named',
    sentence: '“The wells are dry,” local farmers said.',
    facts: [{ quote: 'The wells are dry', speaker: null }],
  },
  {
    shows: 'reads a quotation the sentence splitter left open as running to the end',
    sentence: 'Mr Adeyemi said: “We are ready to talk.',
    facts: [{ quote: 'We are ready to talk.', speaker: { text: 'Mr Adeyemi' } }],
  },
  {
    shows: 'reads a quotation closed before it was opened as running from the start',
    sentence: 'But not on these terms,” the Kremlin said.',
    facts: [
      { text: 'But not on these terms,”', quote: 'But not on these terms', speaker: { text: 'Kremlin' } },
    ],
  },
  {
    shows: 'keeps figures inside a quotation part of it rather than separate facts',
    sentence: '“We lost 40% of our herd,” the farmer said.',
    facts: [{ quote: 'We lost 40% of our herd' }],
  },
  {
    shows: 'does not take a pronoun after "said" for the speaker: it starts a new clause',
    sentence: 'Ms Varga said she would return “within the next two weeks” to finish the survey.',
    facts: [{ quote: 'within the next two weeks', speaker: { text: 'Ms Varga' } }],
  },
  {
    shows: 'finds the speaker across a time phrase before the verb ("X on Aug 6 said")',
    sentence: 'Chancellor Brandt on Aug 6 said the plan was “a step too far” for the region.',
    facts: [{ quote: 'a step too far', speaker: { text: 'Chancellor Brandt' } }],
  },
  {
    shows: 'reads a quotation in curly single quotes, past the apostrophes around it',
    sentence: 'The minister’s aide called it ‘a shadow fleet in all but name’, Ms Lind said.',
    facts: [{ quote: 'a shadow fleet in all but name', speaker: { text: 'Ms Lind' } }],
  },
  {
    shows: 'reads a quotation in straight single quotes after a possessive, and not a contraction',
    sentence: "The country's 'shadow fleet' keeps sailing, and officials don't deny it.",
    facts: [{ text: "'shadow fleet'", quote: 'shadow fleet' }],
  },
  {
    shows: 'keeps a single-quoted phrase inside a double-quoted quotation part of it',
    sentence: '“They call it ‘the long winter’ here,” the mayor said.',
    facts: [{ quote: 'They call it ‘the long winter’ here' }],
  },
  {
    shows: 'reads no quotation between apostrophes of contractions and possessives',
    sentence: "The workers' union won't say if the ministers' plan can't pass.",
    facts: [],
  },
];

describe('quotations', () => {
  it.each(rows)('$shows', (row) => checkRow('quote', row));
});
