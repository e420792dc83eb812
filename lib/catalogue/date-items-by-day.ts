import { extractDates } from '../compare/facts/extract-dates';
import { WEEKDAY_NAMES } from '../lexicon/calendar-words';
import { dateKeyOf } from './date-mentions';

/**
 * Words that name a day only relative to the article's date: weekdays and
 * the casual days. A passage without one cannot mention a day in a way the
 * matcher's literal aliases ("August 6", "6 Aug") miss, so only these
 * passages pay for reading dates; and of the dates read, only these
 * wordings count ("last week" is a period, "Aug 6" the matcher's).
 */
const RELATIVE_DAY = new RegExp(
  `(?<!\\p{L})(?:${WEEKDAY_NAMES.join('|')}|yesterday|today|tonight|tomorrow)(?!\\p{L})`,
  'iu',
);

/**
 * The date items (by id) a passage mentions through a day it names relative
 * to its article's date: "on Wednesday" in an article of Monday 4 August
 * 2025, read forward after "plans to", mentions the item "August 6". The
 * resolution is extractDates', so the comparison's facts and the catalogue
 * agree on the day; items are month and day (`MM-DD`), as their keys are.
 * An article of unknown date mentions no day this way.
 */
export function dateItemsByDay(
  items: readonly { label: string; kind: string }[],
  ids: readonly string[],
): (text: string, published: string | null) => string[] {
  const byKey = new Map<string, string>();
  items.forEach((item, index) => {
    const key = item.kind === 'date' ? dateKeyOf(item.label) : null;
    const id = ids[index];
    if (key !== null && id !== undefined) byKey.set(key, id);
  });
  return (text, published) => {
    if (published === null || byKey.size === 0 || !RELATIVE_DAY.test(text)) return [];
    const found = new Set<string>();
    for (const fact of extractDates(text, text, { published })) {
      if (!fact.iso || !RELATIVE_DAY.test(fact.text)) continue;
      const id = byKey.get(fact.iso.slice(5));
      if (id !== undefined) found.add(id);
    }
    return [...found];
  };
}
