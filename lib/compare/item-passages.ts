import type { Entity } from '../entities';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon/calendar-words';
import { sourcePassageIds, type CorpusView } from './collect-facts';
import { extractDates } from './facts/extract-dates';

/**
 * Words that name a day only relative to the article's date: weekdays and
 * the casual days. A passage without one cannot mention a day in a way the
 * catalogue's literal aliases ("August 6", "6 Aug") miss, so only these
 * passages pay for reading dates; and of the dates read, only these
 * wordings count ("last week" is a period, "Aug 6" the matcher's).
 */
const RELATIVE_DAY = new RegExp(
  `(?<!\\p{L})(?:${WEEKDAY_NAMES.join('|')}|yesterday|today|tonight|tomorrow)(?!\\p{L})`,
  'iu',
);

/** "August 6" → "08-06": the month and day of a date item's label, or null for any other label. */
export function dateKeyOf(label: string): string | null {
  const match = /^(\p{L}+) (\d{1,2})$/u.exec(label);
  const month = match ? MONTH_NAMES.indexOf((match[1] ?? '').toLowerCase()) : -1;
  if (!match || month < 0) return null;
  return `${String(month + 1).padStart(2, '0')}-${(match[2] ?? '').padStart(2, '0')}`;
}

/**
 * The month and days (`MM-DD`) a sentence names relative to its article's
 * date: "on Wednesday" in an article of Monday 4 August 2025, read forward
 * after "plans to", is "08-06". The resolution is extractDates', so a date
 * item's passages and the comparison's date facts agree on the day. An
 * article of unknown date names no day this way.
 */
export function daysNamedIn(text: string, published: string | null): string[] {
  if (published === null || !RELATIVE_DAY.test(text)) return [];
  const days = new Set<string>();
  for (const fact of extractDates(text, text, { published }))
    if (fact.iso && RELATIVE_DAY.test(fact.text)) days.add(fact.iso.slice(5));
  return [...days];
}

type PassagesByDay = Map<string, Map<string, string[]>>;

/** Each loaded corpus's passages by the day they name relatively, read once. */
const byView = new WeakMap<CorpusView, PassagesByDay>();
function passagesByDay(view: CorpusView): PassagesByDay {
  let days = byView.get(view);
  if (!days) {
    days = new Map();
    for (const source of view.sources)
      for (const id of sourcePassageIds(view, source.id))
        for (const day of daysNamedIn(view.passage(id)?.text ?? '', source.published)) {
          const bySource = days.get(day) ?? new Map<string, string[]>();
          bySource.set(source.id, [...(bySource.get(source.id) ?? []), id]);
          days.set(day, bySource);
        }
    byView.set(view, days);
  }
  return days;
}

const sentenceNumber = (passageId: string): number => Number(passageId.slice(passageId.lastIndexOf('#') + 1));

/**
 * An item's passages for comparison, by source, in article order: the
 * catalogue's (its aliases as the matcher finds them) and, for a date item,
 * also those that name its day relatively ("on Wednesday", "yesterday"), so a
 * source that reports the day in those words is not called silent about it.
 */
export function itemPassages(view: CorpusView, entity: Entity): Readonly<Record<string, readonly string[]>> {
  const key = entity.kind === 'date' ? dateKeyOf(entity.label) : null;
  const named = key === null ? undefined : passagesByDay(view).get(key);
  if (!named) return entity.sources;
  const merged: Record<string, readonly string[]> = { ...entity.sources };
  for (const [sourceId, ids] of named)
    merged[sourceId] = [...new Set([...(merged[sourceId] ?? []), ...ids])].sort(
      (a, b) => sentenceNumber(a) - sentenceNumber(b),
    );
  return merged;
}
