import { extractAmounts } from './extract-amounts';
import { clockRangesToDurations } from './clock-ranges-to-durations';
import { extractClockTimes } from './extract-clock-times';
import { extractDates } from './extract-dates';
import { extractQuotes } from './extract-quotes';
import { findNoise } from './find-noise';
import { keepDisjoint } from './keep-disjoint';
import { maskSpans } from './mask-spans';
import type { Fact, FactContext } from './types';

/**
 * Every fact a sentence states, in text order, no two sharing a character.
 * Readers run from the widest reading to the narrowest, each masking what it
 * took: noise (addresses, phone numbers, "21 hours ago") first, then
 * quotations (so figures inside a quotation stay part of it), dates (so "Aug
 * 6" is not a count of six), times of day (two that bound a stretch become
 * its duration), and last the figures.
 */
export function extractFacts(sentence: string, context: FactContext): Fact[] {
  let text = maskSpans(sentence, findNoise(sentence));
  const quotes = extractQuotes(sentence, text);
  text = maskSpans(text, quotes);
  const dates = extractDates(text, sentence, context);
  text = maskSpans(text, dates);
  const clocks = clockRangesToDurations(extractClockTimes(text, sentence), text, sentence);
  text = maskSpans(text, clocks);
  const amounts = extractAmounts(text, sentence);
  return keepDisjoint([...quotes, ...dates, ...clocks, ...amounts]);
}
