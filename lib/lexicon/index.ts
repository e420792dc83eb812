/**
 * The vocabulary of English news prose that the build (lib/catalogue) and
 * the runtime (lib/search, lib/compare, lib/user-sources, lib/corpus) share:
 * stop and function words, words that never name anything, titles and name
 * joiners, the calendar's words, and the one inflector. Word lists describe
 * English in general, never a corpus. Pure: imports nothing but `pluralize`.
 */
export {
  isCalendarWord,
  MONTH_ABBREVIATIONS,
  MONTH_NAMES,
  MONTH_PATTERN,
  MONTH_WORDS,
  monthIndex,
  WEEKDAY_ABBREVIATIONS,
  WEEKDAY_NAMES,
} from './calendar-words';
export { looksPlural, plural, singular } from './inflection';
export { NAME_JOINERS } from './name-joiners';
export { NEVER_NAMES } from './never-names';
export { DETERMINERS, FUNCTION_WORDS, STOP_WORDS } from './stop-words';
export { TITLE_MODIFIERS, TITLES } from './titles';
