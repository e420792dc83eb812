/**
 * Lower-case words allowed inside a multi-word name ("Institute for the Study
 * of War", "Ursula von der Leyen"). "And" is not one: far more often it joins
 * two names ("Russia and Ukraine") than it sits inside one.
 */
export const NAME_JOINERS: ReadonlySet<string> = new Set([
  'of',
  'for',
  'the',
  'de',
  'da',
  'del',
  'der',
  'van',
  'von',
  'al',
  'bin',
]);
