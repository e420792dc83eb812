import nlp from 'compromise';
import type { Article } from '../corpus';
import type { EntityKind } from '../entities/catalogue-schema';
import { NAME_JOINERS } from '../lexicon/name-joiners';
import { NEVER_NAMES } from '../lexicon/never-names';
import { STOP_WORDS } from '../lexicon/stop-words';
import { NAME_SUFFIXES, PARTY_DESCRIPTORS, TITLE_MODIFIERS, TITLES } from '../lexicon/titles';
import { findDateMentions } from './date-mentions';
import { isDemonym } from './is-demonym';
import { phraseKey } from '../lexicon/spelling-key';
import { GENERIC_MODIFIERS } from '../lexicon/generic-modifiers';
import { ORGANISATION_HEADS, PLACE_HEADS } from '../lexicon/name-heads';
import { singular } from '../lexicon/inflection';

/** One way an item was written, with where and how often. */
export interface Candidate {
  /** Grouping key: folded words for names, spelling keys for topics, `MM-DD` for dates. */
  key: string;
  kind: 'name' | 'topic' | 'date';
  /** Surface form → count. */
  forms: Map<string, number>;
  /** Forms with the title that preceded the name ("Mr Witkoff"), kept as extra aliases. */
  titledForms: Set<string>;
  kindVotes: Map<EntityKind, number>;
  sources: Map<string, number>;
  /** True while every occurrence so far was a lone capitalised word opening a sentence. */
  onlySentenceInitial: boolean;
  /** Number of words (names and topics). */
  words: number;
  /** Topics: occurrences directly followed by a capitalised name ("news outlet Zvezda"). */
  beforeName: number;
  /** Topics: occurrences directly followed by a complement ("halt to", "halt in"). */
  beforeComplement: number;
  /** Topics: occurrences of the word alone directly after a name ("the Obama administration"). */
  afterName: number;
  /** Topics: occurrences after a possessive ("his remarks", "Rice's comments", "her recent comments"). */
  afterPossessive: number;
}

interface Term {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
  /** The tagger expanded it ("I’m" is "I am", "We've" "we have"): a pronoun and a verb, never a name. */
  contracted: boolean;
}

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  /** Set on a contraction's parts ("I’m": "i", then "am"). */
  implicit?: string;
}

const BREAK_AFTER = /[,.;:!?()[\]"“”—–]|\s-\s/u;
const BREAK_BEFORE = /[("“[]/u;
const CAPITALISED = /^\p{Lu}/u;
const ACRONYM = /^(?:\p{Lu}\.?){2,6}$/u;
const POSSESSIVE = /['’]s?$/u;
/** A possessive noun ("Rice's", "the senators'"): it says whose the phrase after it is. */
const POSSESSIVE_WORD = /\p{L}['’]s?$/u;
const FUNCTION_TAGS = [
  'Preposition',
  'Conjunction',
  'Adverb',
  'Determiner',
  'Pronoun',
  'Verb',
  'QuestionWord',
  'Adjective',
];
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*\p{Ll}$/u;
/** A middle initial ("Gregory A. Vega"): one capital, its full stop in the term's trailing text. */
const INITIAL = /^\p{Lu}$/u;
/**
 * The number of a numbered name ("Amendment 64", "Proposition 8", "Flight
 * 370"): at most three digits, so a year after a name ("Obama 2012") never
 * joins it.
 */
const NAME_NUMBER = /^\d{1,3}$/u;
/**
 * A US legislator's party and state, set off after the name ("Graham,
 * R-S.C., said", "John Boehner (R-Ohio)"): a label, not a name.
 */
const PARTY_STATE_TAG = /^[DRI]-\p{Lu}[\p{L}.]*$/u;
/** Prepositions that make a noun relational ("a halt to", "the lack of"); not "in", which also places things. */
const COMPLEMENT_WORDS = new Set(['of', 'to']);

/** A word the tagger knows as part of a person's name. */
const isPersonWord = (term: Term): boolean =>
  term.tags.has('FirstName') || term.tags.has('LastName') || term.tags.has('Person');

/** "(R-Ohio)", ", R-S.C.,": a party-and-state tag set off by a parenthesis or a comma. */
function isPartyStateTag(term: Term, previous: Term | undefined): boolean {
  return (
    PARTY_STATE_TAG.test(strip(term.text)) &&
    (BREAK_BEFORE.test(term.pre) || previous === undefined || /,\s*$/u.test(previous.post))
  );
}

/**
 * The tagger expanded the word into a pronoun and a verb ("I’m", "We've",
 * "It’s"). A name's "’s" it may also expand ("ABC’s Martha Raddatz" as "ABC
 * is"): there the "’s" is the possessive, and the name stays one.
 */
function isContraction(term: CompromiseTerm): boolean {
  if (term.implicit === undefined) return false;
  return !/['’]s$/u.test(term.text) || term.tags.includes('Pronoun');
}

const commonReadings = new Map<string, boolean>();

/**
 * A capitalised word the tagger, reading it in lower case, takes for a
 * grammatical word: an adjective, a verb, an adverb ("Top administration
 * officials", "Even so"). Alone at a sentence's start its capital is the
 * sentence's, whatever the tagger guessed in context (it read "Top" as an
 * organisation there).
 */
function readsAsCommonWord(term: Term): boolean {
  if (isPersonWord(term)) return false;
  const word = strip(term.text).toLowerCase();
  let common = commonReadings.get(word);
  if (common === undefined) {
    const [reading] = (nlp(word).json() as { terms: CompromiseTerm[] }[])[0]?.terms ?? [];
    common = reading !== undefined && FUNCTION_TAGS.some((tag) => reading.tags.includes(tag));
    commonReadings.set(word, common);
  }
  return common;
}

/** The given names and surnames of the people an article names in full ("John Boehner", "John A. Boehner"). */
interface FullNameParts {
  given: Set<string>;
  surnames: Set<string>;
}

/**
 * The last two words of each capitalised run, initials and suffixes left
 * out, are a given name and a surname ("Speaker of the House John Boehner",
 * "Chief Justice John G. Roberts Jr."): the tagger's tags are not needed,
 * and in context it may read "John" as a place.
 */
function fullNameParts(sentences: readonly (readonly Term[])[]): FullNameParts {
  const parts: FullNameParts = { given: new Set(), surnames: new Set() };
  const closeRun = (run: readonly Term[]): void => {
    const words = run
      .filter((t) => !(INITIAL.test(t.text) && t.post.startsWith('.')))
      .map((t) => strip(t.text).replace(/\.$/u, '').toLowerCase())
      .filter((word) => !NAME_SUFFIXES.has(word));
    const [given, surname] = words.slice(-2);
    if (words.length < 2 || given === undefined || surname === undefined) return;
    parts.given.add(given);
    parts.surnames.add(surname);
  };
  for (const terms of sentences) {
    let run: Term[] = [];
    terms.forEach((term, index) => {
      if (BREAK_BEFORE.test(term.pre)) {
        closeRun(run);
        run = [];
      }
      const capitalised =
        CAPITALISED.test(strip(term.text)) && !term.contracted && !isPartyStateTag(term, terms[index - 1]);
      if (!capitalised) {
        closeRun(run);
        run = [];
        return;
      }
      run.push(term);
      const initial = INITIAL.test(term.text) && term.post.startsWith('.');
      if (BREAK_AFTER.test(term.post) && !initial) {
        closeRun(run);
        run = [];
      }
    });
    closeRun(run);
  }
  return parts;
}

/**
 * A given name alone ("What have you been debating, John?") where the
 * article names that person in full ("John Boehner"): a fragment of the full
 * name, which is the item; as a surname ("Lindsey Graham" … "Graham said") it
 * stays.
 */
function isGivenNameAlone(tokens: readonly Term[], parts: FullNameParts): boolean {
  const only = tokens.length === 1 ? tokens[0] : undefined;
  if (only === undefined || !only.tags.has('FirstName') || only.tags.has('LastName')) return false;
  const word = strip(only.text).toLowerCase();
  return parts.given.has(word) && !parts.surnames.has(word);
}

/** Joiners that are articles: inside a name only after a preposition ("Institute for the Study of War"). */
const ARTICLE_JOINERS = new Set(['the']);

/** An institution's or place's head noun, singular or plural ("Center", "Centers", "Islands"). */
function isNameHead(word: string): boolean {
  const one = singular(word);
  return (
    ORGANISATION_HEADS.has(word) ||
    PLACE_HEADS.has(word) ||
    ORGANISATION_HEADS.has(one) ||
    PLACE_HEADS.has(one)
  );
}

function strip(text: string): string {
  return text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '').replace(POSSESSIVE, '');
}

class CandidateTable {
  readonly byKey = new Map<string, Candidate>();

  add(
    key: string,
    kind: Candidate['kind'],
    form: string,
    sourceId: string,
    options: {
      vote?: EntityKind | undefined;
      titled?: string | undefined;
      sentenceInitial?: boolean;
      words: number;
      next?: Term | undefined;
      afterName?: boolean;
      afterPossessive?: boolean;
    },
  ): void {
    const tableKey = `${kind}:${key}`;
    let candidate = this.byKey.get(tableKey);
    if (!candidate) {
      candidate = {
        key,
        kind,
        forms: new Map(),
        titledForms: new Set(),
        kindVotes: new Map(),
        sources: new Map(),
        onlySentenceInitial: true,
        words: options.words,
        beforeName: 0,
        beforeComplement: 0,
        afterName: 0,
        afterPossessive: 0,
      };
      this.byKey.set(tableKey, candidate);
    }
    candidate.forms.set(form, (candidate.forms.get(form) ?? 0) + 1);
    candidate.sources.set(sourceId, (candidate.sources.get(sourceId) ?? 0) + 1);
    if (options.vote) candidate.kindVotes.set(options.vote, (candidate.kindVotes.get(options.vote) ?? 0) + 1);
    if (options.titled) candidate.titledForms.add(options.titled);
    if (!options.sentenceInitial) candidate.onlySentenceInitial = false;
    const next = strip(options.next?.text ?? '');
    if (CAPITALISED.test(next)) candidate.beforeName++;
    if (COMPLEMENT_WORDS.has(next.toLowerCase())) candidate.beforeComplement++;
    if (options.afterName) candidate.afterName++;
    if (options.afterPossessive) candidate.afterPossessive++;
  }
}

function voteKind(tokens: readonly Term[]): EntityKind | undefined {
  const last = tokens.at(-1);
  if (!last) return undefined;
  const words = tokens.map((t) => strip(t.text).toLowerCase());
  if (words.some((w) => ORGANISATION_HEADS.has(w))) return 'organisation';
  // A party's members as a group ("Republicans", "Alabama Democrats"), not a place the tagger guessed.
  const head = words.at(-1) ?? '';
  if (head !== singular(head) && PARTY_DESCRIPTORS.has(singular(head))) return 'organisation';
  // A place noun ends or opens a place name: "Moscow River", "Port Calder", "Lake Geneva".
  if (PLACE_HEADS.has(words.at(-1) ?? '') || (words.length > 1 && PLACE_HEADS.has(words[0] ?? '')))
    return 'place';
  if (tokens.some((t) => t.tags.has('Organization'))) return 'organisation';
  if (tokens.some((t) => t.tags.has('Place') || t.tags.has('Country') || t.tags.has('City'))) return 'place';
  if (last.tags.has('Person') || last.tags.has('LastName')) return 'person';
  return undefined;
}

/**
 * A person's title before a name ("Speaker Newt Gingrich", "Mr. Witkoff") is
 * its words' own evidence of a person, over the tagger's guess of a place
 * ("Newt") or none; an institution's head noun still wins.
 */
function titledKind(
  vote: EntityKind | undefined,
  personTitle: boolean,
  tokens: readonly Term[],
): EntityKind | undefined {
  // A title inside an institution's name ("Associated General Contractors", "Spokesman-Review") leaves
  // one word that no tag makes a person's: only a name of two words or a known person's word counts.
  const last = tokens.at(-1);
  const named = !!last && !last.tags.has('Plural') && (tokens.length > 1 || isPersonWord(last));
  return personTitle && named && vote !== 'organisation' ? 'person' : vote;
}

/** The last title in a run ends it, so a modifier counts as one here ("US State Department" is cut after). */
function isTitle(term: Term): boolean {
  const word = strip(term.text).toLowerCase();
  return TITLES.has(word) || TITLE_MODIFIERS.has(word) || term.tags.has('Honorific');
}

/**
 * A capitalised common noun that a number can follow as part of a name
 * ("Amendment 64", "Proposition 8"); not a person, place, month or weekday
 * ("Colorado 64", "December 27" are no names).
 */
function isNumberedNameHead(term: Term | undefined): boolean {
  if (!term) return false;
  const word = strip(term.text);
  return (
    CAPITALISED.test(word) &&
    term.tags.has('Noun') &&
    !['Person', 'Place', 'Country', 'City', 'Date', 'Acronym'].some((tag) => term.tags.has(tag)) &&
    !NEVER_NAMES.has(word.toLowerCase()) &&
    !TITLES.has(word.toLowerCase())
  );
}

/** "and" or "&": joins two names far more often than it sits inside one, except before an institution's head. */
const isConjunction = (term: Term): boolean => /^(?:and|&)$/iu.test(term.text.trim());

/**
 * "U.S. Fish and Wildlife Service", "Ways and Means Committee": an "and"
 * inside an institution's name. It continues a run when the capitalised
 * words after it end in an institution's head noun and the word before it
 * names nobody and no place or institution of its own ("Russia and NATO",
 * "Pelosi and House Democrats" stay two).
 */
function joinsInstitution(terms: readonly Term[], index: number): boolean {
  const before = terms[index - 1];
  const conjunction = terms[index];
  if (before === undefined || conjunction === undefined || !isConjunction(conjunction)) return false;
  if (BREAK_AFTER.test(conjunction.post)) return false;
  const beforeWord = strip(before.text).toLowerCase();
  const after = terms[index + 1];
  // "the Guardian and The Washington Post": an article opens a name of its own.
  if (after === undefined || ARTICLE_JOINERS.has(strip(after.text).toLowerCase())) return false;
  if (
    isPersonWord(before) ||
    isNameHead(beforeWord) ||
    PARTY_DESCRIPTORS.has(singular(beforeWord)) ||
    ['Place', 'Country', 'City', 'Acronym'].some((tag) => before.tags.has(tag))
  )
    return false;
  const last = lastCapitalised(terms, index + 1);
  return last !== undefined && ORGANISATION_HEADS.has(singular(strip(last.text).toLowerCase()));
}

/** Capitalised runs (with joiners) inside one sentence. */
function nameRuns(terms: readonly Term[]): { tokens: Term[]; start: number }[] {
  const runs: { tokens: Term[]; start: number }[] = [];
  let current: Term[] = [];
  let start = 0;
  const close = (): void => {
    while (
      current.length > 0 &&
      (NAME_JOINERS.has(strip(current.at(-1)?.text ?? '').toLowerCase()) ||
        isConjunction(current.at(-1) as Term))
    )
      current.pop();
    if (current.length > 0) runs.push({ tokens: current, start });
    current = [];
  };
  terms.forEach((term, index) => {
    const word = strip(term.text);
    const next = terms[index + 1];
    const numbered = current.length > 0 && NAME_NUMBER.test(term.text) && isNumberedNameHead(current.at(-1));
    const capitalised =
      (CAPITALISED.test(word) && !term.contracted && !isPartyStateTag(term, terms[index - 1])) || numbered;
    // Joiners only continue names of institutions and places ("Institute for
    // the Study of War", "Gulf of Mexico", "Centers for Disease Control") and
    // an office's title opening the run ("Speaker of the House Newt Gingrich",
    // cut below; not "Sen. Angus King of Maine"),
    // never two names ("Trump for Russia", "Speaker of the House Paul Ryan of
    // Wisconsin": a person's name after the head ends it); an article only
    // after a preposition ("Fox News the FBI" is two names).
    const previous = strip(current.at(-1)?.text ?? '').toLowerCase();
    const joiner =
      (!capitalised &&
        NAME_JOINERS.has(word.toLowerCase()) &&
        (ARTICLE_JOINERS.has(word.toLowerCase())
          ? NAME_JOINERS.has(previous)
          : (current.some((t) => isNameHead(strip(t.text).toLowerCase())) &&
              !current
                .slice(current.findLastIndex((t) => isNameHead(strip(t.text).toLowerCase())))
                .some(isPersonWord)) ||
            (TITLES.has(previous) && current.every(isTitle)) ||
            // "Justice Against Sponsors of Terrorism Act": the head comes after the joiner.
            (word.toLowerCase() === 'of' && !current.some(isPersonWord) && headAfter(terms, index + 1)))) ||
      (!capitalised && current.length > 0 && joinsInstitution(terms, index));
    if (BREAK_BEFORE.test(term.pre) && current.length > 0) close();
    if (capitalised || joiner) {
      if (current.length === 0) start = index;
      current.push(term);
    } else {
      close();
    }
    // A middle initial's full stop ends no name: "Gregory A. Vega" is one run.
    const initial =
      current.length > 1 &&
      INITIAL.test(term.text) &&
      /^\.\s+$/u.test(term.post) &&
      next !== undefined &&
      CAPITALISED.test(strip(next.text)) &&
      !NEVER_NAMES.has(strip(next.text).toLowerCase());
    if ((BREAK_AFTER.test(term.post) && !initial) || (capitalised && POSSESSIVE.test(term.text)) || numbered)
      close();
  });
  close();
  return runs;
}

/** The last of the capitalised words from `start` on, within the sentence's punctuation. */
function lastCapitalised(terms: readonly Term[], start: number): Term | undefined {
  let last: Term | undefined;
  for (const term of terms.slice(start)) {
    if (!CAPITALISED.test(strip(term.text)) || BREAK_BEFORE.test(term.pre)) break;
    last = term;
    if (BREAK_AFTER.test(term.post)) break;
  }
  return last;
}

/** The capitalised words from `start` end in an institution's or law's head noun ("… Terrorism Act"). */
function headAfter(terms: readonly Term[], start: number): boolean {
  const last = lastCapitalised(terms, start);
  return last !== undefined && isNameHead(strip(last.text).toLowerCase());
}

/** "Rosneft oil company", "Kremlin press pool": a name followed by a lower-case institution noun. */
function followedByOrganisationHead(terms: readonly Term[], runEnd: number): boolean {
  for (const term of terms.slice(runEnd, runEnd + 2)) {
    const word = strip(term.text);
    if (!/^\p{Ll}/u.test(word)) return false;
    if (ORGANISATION_HEADS.has(word)) return true;
    if (BREAK_AFTER.test(term.post)) return false;
  }
  return false;
}

/** A name's words as written: a hyphenated surname keeps its hyphen ("Campa-Najjar"), an initial its full stop. */
function joinName(tokens: readonly Term[]): string {
  return tokens
    .map((t, i) => {
      const word = strip(t.text) || t.text.trim();
      if (i === tokens.length - 1) return word;
      if (INITIAL.test(t.text) && t.post.startsWith('.')) return `${word}. `;
      return t.post === '-' ? `${word}-` : `${word} `;
    })
    .join('');
}

function addNames(
  terms: readonly Term[],
  sourceId: string,
  table: CandidateTable,
  parts: FullNameParts,
): void {
  for (const run of nameRuns(terms)) {
    let tokens = run.tokens;
    let offset = run.start;
    // Words capitalised only because they open the sentence ("Despite Trump").
    while (tokens.length > 0) {
      const first = tokens[0] as Term;
      const word = strip(first.text).toLowerCase();
      const grammatical =
        offset === 0 &&
        ((FUNCTION_TAGS.some((tag) => first.tags.has(tag)) && !first.tags.has('ProperNoun')) ||
          (tokens.length === 1 && readsAsCommonWord(first)));
      if (!(NEVER_NAMES.has(word) || grammatical)) break;
      tokens = tokens.slice(1);
      offset++;
    }
    // A suffix before the title search: compromise tags "Jr" as an honorific.
    while (
      tokens.length > 0 &&
      NAME_SUFFIXES.has(
        strip(tokens.at(-1)?.text ?? '')
          .replace(/\.$/u, '')
          .toLowerCase(),
      )
    )
      tokens = tokens.slice(0, -1);
    // Titles: "US President Donald Trump" → "Donald Trump" (+ "President Donald Trump" as a form).
    let titled: string | undefined;
    /** A person's title stood right before the name ("Speaker Newt Gingrich"): the name is a person's. */
    let personTitle = false;
    /** The office's complement was cut at its head noun: what follows is the whole name. */
    let office = false;
    // A title word written out last after a given name is a surname ("Martin Luther King"),
    // not an abbreviated title after a place ("Virginia Sen. Jim Webb").
    const titleIsSurname = (index: number): boolean =>
      index === tokens.length - 1 &&
      index > 0 &&
      !(tokens[index]?.post.startsWith('.') ?? false) &&
      (tokens[index - 1]?.tags.has('Person') ?? false) &&
      !(tokens[index - 1]?.tags.has('Place') ?? false);
    // A title after an institution's head and a joiner is part of its name ("Office of the Director of …").
    const institution = tokens.findIndex(
      (t, i) =>
        isNameHead(strip(t.text).toLowerCase()) &&
        NAME_JOINERS.has(strip(tokens[i + 1]?.text ?? '').toLowerCase()),
    );
    // A title's qualifier closing a run after a word of a name is its head ("Islamic State", "Ohio State").
    const namedHead = (index: number): boolean =>
      index === tokens.length - 1 &&
      TITLE_MODIFIERS.has(strip(tokens[index]?.text ?? '').toLowerCase()) &&
      tokens.slice(0, index).some((t) => !isTitle(t) && !t.tags.has('Demonym'));
    // A title word before an institution's head names the institution ("House Foreign Affairs Committee").
    const institutionName = ORGANISATION_HEADS.has(singular(strip(tokens.at(-1)?.text ?? '').toLowerCase()));
    const lastTitle = tokens.findLastIndex(
      (token, index) =>
        isTitle(token) &&
        !(institutionName && TITLE_MODIFIERS.has(strip(token.text).toLowerCase())) &&
        !titleIsSurname(index) &&
        !namedHead(index) &&
        // "Justice Against Sponsors of Terrorism Act": a run ending in a head names no person after the title.
        !(
          isNameHead(strip(tokens.at(-1)?.text ?? '').toLowerCase()) &&
          !tokens.slice(index + 1).some(isPersonWord)
        ) &&
        !(institution >= 0 && institution < index),
    );
    if (lastTitle >= 0) {
      if (lastTitle < tokens.length - 1)
        // joinName keeps an initial's full stop: "Representative Linda T. Sánchez" as written.
        titled = joinName(tokens.slice(lastTitle));
      const title = tokens[lastTitle];
      personTitle = !!title && (TITLES.has(strip(title.text).toLowerCase()) || title.tags.has('Honorific'));
      tokens = tokens.slice(lastTitle + 1);
      offset = -1;
    }
    // An office's complement before the name ("Speaker of the House Newt
    // Gingrich"): its institution's head noun ends it.
    if (lastTitle >= 0 && NAME_JOINERS.has(strip(tokens[0]?.text ?? '').toLowerCase())) {
      while (tokens.length > 0 && NAME_JOINERS.has(strip(tokens[0]?.text ?? '').toLowerCase()))
        tokens = tokens.slice(1);
      const head = tokens.findIndex(
        (t, i) => i < tokens.length - 1 && isNameHead(strip(t.text).toLowerCase()),
      );
      if (head >= 0) {
        tokens = tokens.slice(head + 1);
        office = true;
      }
    }
    // A title cut before an "and" of an institution's name leaves it opening the rest.
    while (tokens.length > 0 && isConjunction(tokens[0] as Term)) tokens = tokens.slice(1);
    while (tokens.length > 1 && tokens[0]?.tags.has('Demonym')) tokens = tokens.slice(1);
    // A person's name starts at the given name: capitals before it that name
    // no person are an office or an employer ("Director of National
    // Intelligence James Clapper", "AARP CEO Barry Rand").
    const given = tokens.findIndex((t) => t.tags.has('FirstName'));
    if (
      !office &&
      given > 0 &&
      tokens.at(-1)?.tags.has('Person') === true &&
      !tokens.slice(0, given).some((t) => t.tags.has('FirstName') || t.tags.has('LastName'))
    )
      tokens = tokens.slice(given);
    if (
      tokens.length > 1 &&
      PARTY_DESCRIPTORS.has(strip(tokens[0]?.text ?? '').toLowerCase()) &&
      tokens[1]?.tags.has('Person')
    )
      tokens = tokens.slice(1);

    while (tokens.length > 0 && NEVER_NAMES.has(strip(tokens.at(-1)?.text ?? '').toLowerCase())) {
      tokens = tokens.slice(0, -1);
    }
    // A head noun alone ("the House", "the Ministry") is part of a longer name, not one; without
    // an article after a preposition or verb it is a name of its own ("a member of Congress").
    if (tokens.length === 1) {
      const only = strip(tokens[0]?.text ?? '').toLowerCase();
      const before = offset > 0 ? terms[offset - 1] : undefined;
      const bare = !!before && (before.tags.has('Preposition') || before.tags.has('Verb'));
      if ((ORGANISATION_HEADS.has(only) || PLACE_HEADS.has(only)) && !bare) continue;
    }
    if (tokens.length === 0) continue;
    if (tokens.length === 1 && tokens[0]?.tags.has('Demonym')) continue;
    if (isGivenNameAlone(tokens, parts)) continue;
    // The name is keyed without its initials, so "Gregory A. Vega" and
    // "Gregory Vega", "A. Barry Rand" and "Barry Rand" are one name; the
    // initialled form stays as an alias.
    const initialled = tokens.length;
    const withInitials = tokens;
    tokens = tokens.filter((t, i) => !(i < withInitials.length - 1 && INITIAL.test(t.text)));
    const words = tokens.map((t) => strip(t.text));
    if (words.every((w) => NEVER_NAMES.has(w.toLowerCase()) || w.length < 2)) continue;
    if (words.some((w, i) => /\d/u.test(w) && !(i > 0 && i === words.length - 1 && NAME_NUMBER.test(w))))
      continue;
    const form = joinName(tokens);
    if (tokens.length < initialled && titled === undefined) titled = joinName(withInitials);
    const acronym = words.length === 1 && ACRONYM.test(form);
    const key = acronym ? form.replace(/\./gu, '') : form.toLowerCase();
    const runEnd = run.start + run.tokens.length;
    const organisation =
      !tokens.some((t) => t.tags.has('Person')) && followedByOrganisationHead(terms, runEnd);
    table.add(key, 'name', form, sourceId, {
      vote: organisation ? 'organisation' : titledKind(voteKind(tokens), personTitle, tokens),
      titled,
      sentenceInitial: offset === 0 && tokens.length === 1,
      words: form.split(' ').length,
    });
  }
}

/** A proper name's last word ("Obama", "Time"), not a nationality ("Russian oil" is oil). */
function isNameBefore(term: Term | undefined): boolean {
  if (!term) return false;
  const word = strip(term.text);
  return (
    CAPITALISED.test(word) &&
    !POSSESSIVE.test(term.text) &&
    !term.tags.has('Demonym') &&
    !isDemonym(word) &&
    !NEVER_NAMES.has(word.toLowerCase()) &&
    !TITLES.has(word.toLowerCase()) &&
    ['ProperNoun', 'Person', 'Organization', 'Place'].some((tag) => term.tags.has(tag))
  );
}

/** "his", "their", "Rice's", "Netanyahu’s": whose the noun phrase after it is. */
function isPossessive(term: Term): boolean {
  return term.tags.has('Possessive') || POSSESSIVE_WORD.test(term.text);
}

/**
 * Hyphenated words as one ("high-capacity", "assault-weapons"), taking the
 * last part's tags: a modifier keeps all its parts, so "high-capacity
 * magazines" does not lose "high" as a generic modifier.
 */
function joinHyphenated(terms: readonly Term[]): Term[] {
  const joined: Term[] = [];
  for (const term of terms) {
    const last = joined.at(-1);
    if (last && last.post === '-' && term.pre === '' && LOWER_WORD.test(strip(last.text)))
      joined[joined.length - 1] = {
        text: `${last.text}-${term.text}`,
        pre: last.pre,
        post: term.post,
        tags: term.tags,
        contracted: term.contracted,
      };
    else joined.push(term);
  }
  return joined;
}

/**
 * A word the tagger read as a verb that ends a noun phrase opened by a
 * determiner ("reinstating the assault weapons ban;", "a tougher
 * assault-weapons ban,"): a noun, when the article uses the word as a noun
 * elsewhere. A verb in the past or in "-ing" stays a verb.
 */
function isTrailingNoun(
  term: Term,
  run: readonly Term[],
  before: Term | undefined,
  nouns: ReadonlySet<string>,
): boolean {
  const word = strip(term.text).toLowerCase();
  return (
    run.length > 0 &&
    run.at(-1)?.tags.has('Noun') === true &&
    before?.tags.has('Determiner') === true &&
    term.tags.has('Verb') &&
    !term.tags.has('PastTense') &&
    !term.tags.has('Gerund') &&
    LOWER_WORD.test(word) &&
    /^[,.;:!?)]/u.test(term.post) &&
    nouns.has(word)
  );
}

/**
 * A place opening a noun phrase ("Nevada caucus", "Iowa caucuses"): one
 * capitalised word the tagger knows as a place, no person's, institution's
 * or acronym. Not a nationality: "Russian forces", "American people" are
 * descriptions rather than things (issue 22's junk).
 */
function isProperModifier(term: Term): boolean {
  const word = strip(term.text);
  return (
    CAPITALISED.test(word) &&
    !ACRONYM.test(word) &&
    !POSSESSIVE.test(term.text) &&
    !isPersonWord(term) &&
    !term.tags.has('Organization') &&
    !NEVER_NAMES.has(word.toLowerCase()) &&
    !isDemonym(word) &&
    !term.tags.has('Demonym') &&
    ['Place', 'Country', 'City', 'Region'].some((tag) => term.tags.has(tag))
  );
}

/**
 * The lower-case part after the hyphen of a compound that `joinHyphenated`
 * left apart, its first part being a name or a number ("Democratic-leaning
 * states", "Indiana-based companies", "225-page report"): the compound is one
 * modifier, and its tail alone ("leaning states") is a fragment, not a topic
 * (issue 22's junk). A name after the hyphen ("U.S.-Mexico border") stays.
 */
function isCompoundTail(term: Term, previous: Term | undefined): boolean {
  return previous?.post === '-' && term.pre === '' && /^\p{Ll}/u.test(strip(term.text));
}

const numberPlurals = new Map<string, boolean>();

/**
 * A plural whose singular the tagger reads as a number ("ones", "tens"): a
 * stand-in for a noun said before ("particularly younger ones") or a count,
 * not a concept (issue 22's junk).
 */
function isNumberPlural(word: string): boolean {
  let known = numberPlurals.get(word);
  if (known === undefined) {
    const base = singular(word);
    known = base !== word && nlp(base).has('#Value');
    numberPlurals.set(word, known);
  }
  return known;
}

/** Noun phrases of lower-case words ending in a noun, perhaps opened by a place: "shadow fleet", "secondary sanctions", "Nevada caucus". */
function addTopics(
  sentence: readonly Term[],
  sourceId: string,
  table: CandidateTable,
  nouns: ReadonlySet<string>,
): void {
  const terms = joinHyphenated(sentence);
  let run: Term[] = [];
  let previous: Term | undefined;
  let before: Term | undefined;
  // The word after the phrase, when nothing (punctuation, a trimmed word) stands between.
  const close = (next: Term | undefined): void => {
    let trimmed = false;
    while (run.length > 0 && !run.at(-1)?.tags.has('Noun')) {
      run.pop();
      trimmed = true;
    }
    while (run.length > 0 && GENERIC_MODIFIERS.has(strip(run[0]?.text ?? '').toLowerCase()))
      run = run.slice(1);
    // A place alone is a name, not a topic.
    if (run.length === 1 && CAPITALISED.test(strip(run[0]?.text ?? ''))) run = [];
    const adjacent = trimmed || BREAK_AFTER.test(run.at(-1)?.post ?? '') ? undefined : next;
    const words = run.map((t) => strip(t.text).toLowerCase());
    for (let n = 1; n <= Math.min(3, words.length); n++) {
      const phrase = words.slice(-n);
      if (n > 1 && phrase.some((w) => GENERIC_MODIFIERS.has(w))) continue;
      // "assault-weapons ban" and "assault weapons ban" are one topic.
      const shown = run
        .slice(-n)
        .map((t, i) => (CAPITALISED.test(strip(t.text)) ? strip(t.text) : phrase[i]));
      table.add(phraseKey(phrase.flatMap((w) => w.split('-'))), 'topic', shown.join(' '), sourceId, {
        words: n,
        next: adjacent,
        afterName: words.length === 1 && isNameBefore(before),
        afterPossessive: before !== undefined && isPossessive(before),
      });
    }
    run = [];
  };
  for (const term of terms) {
    const word = strip(term.text);
    const trailingNoun = isTrailingNoun(term, run, before, nouns);
    const usable =
      !isCompoundTail(term, previous) &&
      (trailingNoun ||
        (run.length === 0 && isProperModifier(term)) ||
        (LOWER_WORD.test(word) &&
          !STOP_WORDS.has(word) &&
          !NEVER_NAMES.has(word) &&
          (term.tags.has('Noun') || term.tags.has('Adjective')) &&
          !term.tags.has('Pronoun') &&
          !term.tags.has('Determiner') &&
          !term.tags.has('Value') &&
          !isNumberPlural(word.toLowerCase()) &&
          !POSSESSIVE.test(term.text) &&
          !term.tags.has('Gerund')));
    if (BREAK_BEFORE.test(term.pre)) close(undefined);
    if (trailingNoun) term.tags.add('Noun');
    if (usable) {
      if (run.length === 0) before = BREAK_AFTER.test(previous?.post ?? '') ? undefined : previous;
      run.push(term);
    } else close(term);
    if (BREAK_AFTER.test(term.post)) close(undefined);
    previous = term;
  }
  close(undefined);
}

function addDates(text: string, published: string | null, sourceId: string, table: CandidateTable): void {
  for (const date of findDateMentions(text, published))
    table.add(date.key, 'date', date.text, sourceId, { words: 2 });
}

/**
 * Candidate items in every text paragraph of the corpus: capitalised names
 * (compromise's tags decide kinds and drop grammatical capitals), noun-phrase
 * topics, and calendar days. The build runs it over the corpus and the item
 * worker over each of the reader's articles (compromise ships in that
 * worker's chunk only), so an item is found the same way in both.
 */
export function extractCandidates(articles: readonly Article[]): Candidate[] {
  const table = new CandidateTable();
  for (const article of articles) {
    const paragraphs: { text: string; sentences: Term[][] }[] = [];
    /** Lower-case words the tagger read as nouns somewhere in the article. */
    const nouns = new Set<string>();
    for (const paragraph of article.paragraphs) {
      if (paragraph.kind !== 'text') continue;
      const sentences = (nlp(paragraph.text).json() as { terms: CompromiseTerm[] }[]).map((sentence) =>
        sentence.terms.map((t) => ({
          text: t.text,
          pre: t.pre,
          post: t.post,
          tags: new Set(t.tags),
          contracted: isContraction(t),
        })),
      );
      for (const term of sentences.flat())
        if (term.tags.has('Noun') && !term.tags.has('Verb')) nouns.add(strip(term.text).toLowerCase());
      paragraphs.push({ text: paragraph.text, sentences });
    }
    const parts = fullNameParts(paragraphs.flatMap((paragraph) => paragraph.sentences));
    for (const paragraph of paragraphs) {
      for (const terms of paragraph.sentences) {
        addNames(terms, article.meta.id, table, parts);
        addTopics(terms, article.meta.id, table, nouns);
      }
      addDates(paragraph.text, article.meta.published, article.meta.id, table);
    }
  }
  return [...table.byKey.values()];
}
