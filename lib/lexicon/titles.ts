/**
 * Words that precede a person's name and are not part of it ("Russian
 * President Vladimir Putin", "Mr Witkoff"): a name finder cuts them off and
 * takes them as a vote for "person".
 */
export const TITLES: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'prof',
  'professor',
  'sir',
  'dame',
  'lord',
  'lady',
  'president',
  'minister',
  'chancellor',
  'secretary',
  'senator',
  'sen',
  'rep',
  'representative',
  'governor',
  'gov',
  'mayor',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'general',
  'gen',
  'colonel',
  'col',
  'captain',
  'capt',
  'admiral',
  'commander',
  'lieutenant',
  'sergeant',
  'envoy',
  'ambassador',
  'aide',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'leader',
  'judge',
  'justice',
  'attorney',
  'chairman',
  'chairwoman',
  'chair',
  'ceo',
  'director',
  'analyst',
  'adviser',
  'advisor',
  'officer',
  'official',
  'premier',
  'emir',
  'sheikh',
  'ayatollah',
  'patriarch',
  'archbishop',
  'bishop',
  'rev',
  'reverend',
  'speaker',
  'congressman',
  'congresswoman',
  // A party's whip ("House Minority Whip Steny Hoyer").
  'whip',
]);

/**
 * Words that qualify a title ("Prime Minister", "Foreign Secretary", "Vice
 * President", "Secretary of State") but also open the names of institutions
 * ("Foreign Ministry", "State Department", "Special Forces"): part of a title
 * only when a title comes next to them.
 */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'vice',
  'prime',
  'special',
  'foreign',
  'defence',
  'defense',
  'finance',
  'deputy',
  'state',
  'chief',
  'head',
]);

/**
 * Party affiliations written before a person's name ("Democrat Ammar
 * Campa-Najjar", "Republican Mitt Romney"): a descriptor, not part of the name,
 * but only before a given name, since they also open institutions'
 * names ("Republican National Committee").
 */
export const PARTY_DESCRIPTORS: ReadonlySet<string> = new Set([
  'democrat',
  'democratic',
  'republican',
  'independent',
  'libertarian',
  'conservative',
  'labour',
  'tory',
]);

/** Generational suffixes that end a person's name ("James R. Clapper Jr."): kept out of the name's key. */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
