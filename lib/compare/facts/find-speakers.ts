import type { Span } from './types';
import { MONTH_PATTERN, WEEKDAY_NAMES as WEEKDAYS } from '../../lexicon/calendar-words';
import { PARTY_DESCRIPTORS, TITLES } from '../../lexicon/titles';
import { isCommonWord, PERSON_NOUNS } from './word-lists';

/** Verbs that attribute words to someone: "Peskov said", "Dmitriev described …", "she added". */
const SPEECH_VERBS = new Set([
  'said',
  'says',
  'told',
  'tells',
  'added',
  'adds',
  'adding',
  'wrote',
  'writes',
  'writing',
  'described',
  'describes',
  'describing',
  'warned',
  'warns',
  'stated',
  'insisted',
  'insists',
  'noted',
  'explained',
  'argued',
  'argues',
  'claimed',
  'claims',
  'declared',
  'asked',
  'asks',
  'replied',
  'replies',
  'reply',
  'responded',
  'tweeted',
  'posted',
  'announced',
  'stressed',
  'emphasised',
  'emphasized',
  'acknowledged',
  'admitted',
  'suggested',
  'urged',
  'recalled',
  'concluded',
  'complained',
  'remarked',
  'vowed',
  'promised',
  'predicted',
  'countered',
  'conceded',
  'confirmed',
  'denied',
  'called',
  'calls',
  'quipped',
  'joked',
  'saying',
  'notes',
  'assessed',
  'assesses',
  'contended',
  'contends',
  'asserted',
  'asserts',
  'maintained',
  'maintains',
  'alleged',
  'alleges',
  'testified',
  'cautioned',
  'reiterated',
  // Verbs of stance whose object is the subject's words ("Mattioli praised the NRA “for coming up …”").
  'praised',
  'hailed',
  'applauded',
  'welcomed',
  'condemned',
  'decried',
  'blasted',
  // An outlet's report is its words ("The New York Times reported the charges “will include …”").
  'reported',
  'reports',
  // A parenthetical carries on the speaker's words ("That world view, Santorum continued, suggests …").
  'continued',
  // Verbs of stance whose object is the subject's words ("criticized such attacks on “character and faith”").
  'criticized',
  'criticised',
  'dismissed',
  'defended',
  // Verbs that put a word in quotes as the subject's own ("likened it to a “prank”").
  'referred',
  'likened',
  'dubbed',
  'branded',
  'labelled',
  'labeled',
  'implored',
  // A shouted phrase is the shouter's ("the gunman reportedly yelled “…”").
  'yelled',
  'shouted',
  'screamed',
  // A demand in quotes is the demander's words ("“Who are you!” the seven-term congressman demands.").
  'demanded',
  'demands',
  // A boast is the boaster's words ("Simpson bragged to him that … it was 'too clean'").
  'bragged',
  'brags',
  'boasted',
  'boasts',
]);

/**
 * Verbs that attribute words only when "that" follows ("Biden charged that …
 * a de facto “voucher” system"): elsewhere they mean something else
 * ("prosecutors charged him with …").
 */
const THAT_SPEECH_VERBS = new Set(['charged', 'charges', 'maintained', 'reasoned']);

/** Verbs that attribute words only when "with" follows ("Mr. Obama pleaded with Americans … not to “…”"; not "Flynn, who pleaded guilty"). */
const WITH_SPEECH_VERBS = new Set(['pleaded', 'pleads', 'appealed']);

/**
 * Verbs whose object in quotes is the subject's words, when the quotation
 * follows within a few words ("He offered “thoughts and prayers”", "offered an
 * emphatic “yes”"); elsewhere they mean something else ("Patrick offered him the job").
 */
const QUOTED_OBJECT_VERBS = new Set(['offered', 'offers']);
const QUOTED_OBJECT =
  /^[ \t\u00a0]+(?:(?:an?|the|his|her|their|its)[ \t\u00a0]+)?(?:(?!that\b|which\b|who\b)\p{Ll}+[ \t\u00a0]+)?\u0000/u;

/** "sent his “thoughts and prayers”": sending takes words in quotes only as the sender's own. */
const SENT_OWN_WORDS = /^[ \t\u00a0]+(?:his|her|their|its)[ \t\u00a0]+(?:\p{Ll}+[ \t\u00a0]+)?\u0000/u;

/**
 * Verbs after which the speaker may follow ("… ,” said Peskov). Verbs that
 * take an object are left out: in "told Reuters" or "asked Putin" the name
 * is the listener.
 */
const INVERTING_VERBS = new Set([
  'said',
  'says',
  'added',
  'adds',
  'wrote',
  'writes',
  'warned',
  'stated',
  'insisted',
  'noted',
  'explained',
  'argued',
  'declared',
  'replied',
  'responded',
  'tweeted',
  'posted',
  'stressed',
  'recalled',
  'concluded',
  'remarked',
  'countered',
  'conceded',
  'quipped',
  'according',
  'notes',
  'assessed',
]);

/** Words that may sit between a speaker and the verb ("Peskov also said", "she has told"). */
const BETWEEN = new Set([
  'also',
  'now',
  'later',
  'then',
  'has',
  'had',
  'have',
  'previously',
  'earlier',
  'reportedly',
  'once',
  'repeatedly',
  'again',
  'further',
  'recently',
  'publicly',
  'separately',
  'privately',
  'subsequently',
  'simply',
  'initially',
  'flatly',
  'bluntly',
  'openly',
]);

/** Lower-case words inside names ("Mohammed bin Salman", "Ursula von der Leyen"). */
const PARTICLES = new Set([
  'de',
  'van',
  'von',
  'der',
  'den',
  'da',
  'di',
  'du',
  'dos',
  'bin',
  'ibn',
  'al',
  'la',
  'le',
]);

/** Pronouns for the caller to resolve: "they" only ever stands for two people named together. */
const PRONOUNS = new Set(['he', 'she', 'they']);

/** A verb after a name that makes it the subject of a clause ("said Mr. Scotto was …", "said Putin had …"). */
const CLAUSE_VERB = /^(?:was|is|were|are|had|has|have|would|will|could|can|should|may|might|must|did|does)$/u;

/**
 * What an appositive between commas says: a description ("the Kremlin's
 * spokesman", "who was present") or a party-and-state tag ("D-Ill."). A
 * capitalised word is more often the second half of a place ("in Columbus,
 * Ohio, called"), whose first half is no speaker.
 */
const APPOSITIVE = /^\s*(?:\p{Ll}|\p{Lu}-\p{Lu})/u;

/**
 * How far back an appositive may reach: "Peskov, the Kremlin's spokesman,
 * said", and a relative clause ("Trump, who placed second in an NBC/Wall
 * Street Journal poll of potential candidates, said").
 */
const APPOSITIVE_CHARS = 120;

/** How many lower-case role words may sit between an inverting verb and the name ("said Kremlin spokesman Dmitry Peskov"). */
const ROLE_WORDS = 3;

const SPACE = '[ \\t\\u00a0]';
const WEEKDAY = WEEKDAYS.map((day) => day.charAt(0).toUpperCase() + day.slice(1)).join('|');
/** A time phrase between a speaker and the verb: "Trump on Aug 6 said", "Peskov on Wednesday told". */
const TIME_BEFORE_VERB = new RegExp(
  `${SPACE}+(?:(?:earlier|later)${SPACE}+)?(?:(?:on|in)${SPACE}+)?(?:(?:last|this|next)${SPACE}+)?(?:${WEEKDAY}|week|month|year|yesterday|today|${MONTH_PATTERN}\\.?(?:${SPACE}+\\d{1,2})?(?:,?${SPACE}+\\d{4})?)${SPACE}+$`,
  'u',
);

interface Word {
  text: string;
  start: number;
  end: number;
}

/**
 * Words, with the dot of an abbreviated title kept when a name follows ("Mr.
 * Putin", "Gen. Syrskyi"); an initialism is one word ("U.S. Attorney"); a
 * number is a word too, so that "who wrote Amendment 64, said" keeps its comma
 * next to a word.
 */
const WORD =
  /(?:\p{Lu}\.){2,}(?=[ \t\u00a0]+\p{Lu})|\p{L}[\p{L}\p{M}'’-]*(?:\.(?=[ \t\u00a0]+\p{Lu}))?|\p{N}+(?:[.,]\p{N}+)*/gu;

/**
 * A statement or release and who issued it, after "according to": "a
 * statement released by", "a news release from".
 */
const ISSUED_BY =
  /^(?:a|an|the)[ \t\u00a0]+(?:\p{Ll}+[ \t\u00a0]+)?(?:statement|release|announcement)[ \t\u00a0]+(?:(?:released|issued|put[ \t\u00a0]+out)[ \t\u00a0]+by|from|by)[ \t\u00a0]+(?=\p{L})/u;

/**
 * A noun phrase whose noun a name only qualifies, before that name: "the
 * lawsuit from Nebraska and", "a letter by". Group 1 is "the lawsuit" for the
 * caller to match to a name (a thing, or a role nobody was given, is no one).
 */
const OWNED_BY =
  /(?:^|[ \t\u00a0])((?:[Tt]he|[Aa]n?)[ \t\u00a0]+\p{Ll}+)[ \t\u00a0]+(?:from|by|of|for)[ \t\u00a0]+(?:the[ \t\u00a0]+)?(?:\p{Lu}[\p{L}.'’-]*[ \t\u00a0]+(?:(?:and|&)[ \t\u00a0]+)?)*$/u;

/** Determiners that open a description of someone unnamed ("one union official", "an aide"). */
const DESCRIBING = new Set(['a', 'an', 'one', 'the', 'another']);

/** Things an organisation issues and speaks through ("The group's first ad called …"); "the church's minister" speaks himself. */
const OWNED_ISSUES = new Set([
  'ad',
  'ads',
  'advertisement',
  'commercial',
  'statement',
  'release',
  'report',
  'letter',
  'website',
]);

/** Things issued in someone's name: "the Washington Post report said" is the Post's. */
const ISSUED_NOUNS = new Set(['report', 'statement', 'release', 'announcement']);

/** A party-and-state tag set off by a comma before it: ", R-Texas", ", D-N.Y.". */
const PARTY_TAG = /,[ \t\u00a0]*\p{Lu}-\p{Lu}[\p{L}.]*$/u;

/** A party-and-state tag in brackets between a name and its verb: "Sen. John Thune (R-S.D.) said". */
const BRACKETED_PARTY_TAG = /[ \t\u00a0]*\(\p{Lu}-\p{Lu}[\p{L}.-]*\)[ \t\u00a0]*$/u;

/** What follows a passive's agent when the quotation is the words its verb gives: "described by X as “…”". */
const PASSIVE_WORDS = /^[ \t\u00a0]+as[ \t\u00a0]+(?:(?:an?|the)[ \t\u00a0]+)?\u0000/u;

/**
 * What makes an infinitive of saying the subject's own: "went so far as to
 * say", "went on to defend … as “…”", "tried to explain that", "was quick to
 * call" (the match starts at the subject's verb). "refused to say" is not here:
 * its words are not said.
 */
const GONE_ON_TO =
  /(?<=[ \t\u00a0])(?:(?:went|goes|go|gone)[ \t\u00a0]+(?:(?:so|as)[ \t\u00a0]+far[ \t\u00a0]+as|on)|tried|tries|sought|seeks|wanted|wants|hastened|rushed|(?:was|is|were|are)[ \t\u00a0]+quick)[ \t\u00a0]+to[ \t\u00a0]+$/u;

/** "made clear that", "makes it clear that": said, in two words (matched from the verb). */
const MADE_CLEAR = /^(?:made|makes|make)[ \t\u00a0]+(?:it[ \t\u00a0]+)?clear[ \t\u00a0]+that\b/u;

/** Infinitives of saying after `GONE_ON_TO`. */
const SAYING_INFINITIVES = new Set([
  'say',
  'explain',
  'defend',
  'describe',
  'call',
  'argue',
  'insist',
  'claim',
  'warn',
  'suggest',
  'note',
  'add',
  'declare',
  'dismiss',
  'label',
  'brand',
]);

/** A party's member ("Democrat", "Republicans"), who is described, not named, after "one" or "a". */
const PARTY_MEMBER = new RegExp(`^(?:${[...PARTY_DESCRIPTORS].join('|')})s?$`, 'iu');

/** At most this many words in the relative clause that says which party member speaks ("who opposed her"). */
const MEMBER_CLAUSE_WORDS = 8;

/** Relative pronouns: a verb after one has its subject before the clause, never after the verb ("who wrote Amendment 64"). */
const RELATIVES = new Set(['who', 'which', 'that']);

/**
 * How far back an appositive may reach from the verb when the name it
 * describes opens the sentence: a long description or relative clause, perhaps
 * after a party tag in brackets ("Rep. Jared Polis (D-Colo.), a vocal supporter
 * of … who has sponsored …, told").
 */
const OPENING_APPOSITIVE_CHARS = 260;

/** A lower-case word that can describe a speaker ("spokesman", "senior"), as opposed to "in", "on", "that". */
const isRoleWord = (word: string): boolean => /^\p{Ll}/u.test(word) && !isCommonWord(word);

const isPossessive = (word: string): boolean => /['’]s$/u.test(word);

const isNameWord = (word: string): boolean =>
  /^\p{Lu}/u.test(word) && !isCommonWord(word.replace(/\.$/u, '')) && !isPossessive(word);

/** A capitalised possessive inside a name ("the U.S. Attorney's Office", "Marijuana Industry Group's Mike Elliott"). */
const isInnerPossessive = (word: string): boolean =>
  /^\p{Lu}/u.test(word) && isPossessive(word) && !isCommonWord(word.replace(/['’]s$/u, ''));

class SpeakerReader {
  private readonly words: Word[];

  constructor(private readonly text: string) {
    this.words = [...text.matchAll(WORD)].map((match) => ({
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
    }));
  }

  private adjacent(a: Word | undefined, b: Word | undefined): boolean {
    return !!a && !!b && /^[ \t\u00a0]+$/u.test(this.text.slice(a.end, b.start));
  }

  private span(from: Word, to: Word): Span {
    return { start: from.start, end: to.end, text: this.text.slice(from.start, to.end) };
  }

  /** The run of name words ending at word `last`, or null. */
  private nameEndingAt(last: number): Span | null {
    const end = this.words[last];
    if (!end || !isNameWord(end.text)) return null;
    let first = last;
    while (first > 0) {
      const before = this.words[first - 1];
      if (!this.adjacent(before, this.words[first]) || !before) break;
      if (isNameWord(before.text) || isInnerPossessive(before.text)) first--;
      else if (PARTICLES.has(before.text) && isNameWord(this.words[first - 2]?.text ?? '')) first -= 2;
      else break;
    }
    return this.ownedName(first, last);
  }

  /**
   * Two names joined by "and" ending at word `last` ("both Obama and Clinton
   * referred to …"): the two speak together. Null unless both are names.
   */
  private pairEndingAt(last: number): Span | null {
    const second = this.nameEndingAt(last);
    if (!second) return null;
    const and = this.words.findLastIndex((word) => word.end <= second.start);
    if (this.words[and]?.text !== 'and' || !this.adjacent(this.words[and], this.words[and + 1])) return null;
    if (!this.adjacent(this.words[and - 1], this.words[and])) return null;
    const first = this.nameEndingAt(and - 1);
    return first
      ? { start: first.start, end: second.end, text: this.text.slice(first.start, second.end) }
      : null;
  }

  /** The run of name words starting at word `first`, and the index after it. */
  private nameStartingAt(first: number): { span: Span; next: number } | null {
    const start = this.words[first];
    if (!start || !isNameWord(start.text)) return null;
    let last = first;
    for (;;) {
      const next = this.words[last + 1];
      if (!this.adjacent(this.words[last], next) || !next) break;
      if (isNameWord(next.text)) last++;
      else if (PARTICLES.has(next.text) && isNameWord(this.words[last + 2]?.text ?? '')) last += 2;
      // An organisation named for its cause ("Democracy for America", "Americans for Prosperity").
      else if (
        next.text === 'for' &&
        isNameWord(this.words[last + 2]?.text ?? '') &&
        this.adjacent(next, this.words[last + 2])
      )
        last += 2;
      else if (
        isInnerPossessive(next.text) &&
        this.adjacent(next, this.words[last + 2]) &&
        isNameWord(this.words[last + 2]?.text ?? '')
      )
        last += 2;
      else break;
    }
    const span = this.ownedName(first, last);
    return span ? { span, next: last + 1 } : null;
  }

  /**
   * The name from word `first` to `last`: after a possessive inside it, a
   * person's name of two words or more is whose the words are ("Marijuana
   * Industry Group's Mike Elliott" → Mike Elliott); one word is part of an
   * organisation's name ("U.S. Attorney's Office").
   */
  private ownedName(first: number, last: number): Span | null {
    const owner = this.words.findLastIndex((word, i) => i >= first && i < last && isPossessive(word.text));
    const from = owner >= 0 && last - owner >= 2 ? owner + 1 : first;
    const start = this.words[from];
    const end = this.words[last];
    return start && end ? this.span(start, end) : null;
  }

  /** "Peskov said", "President Trump has told", "Peskov, the Kremlin spokesman, said", "Ilves on Monday said", "he added". */
  private before(verb: number): Span | null {
    let j = verb - 1;
    while (
      j >= 0 &&
      BETWEEN.has(this.words[j]?.text.toLowerCase() ?? '') &&
      this.adjacent(this.words[j], this.words[j + 1])
    )
      j--;
    const timed = TIME_BEFORE_VERB.exec(this.text.slice(0, this.words[verb]?.start ?? 0));
    if (timed) {
      const named = this.words.findLastIndex((candidate) => candidate.end <= timed.index);
      return this.words[named]?.end === timed.index ? this.nameEndingAt(named) : null;
    }
    const word = this.words[j];
    const next = this.words[j + 1];
    if (!word || !next) return null;
    const bracketed = BRACKETED_PARTY_TAG.exec(this.text.slice(0, next.start));
    if (bracketed) {
      const named = this.words.findLastIndex((candidate) => candidate.end <= bracketed.index);
      return this.words[named]?.end === bracketed.index ? this.affiliated(this.nameEndingAt(named)) : null;
    }
    if (this.adjacent(word, next)) {
      if (PRONOUNS.has(word.text.toLowerCase())) return this.span(word, word);
      // "The congressman, who described the incident as “…”": the relative's antecedent speaks.
      if (word.text === 'who') return this.relativeAntecedent(j);
      // "his campaign noted": someone's office or campaign, for the caller to resolve "his" in; a
      // verb that is also a plural noun may be the head itself ("his recent claims that …").
      const whose = this.words[j - 1];
      if (
        /^(?:said|says|told|wrote|\p{Ll}+ed)$/u.test(this.words[verb]?.text ?? '') &&
        /^\p{Ll}+$/u.test(word.text) &&
        !isCommonWord(word.text) &&
        whose &&
        /^(?:his|her)$/iu.test(whose.text) &&
        this.adjacent(whose, word)
      )
        return this.span(whose, word);
      // "Weiner's office said", "Mr. Trump’s adoring fans reply": they speak for the person they name.
      const owned = this.ownedBy(j);
      if (owned) return owned;
      // "The group's first ad called": a described owner speaks through what it issued.
      const describedOwner = this.describedOwner(j);
      if (describedOwner) return describedOwner;
      // "the agency said": a description, for the caller to match to a name written earlier.
      const article = this.words[j - 1];
      if (
        /^\p{Ll}+$/u.test(word.text) &&
        !isCommonWord(word.text) &&
        article?.text.toLowerCase() === 'the' &&
        this.adjacent(article, word)
      )
        return this.span(article, word);
      // "one union official said", "an AARP spokeswoman said": someone the article describes by role.
      const role = this.roleDescription(j);
      if (role) return role;
      // "the Washington Post report said": whoever issued it speaks.
      if (ISSUED_NOUNS.has(word.text) && this.adjacent(this.words[j - 1], word))
        return this.affiliated(this.nameEndingAt(j - 1));
      return this.definiteDescription(j) ?? this.affiliated(this.pairEndingAt(j) ?? this.nameEndingAt(j));
    }
    // An appositive between commas: find the comma that opens it and the name before that.
    const gap = this.text.slice(word.end, next.start);
    // The comma may follow an abbreviation's dot ("Rep. Jesse Jackson Jr., D-Ill., said").
    if (!/^\.?,\s*$/u.test(gap)) return null;
    let opening = this.text.lastIndexOf(',', word.start);
    // A party-and-state tag is the name's second appositive ("Sen. Kay Bailey Hutchison, R-Texas, who …, said").
    const tag = PARTY_TAG.exec(this.text.slice(0, Math.max(opening, 0)));
    if (tag) opening = tag.index;
    if (opening < 0 || word.end - opening > APPOSITIVE_CHARS) return this.openingSubject(word);
    const named = this.words.findLastIndex((candidate) => candidate.end <= opening);
    const candidate = this.words[named];
    if (!candidate || !/^\.?\s*$/u.test(this.text.slice(candidate.end, opening)))
      return this.openingSubject(word);
    if (!APPOSITIVE.test(this.text.slice(opening + 1, word.end + 1)))
      return this.appositiveName(opening, word) ?? this.openingSubject(word);
    const name = this.nameEndingAt(named);
    return (name && this.describedName(name)) ?? this.affiliated(name) ?? this.describedAt(named);
  }

  /**
   * Someone's office, aides or fans ending at word `last`, up to
   * `ROLE_WORDS` lower-case words after a capitalised possessive, with the
   * owner's title ("Weiner's office", "Mr. Trump’s adoring fans").
   */
  private ownedBy(last: number): Span | null {
    const noun = this.words[last];
    if (!noun || !/^\p{Ll}+$/u.test(noun.text)) return null;
    for (let owner = last - 1; owner >= 0 && last - owner <= ROLE_WORDS; owner--) {
      const word = this.words[owner];
      if (!word || !this.adjacent(word, this.words[owner + 1])) return null;
      // A day's ("Wednesday’s baseball practice shooting") is nobody's.
      if (isInnerPossessive(word.text)) {
        const title = this.words[owner - 1];
        const titled = !!title && /\.$/u.test(title.text) && this.adjacent(title, word);
        return this.span(titled ? title : word, noun);
      }
      if (!/^\p{Ll}+$/u.test(word.text) || isCommonWord(word.text)) return null;
    }
    return null;
  }

  /**
   * "The group's first ad" ending at word `last`: "the", a lower-case
   * possessive and up to `ROLE_WORDS` words after it; the owner ("The group")
   * for the caller to match to a name.
   */
  private describedOwner(last: number): Span | null {
    if (!OWNED_ISSUES.has(this.words[last]?.text ?? '')) return null;
    for (let owner = last - 1; owner >= 1 && last - owner <= ROLE_WORDS; owner--) {
      const word = this.words[owner];
      if (!word || !this.adjacent(word, this.words[owner + 1])) return null;
      if (/^\p{Ll}+['’]s$/u.test(word.text)) {
        const article = this.words[owner - 1];
        if (!article || !/^the$/iu.test(article.text) || !this.adjacent(article, word)) return null;
        return {
          start: article.start,
          end: word.end - 2,
          text: this.text.slice(article.start, word.end - 2),
        };
      }
      if (!/^\p{Ll}+$/u.test(word.text) || isCommonWord(word.text)) return null;
    }
    return null;
  }

  /**
   * "the Mexican-born journalist" ending at word `last`: "the", up to
   * `ROLE_WORDS` modifiers and a lower-case noun, opening its clause: a
   * description of someone the article named before, for the caller to match.
   */
  private definiteDescription(last: number): Span | null {
    const noun = this.words[last];
    if (!noun || !/^\p{Ll}+$/u.test(noun.text) || isCommonWord(noun.text)) return null;
    for (let first = last - 1; first >= 0 && last - first <= ROLE_WORDS + 1; first--) {
      const word = this.words[first];
      if (!word || !this.adjacent(word, this.words[first + 1])) return null;
      // It opens its clause, as a subject does; "about the planned meeting noted" is an object's.
      if (word.text.toLowerCase() === 'the')
        return first < last - 1 &&
          /(?:^|[,;:\u0000\u2014])[ \t\u00a0]*$/u.test(this.text.slice(0, word.start))
          ? this.span(word, noun)
          : null;
      if (isCommonWord(word.text) || isPossessive(word.text)) return null;
    }
    return null;
  }

  /** "the congressman" ending at word `last`: a description for the caller to match to a name the article gave that role. */
  private describedAt(last: number): Span | null {
    const noun = this.words[last];
    const article = this.words[last - 1];
    if (!noun || !/^\p{Ll}+$/u.test(noun.text) || isCommonWord(noun.text)) return null;
    return article?.text.toLowerCase() === 'the' && this.adjacent(article, noun)
      ? this.span(article, noun)
      : (this.roleDescription(last) ?? null);
  }

  /**
   * A person described by a role word and not named ("one union official",
   * "an AARP spokeswoman", "a senior administration official"): a determiner,
   * up to `ROLE_WORDS` modifiers, then a role word ending at word `last`.
   */
  private roleDescription(last: number): Span | null {
    const noun = this.words[last];
    if (!noun || !(TITLES.has(noun.text) || PERSON_NOUNS.has(noun.text))) return null;
    for (let first = last - 1; first >= 0 && last - first <= ROLE_WORDS + 1; first--) {
      const word = this.words[first];
      if (!word || !this.adjacent(word, this.words[first + 1])) return null;
      if (DESCRIBING.has(word.text.toLowerCase()))
        return first < last - 1 || word.text.toLowerCase() !== 'the' ? this.span(word, noun) : null;
      if (isCommonWord(word.text)) return null;
    }
    return null;
  }

  /** Who a "who" at word `relative` stands for: the name or description just before its comma. */
  private relativeAntecedent(relative: number): Span | null {
    const before = this.words[relative - 1];
    const word = this.words[relative];
    if (!before || !word || !/^\.?,[ \t\u00a0]*$/u.test(this.text.slice(before.end, word.start))) return null;
    return this.affiliated(this.nameEndingAt(relative - 1)) ?? this.describedAt(relative - 1);
  }

  /**
   * An appositive that is itself a person's name, of two words or more,
   * perhaps with where they work ("Grimm's lawyer, William McGinley, said",
   * "A lawyer for Mr. Grimm, William McGinley of Patton Boggs, confirmed"): the
   * description before it names the same speaker. A place's second half
   * ("in Columbus, Ohio, called") is one word.
   */
  private appositiveName(opening: number, last: Word): Span | null {
    const first = this.words.findIndex((candidate) => candidate.start > opening);
    const name = this.nameStartingAt(first);
    if (!name || !/[ \t\u00a0]/u.test(name.span.text)) return null;
    const rest = this.text.slice(name.span.end, last.end + 1);
    return /^(?:[ \t\u00a0]+of[ \t\u00a0][^,]*)?\.?,$/u.test(rest) ? name.span : null;
  }

  /**
   * The name that opens the sentence, set off by a comma, when the verb's
   * appositive holds a place ("Mr. Santorum, at another appearance on
   * Saturday, in Columbus, Ohio, called …"): the sentence's subject speaks.
   */
  private openingSubject(last: Word): Span | null {
    const name = this.nameStartingAt(0);
    // It opens the sentence, or follows the quotation that opens it ("“…,” Rep. Jerrold Nadler, D-N.Y., the …, told").
    if (
      !name ||
      !/^[ \t\u00a0]*(?:\u0000+[ \t\u00a0]*,?[ \t\u00a0]*)?$/u.test(this.text.slice(0, name.span.start))
    )
      return null;
    // A party tag in brackets may come first ("Rep. Jared Polis (D-Colo.), a …").
    if (
      !/^\.?(?:[ \t\u00a0]*\([^()]{1,30}\))?,/u.test(this.text.slice(name.span.end)) ||
      last.end - name.span.end > OPENING_APPOSITIVE_CHARS
    )
      return null;
    return name.span;
  }

  /**
   * A name that is itself inside the appositive of an earlier name ("Michael
   * Elliott, the executive director of the Marijuana Industry Group, a
   * Colorado-based trade group, said"): the description in lower case joins it
   * to the person before it, who speaks.
   */
  private describedName(name: Span): Span | null {
    const lead = /,[ \t\u00a0]+(?:(?:the|a|an)[ \t\u00a0]+)?\p{Ll}[^,\u0000]*$/u.exec(
      this.text.slice(0, name.start),
    );
    if (!lead || name.end - lead.index > APPOSITIVE_CHARS) return null;
    const named = this.words.findLastIndex((candidate) => candidate.end <= lead.index);
    if (!/^\.?$/u.test(this.text.slice(this.words[named]?.end ?? 0, lead.index))) return null;
    const person = this.nameEndingAt(named);
    return person && /[ \t\u00a0]/u.test(person.text) ? person : null;
  }

  /**
   * "Roger Pilon of the Cato Institute said": the person, not the place they
   * work, speaks. Only a name of two words or more counts as the person, so
   * "the Institute for the Study of War" stays whole.
   */
  private affiliated(name: Span | null): Span | null {
    if (!name) return null;
    // "the lawsuit from Nebraska and Oklahoma … argues": the thing named by its noun speaks, not whose it is.
    const owned = OWNED_BY.exec(this.text.slice(0, name.start));
    if (owned) {
      const start = owned.index + (owned[0].length - owned[0].trimStart().length);
      // "A spokesperson for Google says": a person speaks for the organisation, and is told by it.
      const role = (owned[1] ?? '').split(/[ \t\u00a0]+/u).at(-1) ?? '';
      const end = TITLES.has(role) || PERSON_NOUNS.has(role) ? name.end : start + (owned[1] ?? '').length;
      return { start, end, text: this.text.slice(start, end) };
    }
    const of = /(?:^|[ \t\u00a0])of(?:[ \t\u00a0]+the)?[ \t\u00a0]+$/u.exec(this.text.slice(0, name.start));
    if (!of) return name;
    const last = this.words.findLastIndex((candidate) => candidate.end <= of.index);
    const person = this.words[last]?.end === of.index ? this.nameEndingAt(last) : null;
    return person && /[ \t\u00a0]/u.test(person.text) ? person : name;
  }

  /**
   * "said the statement from Grimm's attorney, William McGinley.": a
   * description in lower case, then after a comma a name of two words or
   * more that ends the clause.
   */
  private describedThenNamed(first: Word): Span | null {
    const rest = this.text.slice(first.start, first.start + APPOSITIVE_CHARS);
    const comma = /^\p{Ll}[^,\u0000]*,[ \t\u00a0]+/u.exec(rest);
    if (!comma) return null;
    const next = this.words.findIndex((word) => word.start === first.start + comma[0].length);
    const name = this.nameStartingAt(next);
    if (!name || !/[ \t\u00a0]/u.test(name.span.text)) return null;
    return /^\.?(?:[,;:.]|[ \t\u00a0]*$)/u.test(this.text.slice(name.span.end)) ? name.span : null;
  }

  /**
   * A description after an inverting verb that ends its clause at word `next`:
   * a determiner, role words, and a role noun last ("a senior administration
   * official", "the president"), for the caller to match to a name. A role
   * followed by more words is not the speaker ("said the president would …").
   */
  private unnamedAfter(determiner: number, next: number, roles: number): Span | null {
    const noun = this.words[next - 1];
    const opening = this.words[determiner];
    if (determiner < 0 || roles === 0 || !noun || !opening || !TITLES.has(noun.text)) return null;
    if (this.adjacent(noun, this.words[next])) return null;
    return /^\.?(?:[,;:.!?)]|[ \t\u00a0]*$)/u.test(this.text.slice(noun.end))
      ? this.span(opening, noun)
      : null;
  }

  /**
   * "Secretary of the Interior Dirk Kempthorne" from word `first`: a title, its
   * department of one or two capitalised words after "of (the)", then a name
   * (`bareName` keeps the name); null when `first` opens no such run.
   */
  private titledOfStartingAt(first: number): { span: Span; next: number } | null {
    const title = this.words[first];
    if (!title || !TITLES.has(title.text.replace(/\.$/u, '').toLowerCase())) return null;
    let k = first + 1;
    if (this.words[k]?.text !== 'of' || !this.adjacent(title, this.words[k])) return null;
    k++;
    if (this.words[k]?.text === 'the' && this.adjacent(this.words[k - 1], this.words[k])) k++;
    const department = this.nameStartingAt(k);
    // The department and the name run on as one: at least two words of name after one or two of department.
    if (!department || department.next - k < 3 || department.next - k > 5) return null;
    const last = this.words[department.next - 1];
    return last ? { span: this.span(title, last), next: department.next } : null;
  }

  /**
   * "one Democrat" from word `determiner`, with the relative clause that says
   * which ("one Democrat who opposed her") when it ends the clause within
   * `MEMBER_CLAUSE_WORDS` words.
   */
  private partyMember(determiner: number, next: number): Span | null {
    const opening = this.words[determiner];
    const member = this.words[next - 1];
    if (!opening || !member) return null;
    const relative = this.words[next];
    if (relative?.text === 'who' && this.adjacent(member, relative))
      for (let last = next + 1; last <= next + MEMBER_CLAUSE_WORDS; last++) {
        const word = this.words[last];
        if (!word || !this.adjacent(this.words[last - 1], word) || word.text.includes('\u0000')) break;
        if (/^\.?[,;.]/u.test(this.text.slice(word.end))) return this.span(opening, word);
      }
    return /^\.?(?:[,;:.!?)]|[ \t\u00a0]*$)/u.test(this.text.slice(member.end))
      ? this.span(opening, member)
      : null;
  }

  /** "said Peskov", "said Kremlin spokesman Dmitry Peskov", "according to the Kremlin". */
  private after(verb: number): Span | null {
    let k = verb + 1;
    if (this.words[verb]?.text.toLowerCase() === 'according') {
      if (this.words[k]?.text.toLowerCase() !== 'to' || !this.adjacent(this.words[verb], this.words[k]))
        return null;
      k++;
    }
    // "according to a statement released by the Justice Department": the one who issued it speaks.
    if (this.words[verb]?.text.toLowerCase() === 'according') {
      const issued = ISSUED_BY.exec(this.text.slice(this.words[k]?.start ?? this.text.length));
      if (issued) {
        const at = (this.words[k]?.start ?? 0) + issued[0].length;
        const next = this.words.findIndex((word) => word.start === at);
        if (next >= 0) k = next;
      }
    }
    // No pronoun is read here: in "Trump said he would …" the "he" after the verb starts a new clause.
    const first = this.words[k];
    if (!first || !this.adjacent(this.words[k - 1], first)) return null;
    const described = this.describedThenNamed(first);
    if (described) return described;
    const determiner = DESCRIBING.has(first.text.toLowerCase()) ? k : -1;
    if (determiner >= 0 && this.adjacent(first, this.words[k + 1])) k++;
    let roles = 0;
    for (;;) {
      // "said a senior administration official.", "said the president, speaking …": a role nobody is named in.
      const unnamed = this.unnamedAfter(determiner, k, roles);
      if (unnamed) return unnamed;
      const name = this.titledOfStartingAt(k) ?? this.nameStartingAt(k);
      // "said one Democrat who opposed her,": a party's member nobody names, as the article describes them.
      if (name && determiner >= 0 && roles === 0 && PARTY_MEMBER.test(name.span.text))
        return this.partyMember(determiner, name.next);
      if (name) {
        // "said Mr. Scotto was “not man enough”": the name opens the clause said, it does not speak.
        const following = this.words[name.next];
        if (
          following &&
          this.adjacent(this.words[name.next - 1], following) &&
          CLAUSE_VERB.test(following.text)
        )
          return null;
        // "Kremlin spokesman Dmitry Peskov": a run before a role word modifies it; the name comes later.
        const role = this.words[name.next];
        const isRole = !!role && this.adjacent(this.words[name.next - 1], role) && isRoleWord(role.text);
        if (!isRole) return name.span;
        k = name.next;
        continue;
      }
      const word = this.words[k];
      if (!word || roles >= ROLE_WORDS || !isRoleWord(word.text) || !this.adjacent(this.words[k - 1], word))
        return null;
      roles++;
      k++;
    }
  }

  /** The name after a passive's "by" at word `by` ("described by The New York Times Magazine"), or null. */
  private agent(by: number): Span | null {
    let k = by + 1;
    if (/^the$/iu.test(this.words[k]?.text ?? '') && this.adjacent(this.words[k], this.words[k + 1])) k++;
    if (!this.adjacent(this.words[k - 1], this.words[k])) return null;
    const name = this.nameStartingAt(k)?.span ?? null;
    // Only for the words its verb gives, right after it ("… as “…”"): "the interactions described by the White House “represent …”" are not the White House's.
    if (!name || !PASSIVE_WORDS.test(this.text.slice(name.end))) return null;
    return this.affiliated(name);
  }

  findAll(): Span[] {
    const found: Span[] = [];
    this.words.forEach((word, index) => {
      const lower = word.text.toLowerCase();
      if (lower !== word.text && lower !== 'according') return;
      const next = this.words[index + 1];
      const beforeThat = THAT_SPEECH_VERBS.has(lower) && next?.text === 'that' && this.adjacent(word, next);
      const beforeWith = WITH_SPEECH_VERBS.has(lower) && next?.text === 'with' && this.adjacent(word, next);
      const quotedObject =
        (QUOTED_OBJECT_VERBS.has(lower) && QUOTED_OBJECT.test(this.text.slice(word.end))) ||
        (/^(?:sent|sends)$/u.test(lower) && SENT_OWN_WORDS.test(this.text.slice(word.end)));
      // "He made clear that …", "made it clear that": a verb of saying in two words.
      const madeClear = MADE_CLEAR.test(this.text.slice(word.start)) ? this.before(index) : null;
      if (madeClear) {
        found.push(madeClear);
        return;
      }
      const goneOn = SAYING_INFINITIVES.has(lower) ? GONE_ON_TO.exec(this.text.slice(0, word.start)) : null;
      if (goneOn) {
        // "The presumptive Republican presidential nominee went so far as to say", "The secretary tried to explain": the subject says.
        const went = this.words.findIndex((candidate) => candidate.start === goneOn.index);
        const speaker = went > 0 ? this.before(went) : null;
        if (speaker) found.push(speaker);
        return;
      }
      if (
        /\p{Ll}ed$/u.test(lower) &&
        SPEECH_VERBS.has(lower) &&
        next?.text === 'by' &&
        this.adjacent(word, next)
      ) {
        // "the man described by The New York Times Magazine as “…”": the agent speaks, not the one described.
        const agent = this.agent(index + 1);
        if (agent) found.push(agent);
        return;
      }
      if (SPEECH_VERBS.has(lower) || beforeThat || beforeWith || quotedObject) {
        const speaker = this.before(index);
        if (speaker) {
          found.push(speaker);
          // "He said Obama …": with a subject before it the verb is not inverted.
          return;
        }
      }
      const previous = this.words[index - 1];
      const relative =
        !!previous && RELATIVES.has(previous.text.toLowerCase()) && this.adjacent(previous, word);
      // Right after a quotation any verb of saying is inverted ("“What’s the half-life?” asked Senator Roger Wicker"):
      // "asked" or "suggested" elsewhere takes its listener or object after it.
      const afterQuote =
        /\u0000[ \t\u00a0]*$/u.test(this.text.slice(0, word.start)) &&
        /^(?:\p{Lu}|(?:the|a|an|one)\b)/u.test(next?.text ?? '') &&
        this.adjacent(word, next);
      if ((INVERTING_VERBS.has(lower) || (SPEECH_VERBS.has(lower) && afterQuote)) && !relative) {
        const speaker = this.after(index);
        if (speaker) found.push(speaker);
      }
    });
    return found;
  }
}

/**
 * Every phrase that a speech verb marks as a speaker in `text`: a
 * capitalised name, possibly with a title ("President Trump"), "he"/"she"
 * for the caller to resolve from the sentence before, or a description ("the
 * agency") for the caller to match to a name. Quotations should be
 * masked out first, so words inside them are not taken for attributions.
 */
export function findSpeakers(text: string): Span[] {
  return new SpeakerReader(text).findAll();
}
