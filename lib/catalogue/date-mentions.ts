import { MONTH_NAMES as MONTHS, MONTH_PATTERN, monthIndex } from '../lexicon/calendar-words';

const MONTH_DAY = new RegExp(`\\b(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?!\\d|:|\\.\\d)\\b`, 'giu');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})\\s+(${MONTH_PATTERN})\\b`, 'giu');

export interface DateMention {
  /** `MM-DD`: the same calendar day however it is written. */
  key: string;
  text: string;
}

function key(month: number, day: number): string | null {
  if (month < 0 || day < 1 || day > 31) return null;
  return `${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Calendar days written as "Aug 6", "August 6", "Aug. 6" or "6 August". */
export function findDateMentions(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const match of text.matchAll(MONTH_DAY)) {
    const k = key(monthIndex(match[1] ?? ''), Number(match[2]));
    if (k) found.push({ key: k, text: match[0] });
  }
  for (const match of text.matchAll(DAY_MONTH)) {
    const k = key(monthIndex(match[2] ?? ''), Number(match[1]));
    if (k) found.push({ key: k, text: match[0] });
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
