import { type Gender, givenNameGender, GIVEN_NAMES } from '../../lexicon/given-name-genders';
import { honorificGender } from '../../lexicon/honorific-genders';
import { kinNounGender } from '../../lexicon/kin-noun-genders';
import { sameGivenName } from '../../lexicon/hypocorisms';
import { NAME_JOINERS } from '../../lexicon/name-joiners';
import { ORGANISATION_HEADS, PLACE_HEADS } from '../../lexicon/name-heads';
import { NEVER_NAMES } from '../../lexicon/never-names';
import { PARTY_DESCRIPTORS, TITLE_MODIFIERS, TITLES } from '../../lexicon/titles';
import type { Role } from './appositive-roles';
import type { Span } from './types';
import { isCommonWord, PERSON_NOUNS } from './word-lists';

/** An acronym that may stand for a name written out earlier ("ISW" for "Institute for the Study of War"). */
const ACRONYM = /^\p{Lu}{2,6}$/u;

/** A capitalised word, with the dot of an abbreviation ("Mr.", "Jr.") and inner hyphens or apostrophes. */
const CAPITALISED = "\\p{Lu}[\\p{L}\\p{M}'’-]*\\.?";
const NAME_RUN = new RegExp(
  `${CAPITALISED}(?:[ \\t\\u00a0]+(?:(?:${[...NAME_JOINERS].join('|')})[ \\t\\u00a0]+)*${CAPITALISED})*`,
  'gu',
);

const POSSESSIVE = /['’]s$/u;

/** An adverb capitalised because it opens the sentence ("Purportedly Simpson became angry"), by suffixes no name ends with (Kelly, Beverly, Connolly keep theirs). */
const SENTENCE_ADVERB = /^\p{Lu}\p{Ll}+(?:edly|ally|ently|antly|ously|ively|fully|ately|ably|ibly|ingly)$/u;

/** A party-and-state tag ("R-Wis.", "D-N.Y."). */
const PARTY_TAG = /^\p{Lu}-\p{Lu}/u;

/** A party's member described, not named: "one Democrat", "a Republican who voted for the bill". */
const DESCRIBED_PARTY_MEMBER = new RegExp(
  `^(?:an?|one|another)[ \\t\\u00a0]+(?:${[...PARTY_DESCRIPTORS].join('|')})s?(?:[ \\t\\u00a0]+who\\b.*)?$`,
  'iu',
);

/** A politician taken up by state and party ("the California Democrat", "the Ohio Republican"). */
const PARTY_EPITHET = new RegExp(
  `^the(?:[ \\t\\u00a0]+\\p{Lu}[\\p{L}.'’-]*){1,3}[ \\t\\u00a0]+(${[...PARTY_DESCRIPTORS].join('|')})$`,
  'iu',
);

/** Someone's role for an organisation ("a spokesperson for the U.S. Fish and Wildlife Service"): group 1 the role, group 2 whose. */
const ROLE_FOR =
  /^(?:[Aa]n?|[Oo]ne|[Tt]he)[ \t\u00a0]+(\p{Ll}+)[ \t\u00a0]+(?:for|from|at|with)[ \t\u00a0]+((?:the[ \t\u00a0]+)?\p{Lu}.*)$/u;

/** A generational suffix, no part of the surname a later mention uses ("James R. Clapper Jr." is "Mr. Clapper"). */
const GENERATION = /^(?:Jr|Sr|II|III|IV)\.?$/u;

const bare = (word: string): string => word.replace(/[.’']+$|['’]s$/gu, '').toLowerCase();

/** A title, or titles before two names ("Senators Ron Wyden of Oregon and Mark Udall"). */
const isTitle = (word: string): boolean => {
  const lower = bare(word);
  return (
    TITLES.has(lower) ||
    TITLE_MODIFIERS.has(lower) ||
    (/^\p{Lu}/u.test(word) && lower.endsWith('s') && TITLES.has(lower.slice(0, -1)))
  );
};

/**
 * A person's name before the place or body they serve ("Ron Paul of Texas",
 * "Roger Pilon of the Cato Institute"): two capitalised words or more before
 * "of", the last no organisation's or place's head ("Federal Bureau of
 * Investigation", "House of Representatives" stay whole). Null otherwise.
 */
function nameBeforeSeat(name: string): string | null {
  const words = name.split(' ');
  const of = words.indexOf('of');
  if (of < 2) return null;
  const person = words.slice(0, of);
  const head = bare(person.at(-1) ?? '');
  if (ORGANISATION_HEADS.has(head) || PLACE_HEADS.has(head) || GROUP_HEADS.has(head)) return null;
  return person.every((word) => /^\p{Lu}/u.test(word)) ? person.join(' ') : null;
}

/** The gender of a familiar form by the formal names it stands for ("Bill" → William), when they agree. */
const familiarFormGender = (() => {
  const known = new Map<string, Gender | null>();
  return (given: string): Gender | null => {
    const key = given.toLowerCase();
    const cached = known.get(key);
    if (cached !== undefined) return cached;
    const genders = new Set<Gender>();
    for (const [gender, names] of [
      ['male', GIVEN_NAMES.male],
      ['female', GIVEN_NAMES.female],
    ] as const)
      if (names.some((name) => name !== key && sameGivenName(key, name))) genders.add(gender);
    const gender = genders.size === 1 ? ([...genders][0] ?? null) : null;
    known.set(key, gender);
    return gender;
  };
})();

/** The gender a full name's given name (its first word that is no initial) mostly names, or null. */
function genderOfName(name: string): Gender | null {
  const given = name.split(' ').find((word) => !/^\p{Lu}\.?$/u.test(word));
  if (given === undefined) return null;
  return givenNameGender(given) ?? familiarFormGender(given);
}

/** Whether a name is a person's by its given name ("Benjamin Brafman"; not "ATI" nor "Fans-especially British"). */
export const isPersonName = (name: string): boolean => name.includes(' ') && genderOfName(name) !== null;

/** The gender the speaker phrase's own honorific gives ("Mrs. Clinton" → female). */
function honorificOf(phrase: string): Gender | null {
  for (const word of phrase.trim().split(/[ \t\u00a0]+/u)) {
    const gender = honorificGender(word);
    if (gender !== null) return gender;
  }
  return null;
}

/** Words by which an article takes up an organisation again ("The group's first ad called …"). */
const GROUP_WORDS: ReadonlySet<string> = new Set(['group', 'organization', 'organisation', 'lobby']);

/** Last words of the names "the group" may stand for: associations and the like, not a government or a newspaper. */
const GROUP_HEADS: ReadonlySet<string> = new Set([
  'association',
  'group',
  'organization',
  'organisation',
  'union',
  'alliance',
  'coalition',
  'foundation',
  'institute',
  'council',
  'network',
  'federation',
  'league',
  'society',
]);

/** Words that make a lesser role of a title: "the secretary" is not "Assistant Secretary for Diplomatic Security Charlene Lamb". */
const LESSER_ROLE: ReadonlySet<string> = new Set(['assistant', 'associate', 'under', 'acting']);

/**
 * Titles a role word names in prose: "the congressman" or "the lawmaker" is
 * the person the article wrote as "Rep. Anthony Weiner", "the senator" is
 * "Sen. …". Each role word with the titles (bare, lower case) it stands for.
 */
const ROLE_TITLES: ReadonlyMap<string, readonly string[]> = new Map([
  ['congressman', ['rep', 'representative', 'congressman']],
  ['congresswoman', ['rep', 'representative', 'congresswoman']],
  ['representative', ['rep', 'representative']],
  ['lawmaker', ['rep', 'representative', 'congressman', 'congresswoman', 'sen', 'senator']],
  ['senator', ['sen', 'senator']],
  ['governor', ['gov', 'governor']],
  ['general', ['gen', 'general']],
  ['professor', ['prof', 'professor']],
  ['doctor', ['dr', 'doctor']],
]);

/** A phrase without the full stop that ends its sentence, not an abbreviation's ("Jr.", "U.S."). */
const withoutFullStop = (phrase: string): string => phrase.replace(/(?<=\p{Ll}{3})\.$/u, '');

/**
 * A name as a speaker: titles, "the" and a possessive cut off ("Russian
 * President Vladimir Putin" → "Vladimir Putin", "Mr. Seel's" → "Seel"), so that
 * two mentions of one person compare equal. Null when nothing is left.
 */
export function bareName(phrase: string): string | null {
  const words = withoutFullStop(phrase.replace(/['’]s$/u, ''))
    .split(/[ \t\u00a0]+/u)
    .filter((word) => word !== '');
  let first = 0;
  // The name starts after the last title ("US President Donald Trump"), unless a title ends the phrase;
  // a possessive is no title but part of a name ("U.S. Attorney's Office").
  for (let i = 0; i < words.length - 1; i++)
    if (isTitle(words[i] ?? '') && !POSSESSIVE.test(words[i] ?? '')) first = i + 1;
  // A title's department before the name ("Secretary of the Interior Ryan Zinke", "Secretary of Homeland Security
  // Kirstjen Nielsen"): up to two capitalised words after "of (the)", leaving a name of two words.
  if (first > 0 && words[first] === 'of') {
    let at = first + (words[first + 1] === 'the' ? 2 : 1);
    for (
      let skipped = 0;
      skipped < 2 && words.length - at > 2 && /^\p{Lu}\p{Ll}+$/u.test(words[at] ?? '');
      skipped++
    )
      at++;
    if (at > first + 1 && words.length - at >= 2) first = at;
  }
  // A title before an organisation's head alone names the organisation ("Justice Department", "Speaker's Office").
  if (first > 0 && first === words.length - 1 && ORGANISATION_HEADS.has(bare(words[first] ?? ''))) first = 0;
  // After a possessive, a name of two words or more is whose the phrase is ("Marijuana Industry Group's Mike Elliott").
  const owner = words.findLastIndex((word, i) => i < words.length - 2 && POSSESSIVE.test(word));
  if (owner >= first) first = owner + 1;
  while (first < words.length && NEVER_NAMES.has(bare(words[first] ?? ''))) first++;
  const name = words.slice(first).join(' ');
  return name === '' ? null : name;
}

/**
 * Capitalised runs in `text` that can be names: words capitalised for the
 * sentence's sake ("But", "Still") cut from the front, lone common words and
 * titles dropped.
 */
export function nameRuns(text: string): Span[] {
  const runs: Span[] = [];
  for (const match of text.matchAll(NAME_RUN)) {
    let start = match.index;
    let words = match[0];
    for (;;) {
      const first = /^[^ \t\u00a0]+[ \t\u00a0]*/u.exec(words)?.[0] ?? '';
      const head = first.trimEnd();
      if (
        first === words ||
        !(
          isCommonWord(bare(head)) ||
          NEVER_NAMES.has(bare(head)) ||
          NAME_JOINERS.has(head) ||
          SENTENCE_ADVERB.test(head)
        )
      )
        break;
      start += first.length;
      words = words.slice(first.length);
    }
    const name = bareName(words);
    if (name === null || isCommonWord(bare(name)) || NEVER_NAMES.has(bare(name)) || isTitle(name)) continue;
    runs.push({ start, end: start + words.length, text: words });
  }
  return runs;
}

/**
 * The names an article has written so far, so that a speaker given by surname,
 * acronym or role ("Peskov", "ISW", "the institute") is told by the fullest
 * name the article gave first ("Dmitry Peskov", "Institute for the Study of War").
 */
export class NameBook {
  private readonly names: string[] = [];
  /** How often the article has written each name in full so far: a family's most-named member is the one a bare surname means. */
  private readonly mentions = new Map<string, number>();
  /** Descriptions of unnamed speakers given so far ("senior administration official"), in order. */
  private readonly descriptions: string[] = [];
  /** How often the article has named each person so far, in full or by surname. */
  private readonly references = new Map<string, number>();
  /** Roles the article gave names by apposition, in the order it gave them. */
  private readonly roles: Role[] = [];
  /** Names written with a role before them anywhere, quotations included ("Congressman Grimm"). */
  private readonly titled: string[] = [];

  /** Adds names the article has now written (`nameRuns` of its next sentence). */
  read(runs: readonly Span[]): void {
    for (const run of runs) {
      const name = bareName(run.text);
      if (name === null) continue;
      if (!name.includes(' ')) {
        // "Pelosi" again: one more mention of the person it stands for, for `mainActor`.
        const bearer = this.familyMember(this.bearers(name), honorificOf(run.text));
        if (bearer !== null) this.references.set(bearer, (this.references.get(bearer) ?? 0) + 1);
        continue;
      }
      const person = nameBeforeSeat(name);
      for (const written of person === null ? [name] : [person, name]) {
        if (!this.names.includes(written)) this.names.push(written);
        this.mentions.set(written, (this.mentions.get(written) ?? 0) + 1);
        this.references.set(written, (this.references.get(written) ?? 0) + 1);
      }
    }
  }

  /**
   * The person the article has named most so far, in full or by surname:
   * whom "the California Democrat" takes up when nobody was given that
   * description. Only names whose first word is a given name count as a
   * person's ("House Democrats" is not).
   */
  private mainActor(): string | null {
    let best: string | null = null;
    for (const name of this.names)
      if (
        genderOfName(name) !== null &&
        (best === null || (this.references.get(name) ?? 0) > (this.references.get(best) ?? 0))
      )
        best = name;
    return best;
  }

  /** The names the article has written that end with `name`, a surname or a short form ("Clapper" → "James R. Clapper Jr."). */
  private bearers(name: string): string[] {
    const words = name.toLowerCase().split(' ');
    return this.names.filter((candidate) => {
      const candidateWords = candidate.toLowerCase().split(' ');
      if (GENERATION.test(candidate.split(' ').at(-1) ?? '')) candidateWords.pop();
      return (
        candidateWords.length > words.length &&
        candidateWords.slice(-words.length).join(' ') === words.join(' ') &&
        candidate.split(' ').every((word) => !isTitle(word))
      );
    });
  }

  /**
   * Reads a speaker phrase of a sentence with no quotation of its own ("A
   * Microsoft spokesperson said that …"), so a later "the spokesperson" is
   * told by the description the article gave last.
   */
  readSpeaker(phrase: string): void {
    this.fullName(phrase);
  }

  /** A name's gender by its given name, else by a kinship the article gave it ("his daughter, Ivanka Trump"). */
  private genderOf(name: string): Gender | null {
    const given = genderOfName(name);
    if (given !== null) return given;
    for (const role of this.roles)
      if (role.name === name && kinNounGender(role.word) !== null) return kinNounGender(role.word);
    return null;
  }

  /** Keeps a description of someone unnamed ("union official") for a later "the official". */
  private remember(description: string): string {
    this.descriptions.push(description);
    return description;
  }

  /** Adds roles the article has now given names (`appositiveRoles` of its next sentence). */
  learnRoles(roles: readonly Role[]): void {
    this.roles.push(...roles);
  }

  /**
   * Adds names written with a word before them, read in the whole sentence,
   * quotations included: “… against Congressman Grimm” tells who "the
   * congressman" is as well as an appositive does.
   */
  readTitled(runs: readonly Span[]): void {
    for (const run of runs) if (/[ \t\u00a0]/u.test(run.text)) this.titled.push(withoutFullStop(run.text));
  }

  /**
   * "the congressman": the last name the article gave that role, by
   * apposition, else in a name with that word in it ("the institute" →
   * "Institute for the Study of War", "Congressman Grimm" → "Grimm"); null
   * when the article gave nobody the role.
   */
  private described(word: string): string | null {
    // A party-and-state tag is no one ("has sent Ryan, R-Wis., a letter").
    const role = this.roles.findLast(
      (candidate) => candidate.word === word && !PARTY_TAG.test(candidate.name),
    );
    if (role) return this.fullName(role.name);
    const named = this.names.findLast((name) => name.toLowerCase().split(' ').includes(word));
    if (named !== undefined) return named;
    // "the group" is the organisation last named by a name that says it is one ("the National Rifle Association").
    if (GROUP_WORDS.has(word)) {
      const group = this.names.findLast((name) => GROUP_HEADS.has(bare(name.split(' ').at(-1) ?? '')));
      if (group !== undefined) return group;
    }
    // "the president" is not "Vice President Joe Biden": a modifier before the word makes another role.
    const titles = ROLE_TITLES.get(word) ?? [word];
    let at = -1;
    const titled = this.titled.findLast((name) => {
      const words = name.split(/[ \t\u00a0]+/u).map(bare);
      at = words.findIndex((candidate) => titles.includes(candidate));
      const qualifier = words[at - 1] ?? '';
      return at >= 0 && !(at > 0 && (TITLE_MODIFIERS.has(qualifier) || LESSER_ROLE.has(qualifier)));
    });
    if (titled === undefined) return null;
    // A title before a name ("Congressman Grimm", "North Carolina Rep. Bob Etheridge") names the person; elsewhere the word is part of the name.
    // Where they serve is not their name ("Gov. Mike Pence of Indiana").
    const words = titled.split(/[ \t\u00a0]+/u);
    const of = words.indexOf('of', at + 2);
    const rest = words.slice(at + 1, of < 0 ? undefined : of);
    const title = words[at] ?? '';
    return TITLES.has(bare(title)) && rest.length > 0 ? this.fullName(rest.join(' ')) : titled;
  }

  /**
   * The speaker's name as the article wrote it most fully: a surname or a
   * short form takes the longer name that ends with it (of a family, the
   * member `familyMember` picks by the honorific's gender, or by `gender`, a
   * pronoun's, when the phrase has none); "X of Texas" is X; an acronym the
   * latest name whose capitals spell it; "the lawyer" the last name the article
   * gave that role, or the latest name that holds the word (see `described`). Anything else is returned bare; a description with no such
   * name is null (never a guess).
   */
  fullName(phrase: string, gender: Gender | null = null): string | null {
    const described = /^the[ \t\u00a0]+(\p{Ll}+)$/iu.exec(phrase.trim());
    // A role nobody was given by name is the speaker as the article describes them ("the aide", "one union official", "the reporter").
    const unnamed = (role: string): string | null =>
      TITLES.has(role) || PERSON_NOUNS.has(role) ? role : null;
    // "one Democrat who opposed her": a party's member the article does not name, as it describes them.
    if (DESCRIBED_PARTY_MEMBER.test(phrase.trim())) return phrase.trim();
    // "the California Democrat": a politician taken up again, the article's main actor.
    const epithet = PARTY_EPITHET.test(phrase.trim());
    if (epithet) return this.mainActor();
    if (described) {
      const role = (described[1] ?? '').toLowerCase();
      // "The official said" after "one union official said": the fuller description the article gave before.
      return (
        this.described(role) ??
        this.descriptions.findLast((earlier) => earlier.split(' ').at(-1) === role) ??
        unnamed(role)
      );
    }
    // "A spokesperson for Google says": the organisation's spokesperson, unless the article named them.
    const roleFor = ROLE_FOR.exec(phrase.trim());
    if (roleFor && unnamed((roleFor[1] ?? '').toLowerCase()) !== null) {
      const role = (roleFor[1] ?? '').toLowerCase();
      const whose = bareName(roleFor[2] ?? '');
      const owner = whose === null ? null : this.fullName(whose);
      const named = this.described(role);
      if (named !== null) return named;
      if (owner !== null) return this.remember(`${owner} ${role}`);
    }
    const description = /^(?:an?|one|another|the)[ \t\u00a0]+((?:\S+[ \t\u00a0]+)*(\p{Ll}+))$/iu.exec(
      phrase.trim(),
    );
    if (description) {
      const role = (description[2] ?? '').toLowerCase();
      return this.described(role) ?? (unnamed(role) === null ? null : this.remember(description[1] ?? role));
    }
    const name = bareName(phrase);
    if (name === null) return null;
    if (ACRONYM.test(name)) {
      const spelt = this.names.findLast(
        (candidate) =>
          candidate
            .split(' ')
            .filter((word) => /^\p{Lu}/u.test(word))
            .map((word) => word.charAt(0))
            .join('') === name,
      );
      return spelt ?? name;
    }
    const seated = nameBeforeSeat(name);
    if (seated !== null) return seated;
    return this.familyMember(this.bearers(name), honorificOf(phrase) ?? gender) ?? name;
  }

  /**
   * Which of several people of one surname a bare surname means ("Mr.
   * Trump" among Donald and Ivanka Trump): those whose given name agrees with
   * the honorific's or pronoun's gender, when any does (one whose given name
   * says the other gender never, unless nobody is left); then the one the
   * article has named in full most often, the first named of those.
   */
  private familyMember(candidates: readonly string[], gender: Gender | null): string | null {
    let members = [...new Set(candidates)];
    if (gender !== null) {
      const agreeing = members.filter((member) => this.genderOf(member) === gender);
      const notOpposed = members.filter((member) => {
        const given = this.genderOf(member);
        return given === null || given === gender;
      });
      // "Mr. Cruz" where the article named only Heidi Cruz in full: no one it named, so the surname alone.
      members = agreeing.length > 0 ? agreeing : notOpposed;
    }
    let best: string | null = null;
    for (const member of members)
      if (best === null || (this.mentions.get(member) ?? 0) > (this.mentions.get(best) ?? 0)) best = member;
    return best;
  }
}
