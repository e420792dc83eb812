import { casual, type ParsedComponents } from 'chrono-node';
import { MONTH_NAMES as MONTHS } from '../lexicon/calendar-words';

const MS_PER_DAY = 86_400_000;
/** Month names as chrono accepts them; a mention needs one, capitalised ("may 5" is a verb). */
const MONTH_WORD = /(?<!\p{L})(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*(?!\p{L})/giu;
/** Words chrono takes into a date that a spelling of the day leaves out: "on Aug 6" is spelled "Aug 6". */
const LEADING_WORDS = /^(?:[,(]\s*)?(?:(?:on|from|since|by|until)\s+)?/iu;
const TRAILING = /[\s,;:]+$/u;

export interface DateMention {
  /** `MM-DD`: the same calendar day however it is written. */
  key: string;
  text: string;
}

function key(components: ParsedComponents): string | null {
  if (!components.isCertain('month') || !components.isCertain('day')) return null;
  const month = components.get('month') ?? 0;
  const day = components.get('day') ?? 0;
  return `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Calendar days written with a month name, read by chrono: "Aug 6", "August
 * 6th", "Aug. 6", "6 August", "the 6th of August", and both ends of a range
 * ("Aug. 6-8"). A month and day keep their words, which become an alias
 * of the day's item; the ends of a range, and a day written with its
 * weekday or year, are spelled by their label. The date of
 * publication is chrono's reference (it settles a day without a year, such
 * as 29 February); relative words and weekdays name no calendar day and are
 * left out.
 */
export function findDateMentions(text: string, published: string | null = null): DateMention[] {
  const day = published === null ? NaN : Date.parse(published.slice(0, 10));
  const instant = new Date(Number.isNaN(day) ? 0 : day + MS_PER_DAY / 2);
  const found: DateMention[] = [];
  for (const result of casual.parse(text, { instant, timezone: 0 })) {
    if (result.tags().has('result/relativeDate')) continue;
    const months = [...result.text.matchAll(MONTH_WORD)].map(([word]) => word);
    if (months.length === 0 || months.some((word) => !/^\p{Lu}/u.test(word))) continue;
    const start = key(result.start);
    if (start === null) continue;
    const end = result.end ? key(result.end) : null;
    const plain = !result.start.isCertain('year') && !result.start.isCertain('weekday');
    if (end === null && plain) {
      const lead = LEADING_WORDS.exec(result.text)?.[0].length ?? 0;
      found.push({ key: start, text: result.text.slice(lead).replace(TRAILING, '') });
    } else {
      found.push({ key: start, text: dateLabel(start) });
      if (end !== null) found.push({ key: end, text: dateLabel(end) });
    }
  }
  return found;
}

/** "08-06" → "August 6". */
export function dateLabel(dateKey: string): string {
  const [month, day] = dateKey.split('-').map(Number);
  const name = MONTHS[(month ?? 1) - 1] ?? '';
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${day}`;
}

/** Every usual way of writing a day, so the matcher finds all of them. */
export function dateAliases(dateKey: string): string[] {
  const [month, day] = dateKey.split('-').map(Number);
  const name = MONTHS[(month ?? 1) - 1] ?? '';
  const full = `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
  const short = full.slice(0, 3);
  const forms = [`${full} ${day}`, `${day} ${full}`];
  if (full.length > 3) forms.push(`${short} ${day}`, `${short}. ${day}`, `${day} ${short}`);
  if (full === 'September') forms.push(`Sept ${day}`, `Sept. ${day}`);
  return forms;
}
