import type { Span } from './types';
import { isCommonWord } from './word-lists';

/** How many words an appositive's description may have before it is more likely a clause than a description. */
const MAX_DESCRIPTION_WORDS = 12;

/** Prepositions that join a description's parts ("a lawyer for the campaign", "the statement from Grimm's attorney"). */
const JOINING = new Set(['of', 'for', 'from', 'at', 'with', 'to', 'in', 'on', 'by']);

/** Words that open a description: an article, or a possessive pronoun ("his daughter, Ivanka Trump"). */
const DETERMINER = new Set(['a', 'an', 'the', 'his', 'her', 'their']);

/** Verbs that would make the "description" a clause ("Hunter, the report says, …"). */
const CLAUSE_VERBS = new Set([
  'said',
  'says',
  'told',
  'tells',
  'added',
  'adds',
  'wrote',
  'writes',
  'reported',
  'reports',
]);

/** A role an article gave a name: "William McGinley, a lawyer for Mr. Grimm" → lawyer. */
export interface Role {
  /** The role word, lower case ("lawyer", "congressman", "statement"). */
  word: string;
  /** The name as written (the caller gives it in full). */
  name: string;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}.'’&-]*/gu;

const lower = (token: Token): string => token.text.replace(/\.$/u, '').toLowerCase();
const isPossessive = (token: Token): boolean => /^\p{Lu}.*['’]s$/u.test(token.text);
const isCapitalised = (token: Token): boolean => /^[\p{Lu}\p{N}]/u.test(token.text);
/** A lower-case content word: what a description's nouns are made of. */
const isContent = (token: Token): boolean =>
  /^\p{Ll}/u.test(token.text) && !isCommonWord(lower(token)) && !CLAUSE_VERBS.has(lower(token));
const opensPhrase = (token: Token): boolean => DETERMINER.has(lower(token)) || isPossessive(token);
const mayDescribe = (token: Token): boolean =>
  opensPhrase(token) || isCapitalised(token) || isContent(token) || JOINING.has(lower(token));

/**
 * The role words of a description: the content words of its head phrase
 * (before the first preposition: "a lawyer for the campaign" → lawyer) and of
 * its last phrase when that is someone's ("the statement from Grimm's
 * attorney" → statement, attorney).
 */
function roleWords(description: readonly Token[]): string[] {
  const firstJoin = description.findIndex((token, i) => i > 0 && JOINING.has(lower(token)));
  const head = firstJoin < 0 ? description : description.slice(0, firstJoin);
  const lastOwner = description.findLastIndex((token, i) => i > 0 && isPossessive(token));
  const tail = firstJoin >= 0 && lastOwner > firstJoin ? description.slice(lastOwner + 1) : [];
  return [...new Set([...head, ...tail].filter(isContent).map(lower))];
}

/** Adjacent tokens: only spaces between them (no comma, no dash). */
const adjacent = (text: string, a: Token, b: Token): boolean =>
  /^[ \t\u00a0]+$/u.test(text.slice(a.end, b.start));

/**
 * The description after a name, between commas ("Adam L. Braverman, the United
 * States attorney for …, said"): it opens with an article or a possessive and
 * is a run of words with no clause in it.
 */
function describedAfter(text: string, tokens: readonly Token[], run: Span): Token[] | null {
  const comma = /^\.?,[ \t\u00a0]+/u.exec(text.slice(run.end));
  if (!comma) return null;
  const first = tokens.findIndex((token) => token.start === run.end + comma[0].length);
  const opening = tokens[first];
  if (!opening || !opensPhrase(opening)) return null;
  const description = [opening];
  for (let i = first + 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!adjacent(text, description.at(-1)!, token)) break;
    if (!mayDescribe(token)) {
      // It ends at a relative or a conjunction ("…, a lawyer who …"); a verb makes it a clause ("…, the report says").
      return isCommonWord(lower(token)) ? description : null;
    }
    if (description.length === MAX_DESCRIPTION_WORDS) return null;
    description.push(token);
  }
  return description;
}

/**
 * The description before a name that closes it ("Grimm's lawyer, William
 * McGinley, said", "said the statement from Grimm's attorney, William
 * McGinley."): read back from the comma to the article or possessive that
 * opens it, past prepositions that join its parts.
 */
function describedBefore(text: string, tokens: readonly Token[], run: Span): Token[] | null {
  const lead = /,[ \t\u00a0]*$/u.exec(text.slice(0, run.start));
  if (!lead || !/^\.?(?:[,;:.]|$|[ \t\u00a0]+of\b)/u.test(text.slice(run.end))) return null;
  let last = tokens.findLastIndex((token) => token.end <= lead.index);
  if (tokens[last]?.end !== lead.index && !/^\.$/u.test(text.slice(tokens[last]?.end ?? 0, lead.index)))
    return null;
  const description: Token[] = [];
  // Where the description may open, should the words before it turn out to be no part of it.
  let opensAt: number | null = null;
  const described = (): Token[] | null =>
    opensAt === null ? null : description.slice(description.length - opensAt);
  for (; last >= 0 && description.length < MAX_DESCRIPTION_WORDS; last--) {
    const token = tokens[last]!;
    if (description.length > 0 && !adjacent(text, token, description[0]!)) return described();
    if (!mayDescribe(token)) return described();
    description.unshift(token);
    if (opensPhrase(token)) {
      opensAt = description.length;
      const before = tokens[last - 1];
      // "the statement from Grimm's attorney": a preposition before an article may join two parts of one description.
      if (!before || !adjacent(text, before, token) || !JOINING.has(lower(before))) return described();
    }
  }
  return described();
}

/** A name that ends its sentence keeps the full stop in its run ("…, William McGinley."); an abbreviation keeps its own ("Jr."). */
const withoutFullStop = (name: string): string => name.replace(/(?<=\p{L}{4})\.$/u, '');

/**
 * Roles a sentence gives the names in it by apposition, either side of the
 * name: "William McGinley, a lawyer for the campaign who …", "NY1's Washington
 * reporter, Michael Scotto, interviewed …". Learned from the article itself, so
 * a later "the lawyer" or "the reporter" can be told by name; no list of titles.
 * `text` is the sentence with its quotations masked; `runs` its name runs.
 */
export function appositiveRoles(text: string, runs: readonly Span[]): Role[] {
  const tokens = [...text.matchAll(TOKEN)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
  const roles: Role[] = [];
  for (const run of runs)
    for (const description of [describedBefore(text, tokens, run), describedAfter(text, tokens, run)])
      if (description)
        for (const word of roleWords(description)) roles.push({ word, name: withoutFullStop(run.text) });
  return roles;
}
