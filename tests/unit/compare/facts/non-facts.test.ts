import { describe, expect, it } from 'vitest';
import { factsIn } from './support';

/** Sentences with digits or number words that state no figure; each yields no fact at all. */
const rows: { shows: string; sentence: string }[] = [
  {
    shows: 'a model name written as capitals and a number ("FAB 3000")',
    sentence: 'A FAB 3000 glide bomb hit the depot.',
  },
  { shows: 'a model code hyphenated to letters ("Su-34")', sentence: 'The Su-34 crews flew home unharmed.' },
  { shows: 'a group name with a hyphen ("G-7")', sentence: 'The G-7 envoys issued a joint note.' },
  { shows: 'a plural model code ("F-16s")', sentence: 'The F-16s were parked in the shade.' },
  {
    shows: 'an era written in Roman numerals ("WWII-era")',
    sentence: 'A WWII-era shell was found in the field.',
  },
  { shows: 'a decade ("the 1990s")', sentence: 'The plant has been idle since the 1990s.' },
  {
    shows: 'ordinal words and digits ("first", "21st")',
    sentence: 'The first and second rounds ended in the 21st minute.',
  },
  { shows: 'a product name and number ("Boeing 737")', sentence: 'The Boeing 737 jets stayed grounded.' },
  { shows: 'a numbered article ("Article 5")', sentence: 'The allies invoked Article 5 at dawn.' },
  { shows: 'a numbered address ("No. 10")', sentence: 'The letter went to No. 10 unopened.' },
  { shows: 'letters glued to digits ("A320", "5G")', sentence: 'The A320 had no 5G antenna on board.' },
  { shows: '"one of the" and "no one"', sentence: 'One of the guards said no one had left.' },
  { shows: 'a "one-off"', sentence: 'The payment was a one-off gesture.' },
  { shows: 'a phone number', sentence: 'Readers can call +44 20 7946 0958 with tips.' },
  { shows: 'a US-style phone number', sentence: 'Call the hotline at 555-123-4567 for help.' },
  {
    shows: 'times and numbers inside a web address',
    sentence: 'Details are at https://example.org/live/14:30/2025 online.',
  },
  {
    shows: 'a slashed number ("24/7"; a full slashed date is a date)',
    sentence: 'The line has been staffed 24/7 all summer.',
  },
  { shows: 'page furniture ("21 hours ago")', sentence: 'Updated 21 hours ago' },
  {
    shows: 'capitalised number words in a name ("Group of Seven")',
    sentence: 'The Group of Seven met in the hills.',
  },
  {
    shows: 'a glued "m" with no money or plural noun to confirm a million',
    sentence: 'She won the 100m final with ease.',
  },
  { shows: '"a second" and "a day after"', sentence: 'A day after the vote, a second round was called.' },
  {
    shows: 'a brand name with an inner capital ("iPhone 15")',
    sentence: 'The iPhone 15 went on sale at dawn.',
  },
  { shows: 'an index name ("FTSE 100")', sentence: 'The FTSE 100 opened flat.' },
];

describe('what is not a fact', () => {
  it.each(rows)('ignores $shows', ({ sentence }) => {
    expect(factsIn(sentence)).toEqual([]);
  });
});
