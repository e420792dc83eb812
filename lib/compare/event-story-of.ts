import type { SourceMeta } from '../corpus';
import type { FactStoryOf } from './align-facts';
import { sourcePassageIds, type CorpusView } from './collect-facts';
import { extractFacts } from './facts';

/**
 * Two articles of one story whose events lie more than this many days apart
 * report two events of an ongoing affair (an offer, and a week later the
 * deal): their figures and claims are not set side by side. Outlets covering
 * one event date it within a day or two of each other (a Saturday speech
 * reported on Saturday, Sunday or in Tuesday's follow-up "over the weekend").
 */
export const MAX_EVENT_GAP_DAYS = 2;
/**
 * Reports of one event lie within this many days of each other (a Saturday
 * speech, Wednesday's follow-up). A run of days with no gap wider than
 * MAX_EVENT_GAP_DAYS can still chain two events: a Friday demand, a Sunday
 * quote, a Tuesday interview and a Thursday letter (basil b098 and b099,
 * which the story grouping joined). A run spanning more is cut again. No
 * BASIL gold story spans more than four days; three span three or four, so
 * a tighter bound would split them.
 */
export const MAX_EVENT_SPAN_DAYS = 4;
/** An article says what happened, and when, in its opening sentences. */
const LEAD_PASSAGES = 4;
/**
 * A day in the lead up to this many days before the article's date is its
 * news (a Saturday speech reported on Monday); one further back is background
 * ("On Feb. 14, 2011, all senators were offered…", last week's report), and
 * one after it is announced, not reported ("will deliver the message on
 * Wednesday"): the article's news is then dated by the article.
 */
const MAX_LEAD_DAY_BEFORE_PUBLISHED = 2;
const DAY_MS = 86_400_000;

const dayNumber = (iso: string): number => Math.floor(Date.parse(iso.slice(0, 10)) / DAY_MS);

/**
 * The day of the event an article reports, as a day number: the first day its
 * lead names in the week up to its date (resolved against that date: "on
 * Saturday", "over the weekend"), else its date; null for an undated article,
 * whose weekdays resolve against nothing.
 */
export function sourceEventDay(view: CorpusView, source: SourceMeta): number | null {
  if (source.published === null) return null;
  const published = dayNumber(source.published);
  if (Number.isNaN(published)) return null;
  for (const passageId of sourcePassageIds(view, source.id).slice(0, LEAD_PASSAGES)) {
    const text = view.passage(passageId)?.text ?? '';
    for (const fact of extractFacts(text, { published: source.published })) {
      if (fact.kind !== 'date' || !fact.iso) continue;
      const day = dayNumber(fact.iso);
      if (day <= published && published - day <= MAX_LEAD_DAY_BEFORE_PUBLISHED) return day;
    }
  }
  return published;
}

const eventDays = new WeakMap<CorpusView, Map<string, number | null>>();

function eventDayOf(view: CorpusView, source: SourceMeta): number | null {
  let days = eventDays.get(view);
  if (!days) eventDays.set(view, (days = new Map<string, number | null>()));
  if (!days.has(source.id)) days.set(source.id, sourceEventDay(view, source));
  return days.get(source.id) ?? null;
}

interface Dated {
  id: string;
  day: number;
}

const spanOf = (run: readonly Dated[]): number => (run.at(-1)?.day ?? 0) - (run[0]?.day ?? 0);

/**
 * A run of days (sorted) cut until no part spans more than
 * MAX_EVENT_SPAN_DAYS: at its widest gap, and among gaps as wide, where the
 * wider of the two parts spans least (22, 22, 24 | 26, 28, 28, 28).
 */
export function cutLongRun(run: readonly Dated[]): Dated[][] {
  if (run.length < 2 || spanOf(run) <= MAX_EVENT_SPAN_DAYS) return [[...run]];
  let best = 1;
  let bestGap = -1;
  let bestSpan = Infinity;
  for (let at = 1; at < run.length; at++) {
    const gap = run[at]!.day - run[at - 1]!.day;
    const span = Math.max(spanOf(run.slice(0, at)), spanOf(run.slice(at)));
    if (gap > bestGap || (gap === bestGap && span < bestSpan)) [best, bestGap, bestSpan] = [at, gap, span];
  }
  return [...cutLongRun(run.slice(0, best)), ...cutLongRun(run.slice(best))];
}

/**
 * The key under which facts and claims may be set against each other: the
 * source's story, cut where its sources' event days leave a gap of more than
 * MAX_EVENT_GAP_DAYS or span more than MAX_EVENT_SPAN_DAYS (each part named
 * `story@n`). A story whose days form one
 * run keeps its own id, and so does a story with an undated source: nobody
 * can tell which part that source would belong to, and the story's grouping
 * stands.
 */
export function eventStoryOf(
  view: CorpusView,
  storyOf: FactStoryOf,
  sources: readonly SourceMeta[] = view.sources,
): FactStoryOf {
  const members = new Map<string, { id: string; day: number | null }[]>();
  for (const source of sources) {
    const story = storyOf(source.id);
    if (story === null) continue;
    const list = members.get(story) ?? [];
    list.push({ id: source.id, day: eventDayOf(view, source) });
    members.set(story, list);
  }
  const keys = new Map<string, string>();
  for (const [story, list] of members) {
    if (list.some((member) => member.day === null)) continue;
    const dated = list
      .flatMap(({ id, day }): Dated[] => (day === null ? [] : [{ id, day }]))
      .sort((a, b) => a.day - b.day);
    const runs: Dated[][] = [];
    for (const member of dated) {
      const run = runs.at(-1);
      const previous = run?.at(-1);
      if (run && previous && member.day - previous.day <= MAX_EVENT_GAP_DAYS) run.push(member);
      else runs.push([member]);
    }
    const parts = runs.flatMap(cutLongRun);
    if (parts.length <= 1) continue;
    for (const [n, part] of parts.entries()) for (const { id } of part) keys.set(id, `${story}@${n}`);
  }
  return (sourceId) => keys.get(sourceId) ?? storyOf(sourceId);
}
