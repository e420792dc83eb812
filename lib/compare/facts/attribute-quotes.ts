import { appositiveRoles } from './appositive-roles';
import { readSentence, type QuoteReading } from './extract-quotes';
import { isPersonName, NameBook, nameRuns } from './name-book';
import type { Fact, Span } from './types';
import type { Gender } from '../../lexicon/given-name-genders';
import { ORGANISATION_HEADS, PLACE_HEADS } from '../../lexicon/name-heads';
import { PARTY_DESCRIPTORS, TITLES } from '../../lexicon/titles';
import { isCommonWord, PERSON_NOUNS, VERB_FORMS } from './word-lists';

/**
 * A quotation shorter than this is a term or a scare quote (“shadow fleet”,
 * “birthers”) unless its own sentence attributes it: it never takes a speaker
 * from another sentence, where a reader would not look for one either.
 */
const CARRY_MIN_WORDS = 3;

/** At most this many words from a subject to the colon that introduces its words ("Ryan shot back, in reference to Biden's tendency to make gaffes:"). */
const COLON_CLAUSE_MAX_WORDS = 14;

/** Verbs of saying that end in neither "-ed" nor stand in `VERB_FORMS` ("Nixon asks:", "Mr. Strzok responds:"). */
const SPEECH_VERB_FORMS = /^(?:says|said|told|tells|asks|responds|replies|writes|wrote|adds|tweets)$/u;

/** A title in quotes (“Face the Nation”, “State of the Union”) has at most this many words. */
const TITLE_MAX_WORDS = 6;

/** How far into the next sentence a speaker may start and still attribute the quote before it ("“…” Peskov told reporters."). */
const NEXT_SPEAKER_CHARS = 40;

const PRONOUN = /^(?:he|she)$/iu;

const PRONOUN_GENDER: ReadonlyMap<string, Gender> = new Map([
  ['he', 'male'],
  ['she', 'female'],
]);

/** Someone's office, campaign or lawyer by a possessive pronoun ("his campaign noted"): group 1 is whose, group 2 what. */
const OWNED_BY_PRONOUN = /^(his|her)[ \t\u00a0]+(\p{Ll}+)$/iu;

/**
 * Someone's people described in more than one word ("Mr. Trump’s adoring
 * fans"), which `bareName` would cut to "adoring fans": group 1 is whose,
 * group 2 the rest from the apostrophe. ("Weiner's office" stays as written.)
 */
const POSSESSED = /^(\p{Lu}[\p{L}.'’ \t\u00a0-]*?)(['’]s(?:[ \t\u00a0]+\p{Ll}[\p{Ll}-]*){2,})$/u;

/** "they": it stands for two people named together as a subject ("Mr. Udall and Mr. Wyden released …"), and for no one else. */
const PLURAL = /^they$/iu;

/**
 * A participle, or a verb coordinated with the subject's earlier one, that
 * hands a quotation to the sentence's subject: "Trump accused Obama of …,
 * saying “…”", "He signaled he did, saying, “…”", "Grimm stormed back,
 * leaned into him and said, “…”", "Etheridge appears visibly irritated and
 * immediately asks, “…”".
 */
const PARTICIPLE =
  /(?:(?:,|\bby|\bin|\band|\bstatement|\bincluding|\bheard|\bbegan|\bstarted)[ \t\u00a0]*(?:\p{Ll}+ly[ \t\u00a0]+)?(?:shouting|yelling|screaming|chanting|saying|asking|adding|arguing|insisting|noting|warning|writing|declaring|explaining|accusing|calling|claiming|repeating|describing|decrying|condemning|criticizing|criticising|praising|blasting|dismissing|tweeting|posting|telling|responding|replying|stating|stressing|recalling|acknowledging|admitting|vowing|promising|joking|quipping|complaining|urging|lamenting|boasting|bragging|predicting|suggesting)|\band[ \t\u00a0]+(?:\p{Ll}+ly[ \t\u00a0]+)?(?:said|says|added|adds|asked|asks|replied|replies|told|tells))\b(?:[^,;:\u0000]*|[^,;:\u0000]*,[^,;:\u0000]{1,80},|[ \t\u00a0]+that\b[^;:\u0000]*)[,:]?[ \t\u00a0]*$/u;

/**
 * Words the sentence's subject puts on someone, given as the object of a verb
 * that is not one of saying: "Ryan accused Obama of “…”", "addressing his
 * opponent as “my friend” but dismissing his arguments as “malarkey”".
 */
const WORDS_PUT_ON =
  /(?:\baccus(?:ed|es|ing)[ \t\u00a0]+[^,;:\u0000“”"]{1,60}?[ \t\u00a0]of\b[^,;:\u0000“”"]{0,30}|(?:,|\bbut|\band|\bwhile)[ \t\u00a0]+\p{Ll}+ing[ \t\u00a0]+[^,;:\u0000“”"]{1,60}?[ \t\u00a0]as)[ \t\u00a0]*$/u;

/**
 * Someone's remark, then the quotation that gives its words: "Mr. Romney’s
 * infamous remark at a private fund-raiser about the “47 percent”", "his
 * secretly videotaped comment in which he said …". Group 1 is the owner's
 * name, group 2 a possessive pronoun, group 3 what follows the noun.
 */
const REMARK_OF =
  /(?:((?:\p{Lu}[\p{L}'’-]*\.?[ \t\u00a0]+)*\p{Lu}[\p{L}-]*)['’]s?|\b(his|her))[ \t\u00a0]+(?:[\p{Ll}-]+[ \t\u00a0]+){0,3}(?:comment|comments|remark|remarks|statement|statements|words|quip|gaffe)\b([^\u0000“”";:]*)$/u;

/** What may follow the remark's noun before its words: a clause about it ("in which he said …"), "about the", or what it said ("his comment that President Obama subscribed to a “…”"). */
const REMARK_TAIL =
  /\b(?:in[ \t\u00a0]+which|where|when)[ \t\u00a0]+(?:he|she)\b|^[^,]{0,60}\babout(?:[ \t\u00a0]+the)?[ \t\u00a0]*$|^[ \t\u00a0]+that[ \t\u00a0][^,]{0,80}$/u;

/** "the Mexican-born journalist": a description with a modifier, taken up again for someone named before. */
const DEFINITE_DESCRIPTION = /^the(?:[ \t\u00a0]+\S+){2,}$/iu;

/**
 * Words a title leaves in lower case (articles, short prepositions and
 * conjunctions): in “And if I did” spend … the lower-case verb shows a
 * speaker's words, not a title.
 */
const TITLE_SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'but',
  'or',
  'nor',
  'for',
  'of',
  'on',
  'in',
  'at',
  'to',
  'by',
  'with',
  'from',
  'as',
  'vs',
]);

/**
 * Someone whose words another agrees with ("appeared to agree with Ms. Pelosi
 * that “…”", "MPP agrees with Suthers' opinion that the suit is “…”"): group 1
 * is whose words the quotation is, not the subject's.
 */
const AGREED_WITH =
  /\bagree[sd]?[ \t\u00a0]+with[ \t\u00a0]+((?:\p{Lu}[\p{L}'’-]*\.?[ \t\u00a0]+)*\p{Lu}[\p{L}-]*)(?:['’]s?[ \t\u00a0]+\p{Ll}+)?[ \t\u00a0]+that\b[^,;:\u0000“”"]*$/u;

/**
 * Words reported as someone's warning, claim or assurance ("Despite last-ditch
 * warnings from the Obama administration that the legislation could hurt
 * national security and was “badly misguided,”"): group 1 is whose they are.
 */
const WORDS_FROM =
  /\b(?:warnings?|claims?|assurances?|complaints?|objections?|arguments?|criticism|insistence|promises?|pledges?)[ \t\u00a0]+(?:from|by)[ \t\u00a0]+((?:the[ \t\u00a0]+)?(?:\p{Lu}[\p{L}'’.-]*[ \t\u00a0]+)*(?:\p{Lu}[\p{L}'’.-]*|\p{Ll}+))[ \t\u00a0]+that\b[^;:\u0000“”"]*$/u;

/**
 * A short quotation the sentence goes on to call a term ("fueled by “radical
 * Islam” because the term grants them …"): it is mentioned, not said, so
 * nobody speaks it. ("when he used the word “theology”" stays his, and so
 * does “step down” "for not using the term": that term is another.)
 */
const TERM_AFTER =
  /^(?![^\u0000“”"]{0,30}?\b(?:using|uses|used|use|saying|say|said)[ \t\u00a0]+(?:the|this|that)[ \t\u00a0])[^\u0000“”"]{0,30}?\b(?:the|this|that)[ \t\u00a0]+(?:term|phrase|label|slogan)\b/iu;

/**
 * Words someone does not say ("he refused to say the words “radical
 * Islam”", "avoided using the term “…”"): nobody speaks them. ("when he used
 * the word “theology”" stays his.)
 */
const NOT_SAID =
  /\b(?:refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|fail(?:s|ed|ing)?|avoid(?:s|ed|ing)?|won['’]t|wouldn['’]t|didn['’]t|did[ \t\u00a0]+not|never)[ \t\u00a0]+(?:to[ \t\u00a0]+)?(?:say|saying|use|using|utter|uttering|mention|mentioning)[ \t\u00a0]+(?:the[ \t\u00a0]+(?:words?|terms?|phrases?|label)[ \t\u00a0]*)?[“"‘']?[ \t\u00a0]*$/u;

/**
 * A short quotation the sentence marks as a term by what comes before it:
 * "the so-called “medical conscience” rule", "this new brand of
 * “journalism”". It is named, not said.
 */
const TERM_BEFORE =
  /(?:\bso-called|\b(?:brand|kind|sort|type|form)[ \t\u00a0]+of)[ \t\u00a0]*[“"‘']?[ \t\u00a0]*$/iu;

/**
 * Words a crowd chants or a sign bears ("Chants of “We love you, Pelosi!” rang
 * out"), or the name of a thing ("a YouTube video called “Behind the scenes
 * with Kathy Griffin”"): no one person says them ("a military fight he called “…”" is his).
 */
const NOBODYS_WORDS =
  /(?:\b(?:[Cc]hants?|[Cc]ries|[Ss]houts|[Ss]igns?|[Bb]anners?|[Pp]lacards?)[ \t\u00a0]+(?:of|reading|that[ \t\u00a0]+read)|\b(?:a|an|the)[ \t\u00a0]+(?:[\p{L}-]+[ \t\u00a0]+){0,2}(?!(?:he|she|they|we|you|it|i)[ \t\u00a0])\p{Ll}+[ \t\u00a0]+(?:called|named|titled|entitled))[ \t\u00a0]*[“"‘']?[ \t\u00a0]*$/u;

/** A phrase someone is shouting is words, however capitalised ("was heard shouting “Allahu Akbar”"): a title is never shouted. */
const SHOUTED = /\b(?:shout|yell|scream|chant)ing[ \t\u00a0]*[“"‘']?[ \t\u00a0]*$/u;

/** Words longer than this in quotes are someone's words even beside "the term". */
const TERM_MAX_WORDS = 3;

/** Something issued that a later sentence refers to ("the statement continued"): whoever was last quoted issued it. */
const ISSUED_THING = /^the[ \t\u00a0]+(?:statement|release|announcement)$/iu;

/** A question put to the speaker ("Asked point-blank, “Is that you?” Weiner replied"): nobody named asks it. */
const QUESTION_PUT = /^[ \t\u00a0]*Asked\b[^\u201c\u201d"]*$/u;

/** An auxiliary after a subject ("Mr. Santorum did not back down"): the verb follows it. */
const AUXILIARY = /^(?:did|does|do|was|is|has|had|have|would|will|could|can|should|may|might|must)$/u;

/** An article and a few adjectives before a subject that opens the sentence ("An incredulous Bob Schieffer began …"). */
const DESCRIBED = /^(?:A|An|The)(?:[ \t\u00a0]+\p{Ll}+){1,3}$/u;

/** A party word and a role before a subject that opens the sentence ("Republican presidential nominee Mitt Romney has …"). */
const PARTY_DESCRIBED = new RegExp(
  `^(?:(?:A|An|The)[ \\t\\u00a0]+(?:\\p{Ll}+[ \\t\\u00a0]+)?)?(?:${[...PARTY_DESCRIPTORS].map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('|')})(?:[ \\t\\u00a0]+\\p{Ll}+){1,3}$`,
  'u',
);

/**
 * A verb after a name, perhaps past an appositive between commas: a short one
 * of any kind ("Rep. Jay Inslee, D-Wash., commented"), or a longer description
 * or relative clause in lower case ("Scotto, who was asking about fundraising
 * during Grimm's first campaign, protested").
 */
const SUBJECT_VERB =
  /^(?:,[^,\u0000]{1,60},|,[ \t\u00a0]+(?:who|a|an|the)[ \t\u00a0][^,\u0000]{56,140},)?(?:[ \t\u00a0]+(?:on|in|last|this)[ \t\u00a0]+\p{Lu}\p{L}*\.?(?:[ \t\u00a0]+\d{1,2})?)?(?:[ \t\u00a0]+(?:\p{Ll}+ly|later|earlier|also|then|again|now))*[ \t\u00a0]+(\p{Ll}+)/u;

/**
 * A verb coordinated inside a subordinate clause whose subject is a
 * description: "after the man approached the congressman and asked if …".
 * Group 1 is the clause's subject, who speaks rather than the sentence's.
 */
const COORDINATED_IN_CLAUSE =
  /\b(?:after|when|before|while|because|until|once|as)[ \t\u00a0]+((?:the|a|an)(?:[ \t\u00a0]+\p{Ll}[\p{Ll}-]*){1,3})[ \t\u00a0]+\p{Ll}+ed\b[^,;:\u0000“”"]*?\band[ \t\u00a0]+(?:\p{Ll}+ly[ \t\u00a0]+)?(?:said|asked|added|replied|told)\b[^,;:\u0000“”"]*$/u;

/**
 * A description that opens the sentence, or its clause after a short opening
 * phrase, as its subject: an appositive or a verb follows ("A young man,
 * dressed in …, approached …", "Several hours earlier, a senior administration
 * official also pushed back", "WASHINGTON — The Obama administration tried"). Group 1 is
 * the description.
 */
const OPENING_DESCRIPTION =
  /^(?:[^,\u0000“”"\u2014]{1,40}(?:,|[ \t\u00a0][\u2014\u2013]|[ \t\u00a0]--)[ \t\u00a0]+)?((?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)(?:[ \t\u00a0]+[\p{L}-]+){0,2}?[ \t\u00a0]+\p{Ll}+)(?=[ \t\u00a0]*,|(?:[ \t\u00a0]+(?:\p{Ll}+ly|also|then|later|earlier))*[ \t\u00a0]+\p{Ll}{2,}ed\b)/u;

/** A politician taken up by state and party as the sentence's subject ("The California Democrat spoke …"): group 1. */
const OPENING_PARTY_EPITHET = new RegExp(
  `^((?:The|the)(?:[ \\t\\u00a0]+\\p{Lu}[\\p{L}.'’-]*){1,3}[ \\t\\u00a0]+(?:${[...PARTY_DESCRIPTORS].map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('|')}))(?=[ \\t\\u00a0]+\\p{Ll})`,
  'u',
);

/** A name set off as an appositive, then its verb ("the group’s chief executive, Barry Rand, issued"). */
const APPOSED_SUBJECT_VERB = /^,[ \t\u00a0]+(\p{Ll}+)/u;

/** Someone's answer introduced by a colon ("His response: “…”"): group 1 is whose. */
const ANSWER_OF =
  /(?:^|[.?!”"][ \t\u00a0]+|\u0000[ \t\u00a0]+)(His|Her)[ \t\u00a0]+(?:\p{Ll}+[ \t\u00a0]+)?(?:response|answer|reply|retort|reaction|explanation|message|advice|verdict)[ \t\u00a0]*:[ \t\u00a0]*$/u;

/** A word of the first person: the quotation is someone's own words ("a special spring in my step"); "US" is a country. */
const FIRST_PERSON = /(?<![\p{L}'’])(?:I|me|my|mine|myself|we|us|our|ours|ourselves)(?![\p{L}'’])/u;

/** A noun for someone by what they do ("writer", "host", "anchor", "columnist"): a role before a name. */
const AGENT_NOUN = /^(?:\p{Ll}{2,}(?:er|or|ist|ian|man|woman)|\p{Ll}*(?:host|anchor|star))$/u;

/** Two names joined by "and" as one speaker phrase ("Obama and Clinton"): groups 1 and 2. */
const NAMED_PAIR =
  /^(\p{Lu}[\p{L}.'’-]*(?:[ \t\u00a0]+\p{Lu}[\p{L}.'’-]*)*)[ \t\u00a0]+and[ \t\u00a0]+(\p{Lu}[\p{L}.'’-]*(?:[ \t\u00a0]+\p{Lu}[\p{L}.'’-]*)*)$/u;

/** A pronoun that opens its sentence as the subject. */
const OPENING_PRONOUN = /^[ \t\u00a0]*(he|she)\b/iu;

/** A quotation of an article with the speaker a reader gives it. */
export interface AttributedQuote {
  /** Index into the paragraphs given. */
  paragraph: number;
  /** Index into the paragraph's sentences. */
  sentence: number;
  /** The quotation as `extractQuotes` reads the sentence (its `speaker` the sentence's own phrase). */
  fact: Fact;
  /** The speaker's name, as fully as the article wrote it before; null when nobody can be named. */
  speaker: string | null;
}

/** A place in a paragraph: sentence index, then offset. */
type At = readonly [number, number];
const before = (a: At, b: At): boolean => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

/** Someone a later "he" or "she" may stand for, named at `at`. */
interface Antecedent {
  at: At;
  name: string;
  /** Two people named together, for "they": each as written. */
  pair?: readonly [string, string];
  /** The word read as the subject's verb, when a subject. */
  verb?: string;
  /** Named as the one a question was put to ("asked Trump, “…?”"), who answers it. */
  asked?: boolean;
}

interface Quote {
  sentence: number;
  reading: QuoteReading;
  /** Its chain: the quotations one quotation is split into by sentence ends. */
  chain: number;
}

/** Whether the last quotation before `sentence` still runs on: no sentence since has closed it. */
const openQuote = (quotes: readonly Quote[], sentence: number): boolean => {
  const last = quotes.at(-1);
  return last !== undefined && last.reading.runsOn && last.sentence < sentence;
};

/** The sentence before a quotation: a colon there introduces it ("His response: “…”"), so it is nobody's to carry over. */
const leadOf = (sentences: readonly string[], quote: Quote): string =>
  (sentences[quote.sentence] ?? '').slice(0, quote.reading.fact.start);

/**
 * Whether a subject after `lead` is the sentence's own: nothing before it, or
 * an opening phrase that is not itself a subject with its relative clause
 * ("The lawsuit, which was brought by …, Scott Pruitt, accused" is the
 * lawsuit's accusation).
 */
const opensSentence = (lead: string): boolean =>
  lead.trim() === '' ||
  (/,[ \t\u00a0]*$/u.test(lead) &&
    !/^[ \t\u00a0]*(?:the|a|an|this|that|these|those)\b/iu.test(lead) &&
    !/\b(?:which|who|whom|whose)\b/iu.test(lead));

/** A name whose last word makes it an organisation or a place ("the White House asked …"): never "he" or "she". */
const isInstitution = (name: string): boolean => {
  const head =
    name
      .trim()
      .split(/[ \t\u00a0]+/u)
      .at(-1)
      ?.toLowerCase() ?? '';
  return ORGANISATION_HEADS.has(head) || PLACE_HEADS.has(head);
};

/** Words as a reader counts them: a hyphenated compound is one ("marijuana-related"). */
const wordCount = (text: string): number => text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)?.length ?? 0;

/** A short quotation with every word capitalised but the small ones (“Scalise Strong”, “Face the Nation”). */
function isTitleCased(fact: Fact): boolean {
  const words = (fact.quote ?? '').match(/[\p{L}\p{N}'’]+/gu) ?? [];
  if (words.length === 0 || words.length > TITLE_MAX_WORDS) return false;
  return words.every((word, index) => /^\p{Lu}/u.test(word) || (index > 0 && TITLE_SMALL_WORDS.has(word)));
}

/** A word after a subject that is a verb rather than a noun ("Ryan shot back", "Ramos later returned"; not "Senate Democratic aide"). */
const looksLikeVerb = (word: string): boolean =>
  /\p{Ll}{2}ed$/u.test(word) || AUXILIARY.test(word) || VERB_FORMS.has(word) || SPEECH_VERB_FORMS.test(word);

/**
 * Whether a subject (`clause` runs from it to the colon) introduces the
 * quotation after the colon: its verb is a verb, not a noun ("A top Senate
 * Democratic aide", "House interns hauled signs:"), no possessive ("Jones’
 * campaign told …:"), and no other clause ("Critics say … the code that
 * says:") or long aside comes between.
 */
function introducesWords(subject: Antecedent | null, clause: string): boolean {
  if (subject !== null) {
    if (!looksLikeVerb(subject.verb ?? '') || /['’]s?$/u.test(subject.name)) return false;
  }
  return wordCount(clause) <= COLON_CLAUSE_MAX_WORDS && !/\b(?:that|which|who|whom)\b/iu.test(clause);
}

/**
 * A title in quotation marks rather than someone's words: every word
 * capitalised but the small ones, neither opening its sentence nor introduced
 * by a colon or comma ("told NBC's “Today” show" but not "she said: “No.”").
 */
function isTitle(sentence: string, fact: Fact): boolean {
  if (!isTitleCased(fact)) return false;
  // "“Today” show host …": a title used as a name in the sentence.
  if (/^[ \t\u00a0]+\p{Ll}/u.test(sentence.slice(fact.end))) return true;
  const lead = sentence.slice(0, fact.start).trimEnd();
  return lead !== '' && !/[:,]$/u.test(lead);
}

/**
 * Who could be "he" or "she" in a sentence: the speakers its speech verbs name
 * and the names that stand as a subject (a name, perhaps an appositive between
 * commas, then a verb: "Charlene Lamb testified", "Rep. Jay Inslee, D-Wash.,
 * commented").
 */
function antecedentsIn(
  text: string,
  masked: string,
  speakers: readonly Span[],
  runs: readonly Span[],
  sentence: number,
): Antecedent[] {
  const found: Antecedent[] = [];
  /** The run after a qualified role ("Beat writer Larry Holder"): the subject, though words come before it. */
  let qualified = -1;
  for (const speaker of speakers) {
    // "Obama and Clinton referred to …": the two together, for a later "they" only.
    const pair = NAMED_PAIR.exec(speaker.text);
    if (pair)
      found.push({ at: [sentence, speaker.start], name: speaker.text, pair: [pair[1] ?? '', pair[2] ?? ''] });
    // "her office" speaks for someone, but no later "she" stands for it.
    else if (
      !PRONOUN.test(speaker.text) &&
      !PLURAL.test(speaker.text) &&
      !OWNED_BY_PRONOUN.test(speaker.text)
    )
      found.push({ at: [sentence, speaker.start], name: speaker.text });
  }
  for (const [index, run] of runs.entries()) {
    // A subject opens its clause: the sentence, or after a comma, semicolon or dash.
    const lead = masked.slice(0, run.start).trimEnd();
    const next = runs[index + 1];
    const paired =
      next !== undefined && /^[ \t\u00a0]+and[ \t\u00a0]+$/u.test(masked.slice(run.end, next.start));
    // "Meredith Vieira asked Trump, “…?” His response: …": the one asked answers, so a later "he" may stand for them.
    if (/\b(?:ask|asks|asked|asking)$/u.test(lead)) {
      // Only a question put to them ("asked Trump, “…?”", "asked Msgr. Farmer if he knew"), not "asked Mexico for payment".
      if (/^[ \t\u00a0]*(?:,?[ \t\u00a0]*\u0000|(?:if|whether)\b)/u.test(masked.slice(run.end)))
        found.push({ at: [sentence, run.start], name: run.text, asked: true });
      continue;
    }
    // "The New York Democrat, who …, granted": a description in capitals, not a name to give "he".
    if (/(?:^|[ \t\u00a0])(?:the|a|an)$/iu.test(lead)) continue;
    if (
      lead !== '' &&
      // A clause may open after a dash or semicolon and "and"/"but" ("… in U.S. history -- and Donald Trump ripped …");
      // after a comma, "and Timmons, now 16, was armed" is more often a clause inside another's report.
      !/(?:[,;:\u2014-]|(?:--|[;\u2014])[ \t\u00a0]*(?:and|but))$/u.test(lead) &&
      // A name right after a quotation closed by a comma opens the clause ("about the “47 percent,” Mr. Ryan reminded").
      !(/\u0000$/u.test(lead) && /[,;][”"’']$/u.test(text.slice(0, run.start).trimEnd())) &&
      !lead.split(/\s+/u).every(isCommonWord) &&
      index !== qualified &&
      !DESCRIBED.test(lead) &&
      !PARTY_DESCRIBED.test(lead)
    )
      continue;
    // "Talk-show host Ellen DeGeneres launched …", "Beat writer Larry Holder puts …": a capitalised word
    // before a role noun and a name qualifies the role; the name is the subject.
    const between = next === undefined ? '' : masked.slice(run.end, next.start);
    const role = /^[ \t\u00a0]+(\p{Ll}+)[ \t\u00a0]+$/u.exec(between)?.[1] ?? '';
    if (
      lead === '' &&
      next !== undefined &&
      /[ \t\u00a0]/u.test(next.text) &&
      !/['’]s?$/u.test(run.text) &&
      !isCommonWord(role) &&
      !looksLikeVerb(role) &&
      (TITLES.has(role) || PERSON_NOUNS.has(role) || AGENT_NOUN.test(role))
    ) {
      qualified = index + 1;
      continue;
    }
    // A party-and-state tag ("D-Ill.", "R-Texas") is no one, nor a party word in a description ("The presumptive Republican presidential nominee").
    if (/^\p{Lu}-\p{Lu}/u.test(run.text) || PARTY_DESCRIPTORS.has(run.text.toLowerCase())) continue;
    // A participle capitalised because it opens the sentence ("Looking back on the career that followed, she told …").
    if (lead === '' && /^\p{Lu}\p{Ll}+ing$/u.test(run.text)) continue;
    const after = masked.slice(run.end);
    const verb =
      SUBJECT_VERB.exec(after)?.[1] ?? (/,$/u.test(lead) ? APPOSED_SUBJECT_VERB.exec(after)?.[1] : undefined);
    if (verb !== undefined && (!isCommonWord(verb) || AUXILIARY.test(verb)))
      found.push({ at: [sentence, run.start], name: run.text, verb });
    // "Mr. Udall and Mr. Wyden released …": the two together, for a later "they".
    const pairVerb = paired ? SUBJECT_VERB.exec(masked.slice(next.end))?.[1] : undefined;
    if (paired && pairVerb !== undefined && (!isCommonWord(pairVerb) || AUXILIARY.test(pairVerb)))
      found.push({
        at: [sentence, run.start],
        name: `${run.text} and ${next.text}`,
        pair: [run.text, next.text],
      });
  }
  return found.sort((a, b) => (before(a.at, b.at) ? -1 : 1));
}

/**
 * Speakers for every quotation of an article, read a paragraph at a time
 * (`paragraphs` holds each paragraph's sentences, in order):
 *
 * - the speaker phrase of the quotation's own sentence (`findSpeakers`:
 *   "X said", "said X", "X told Y:", "according to X", "X, the …, said");
 * - a quotation the sentence splitter cut keeps one speaker for all its parts;
 * - a quotation with none takes the last speaker named before it in the
 *   paragraph (the next quotation of the same speaker), else the speaker of the
 *   next sentence ("“…” It was “…,” LaBolt said.");
 * - "he" and "she" stand for the last person named before them in the
 *   paragraph (never an organisation or place), else in the paragraph before:
 *   one of two places attribution looks past a paragraph, since a paragraph
 *   that opens with a quotation says who speaks only with a pronoun; the other
 *   is a paragraph that ends with a colon ("Mediaite … writes:"), whose
 *   speaker the quotation opening the next paragraph takes;
 * - a name is given as fully as the article wrote it before ("Peskov" →
 *   "Dmitry Peskov", "ISW" → "Institute for the Study of War").
 *
 * Terms and titles in quotes (fewer than `CARRY_MIN_WORDS` words without a
 * speaker in their sentence, or title-cased) get no speaker: nobody says them.
 */
export function attributeQuotes(paragraphs: readonly (readonly string[])[]): AttributedQuote[] {
  const book = new NameBook();
  const attributed: AttributedQuote[] = [];
  let previous: Antecedent[] = [];
  /** Who the paragraph before introduced with a colon ("Mediaite … writes …, and argues that …:"), for the quotation that opens this one. */
  let introduced: string | null = null;
  paragraphs.forEach((sentences, paragraph) => {
    const quotes: Quote[] = [];
    const antecedents: Antecedent[] = [];
    /** Speakers named outside quotations, per sentence, for the quotation before them. */
    const named: { sentence: number; start: number; text: string }[] = [];
    let chain = -1;
    let pronounSubject = false;
    sentences.forEach((text, sentence) => {
      const { quotes: readings, masked, speakers } = readSentence(text);
      if (/\b(?:he|she)\b/iu.test(masked)) pronounSubject = true;
      const runs = nameRuns(masked);
      for (const reading of readings) {
        const last = quotes.at(-1);
        // Sentences between the two parts, with no marks of their own, are inside the quotation.
        const continues = reading.opensBefore && last?.reading.runsOn === true;
        if (!continues) chain++;
        quotes.push({ sentence, reading, chain });
      }
      // A sentence with no marks inside a quotation that runs on is the speaker's words: nobody is named in it.
      const inside =
        readings.length === 0 && quotes.at(-1)?.reading.runsOn === true && openQuote(quotes, sentence);
      book.readTitled(nameRuns(text));
      if (inside) return;
      antecedents.push(...antecedentsIn(text, masked, speakers, runs, sentence));
      book.read(runs);
      book.learnRoles(appositiveRoles(masked, runs));
      for (const speaker of speakers) {
        named.push({ sentence, start: speaker.start, text: speaker.text });
        book.readSpeaker(speaker.text);
      }
    });

    /** Two people named together, by the speaker name they were given ("Mark Udall and Ron Wyden"), for a later "they". */
    const pairs = new Map<string, readonly [string, string]>();
    const nameOf = (antecedent: Antecedent, gender: Gender | null = null): string | null => {
      if (!antecedent.pair) return book.fullName(antecedent.name, gender);
      const [first, second] = antecedent.pair.map((name) => book.fullName(name));
      if (!first || !second) return null;
      pairs.set(`${first} and ${second}`, [first, second]);
      return `${first} and ${second}`;
    };

    const resolve = (phrase: string, at: At): string | null => {
      // "his campaign": whose it is, then what ("Martin O'Malley's campaign").
      const owned = OWNED_BY_PRONOUN.exec(phrase);
      if (owned) {
        const owner = resolve(owned[1]?.toLowerCase() === 'his' ? 'he' : 'she', at);
        return owner === null ? null : `${owner}'s ${owned[2] ?? ''}`;
      }
      // "Mr. Trump’s adoring fans": whose they are in full, then who.
      const possessed = POSSESSED.exec(phrase);
      if (possessed) return `${book.fullName(possessed[1] ?? '') ?? possessed[1]}${possessed[2]}`;
      const plural = PLURAL.test(phrase);
      // "both Obama and Clinton referred to …": each in full, together.
      const pair = NAMED_PAIR.exec(phrase.trim());
      if (pair) {
        const [first, second] = [pair[1], pair[2]].map((name) => book.fullName(name ?? ''));
        if (first && second) {
          pairs.set(`${first} and ${second}`, [first, second]);
          return `${first} and ${second}`;
        }
      }
      if (!PRONOUN.test(phrase) && !plural) {
        const named = book.fullName(phrase);
        if (named === null && ISSUED_THING.test(phrase.trim())) {
          const quoted = (candidate: Antecedent): boolean =>
            candidate.at[1] === -1 && candidate.pair === undefined;
          const issuer =
            antecedents.findLast((candidate) => before(candidate.at, at) && quoted(candidate)) ??
            previous.findLast(quoted);
          return issuer === undefined ? null : issuer.name;
        }
        if (named !== null || !DEFINITE_DESCRIPTION.test(phrase.trim())) return named;
        // "the plan said called it …", "the plan told reporters said …": a subject and its verb, not a description of someone.
        const words = phrase.trim().split(/[ \t\u00a0]+/u);
        if (
          looksLikeVerb(words.at(-1) ?? '') ||
          words.some((word) => SPEECH_VERB_FORMS.test(word) || AUXILIARY.test(word))
        )
          return null;
        // "the Obama administration", "the Georgetown University letter": a name in it says whose; as written.
        const modifiers = phrase
          .trim()
          .split(/[ \t\u00a0]+/u)
          .slice(1, -1);
        if (
          modifiers.some(
            (word) => /^\p{Lu}[\p{L}.]*$/u.test(word) && !PARTY_DESCRIPTORS.has(word.toLowerCase()),
          )
        )
          return phrase.trim().replace(/^the[ \t\u00a0]+/iu, '');
        // "the Mexican-born journalist" nobody was given by apposition: the person last named in full as a speaker or subject.
        const acts = (candidate: Antecedent): boolean =>
          candidate.pair === undefined && (candidate.verb === undefined || looksLikeVerb(candidate.verb));
        const last =
          antecedents.findLast((candidate) => before(candidate.at, at) && acts(candidate)) ??
          previous.findLast(acts);
        const person = last === undefined ? null : nameOf(last);
        return person !== null && /[ \t\u00a0]/u.test(person) ? person : null;
      }
      // A description nobody was given ("the congressman", with no name for it) is no one "he" can stand for.
      const named = (candidate: Antecedent): boolean =>
        (candidate.pair !== undefined) === plural &&
        (plural || !isInstitution(candidate.name)) &&
        nameOf(candidate) !== null;
      const antecedent =
        antecedents.findLast((candidate) => before(candidate.at, at) && named(candidate)) ??
        previous.findLast(named) ??
        null;
      // "she" after "Clinton" is the Clinton whose given name is a woman's.
      return antecedent === null
        ? null
        : nameOf(antecedent, PRONOUN_GENDER.get(phrase.toLowerCase()) ?? null);
    };

    /** Whose remark a quotation gives: the name before "'s", or for "his"/"her" the last name before it in the sentence. */
    const remarkOwner = (quote: Quote, remark: RegExpExecArray): string | null => {
      if (remark[1] !== undefined) return book.fullName(remark[1]);
      const { masked } = readSentence(sentences[quote.sentence] ?? '');
      const named = nameRuns(masked.slice(0, remark.index)).at(-1);
      if (named) return book.fullName(named.text);
      const pronoun = remark[2]?.toLowerCase() === 'her' ? 'she' : 'he';
      return resolve(pronoun, [quote.sentence, remark.index]);
    };

    const speakerOfChain = new Map<number, string | null>();
    for (let index = 0; index < quotes.length; index++) {
      const quote = quotes[index]!;
      if (!speakerOfChain.has(quote.chain)) {
        const members = quotes.filter((other) => other.chain === quote.chain);
        const own = members.find((member) => member.reading.fact.speaker);
        const words = members.reduce(
          (total, member) => total + wordCount(member.reading.fact.quote ?? ''),
          0,
        );
        const sentenceText = sentences[quote.sentence] ?? '';
        const title =
          members.length === 1 &&
          !SHOUTED.test(leadOf(sentences, quote)) &&
          isTitle(sentenceText, quote.reading.fact);
        const term =
          members.length === 1 &&
          words <= TERM_MAX_WORDS &&
          TERM_AFTER.test(sentenceText.slice(quote.reading.fact.end).replace(/^[”"’',.]+/u, ''));
        const notSaid =
          members.length === 1 &&
          (NOT_SAID.test(leadOf(sentences, quote)) ||
            NOBODYS_WORDS.test(leadOf(sentences, quote)) ||
            (words <= TERM_MAX_WORDS && TERM_BEFORE.test(leadOf(sentences, quote))));
        let speaker: string | null = null;
        // "Asked whether …, Mr. Santorum did not back down, saying, “…”": the answer, not the question.
        const asked =
          QUESTION_PUT.test(leadOf(sentences, quote)) &&
          !PARTICIPLE.test(leadOf(sentences, quote)) &&
          (own?.reading.fact.speaker?.start ?? Infinity) > quote.reading.fact.start;
        const agreed = AGREED_WITH.exec(leadOf(sentences, quote));
        const warned = WORDS_FROM.exec(leadOf(sentences, quote));
        const remark = REMARK_OF.exec(leadOf(sentences, quote));
        if (title || asked || term || notSaid) speaker = null;
        else if (agreed) speaker = book.fullName(agreed[1] ?? '');
        else if (warned && !own?.reading.fact.speaker)
          speaker = resolve(warned[1] ?? '', [quote.sentence, warned.index]);
        else if (remark && REMARK_TAIL.test(remark[3] ?? '')) speaker = remarkOwner(quote, remark);
        else if (own?.reading.fact.speaker) {
          const phrase = own.reading.fact.speaker;
          speaker = resolve(phrase.text, [own.sentence, phrase.start]);
        } else if (PARTICIPLE.test(leadOf(sentences, quote)) || WORDS_PUT_ON.test(leadOf(sentences, quote))) {
          const text = sentences[quote.sentence] ?? '';
          const pronoun = OPENING_PRONOUN.exec(text);
          const putOn = !PARTICIPLE.test(leadOf(sentences, quote));
          const subject = antecedents.find(
            (candidate) =>
              candidate.at[0] === quote.sentence &&
              candidate.at[1] >= 0 &&
              (!putOn || opensSentence(text.slice(0, candidate.at[1]))),
          );
          const lead = leadOf(sentences, quote);
          const subordinate = COORDINATED_IN_CLAUSE.exec(lead);
          const opening = OPENING_DESCRIPTION.exec(text);
          const epithet = OPENING_PARTY_EPITHET.exec(text);
          const head = opening?.[1]?.split(/[ \t\u00a0]+/u).at(-1) ?? '';
          // "The National Mall was filled with …" is no description of a subject: its last word is a verb.
          const described = opening && !isCommonWord(head) && !AUXILIARY.test(head) ? opening : null;
          // "… after the man approached the congressman and asked if he supported the “…”": the clause's own subject asks.
          if (subordinate) speaker = book.fullName(subordinate[1] ?? '');
          else if (pronoun) speaker = resolve(pronoun[1] ?? '', [quote.sentence, pronoun.index]);
          else if (subject && subject.at[1] < quote.reading.fact.start) speaker = nameOf(subject);
          // "A young man, dressed in a jacket and tie, approached the congressman …, saying: “…”": as described.
          else if (described && !putOn)
            speaker = resolve(described[1] ?? '', [quote.sentence, described.index]);
          // "The California Democrat spoke briefly to reporters after the vote, saying …": the politician taken up again.
          else if (epithet && !putOn) speaker = resolve(epithet[1] ?? '', [quote.sentence, 0]);
        } else if (/:[ \t\u00a0]*$/u.test(leadOf(sentences, quote))) {
          // "Ryan shot back: “…”", "He paused, then added: “…”": the subject before the colon speaks.
          const text = sentences[quote.sentence] ?? '';
          const lead = leadOf(sentences, quote);
          const subject = antecedents.find(
            (candidate) =>
              candidate.at[0] === quote.sentence &&
              candidate.at[1] >= 0 &&
              opensSentence(text.slice(0, candidate.at[1])) &&
              introducesWords(candidate, lead.slice(candidate.at[1])),
          );
          const pronoun = OPENING_PRONOUN.exec(text);
          const answer = ANSWER_OF.exec(lead);
          const signs = members.length === 1 && isTitleCased(quote.reading.fact);
          if (signs) speaker = null;
          else if (subject) speaker = nameOf(subject);
          else if (pronoun && introducesWords(null, lead.slice(pronoun.index)))
            speaker = resolve(pronoun[1] ?? '', [quote.sentence, pronoun.index]);
          // "His response: “…”": the answer of the one asked in this paragraph; after "asked him" nobody is named.
          else if (answer) {
            const asked = antecedents.findLast(
              (candidate) => candidate.asked === true && before(candidate.at, [quote.sentence, answer.index]),
            );
            speaker = asked === undefined ? null : nameOf(asked);
          }
        } else if (words >= CARRY_MIN_WORDS) {
          const at: At = [quote.sentence, quote.reading.fact.start];
          const last = members.at(-1)!;
          const earlier = antecedents.findLast(
            (candidate) =>
              before(candidate.at, at) &&
              (named.some(
                (phrase) => phrase.sentence === candidate.at[0] && phrase.start === candidate.at[1],
              ) ||
                candidate.at[1] === -1),
          );
          const next = named.find(
            (phrase) =>
              phrase.sentence === last.sentence + 1 &&
              (phrase.start < NEXT_SPEAKER_CHARS ||
                quotes.some(
                  (other) =>
                    other.sentence === phrase.sentence && other.reading.fact.speaker?.start === phrase.start,
                )),
          );
          const carried = [...speakerOfChain.values()].findLast((other) => other !== null);
          const opensParagraph = quote.sentence === 0 && leadOf(sentences, quote).trim() === '';
          if (introduced !== null && opensParagraph) speaker = introduced;
          else if (carried) speaker = carried;
          else if (earlier) speaker = nameOf(earlier);
          else if (next) speaker = resolve(next.text, [next.sentence, next.start]);
        }
        // "She has winning brought “a special spring in my step”": words in the first person, with no
        // speaker anywhere else, are the words of the subject that opens their sentence.
        const quoted = members.map((member) => member.reading.fact.quote ?? '').join(' ');
        if (speaker === null && !title && !asked && !term && !notSaid && FIRST_PERSON.test(quoted)) {
          const text = sentences[quote.sentence] ?? '';
          const pronoun = OPENING_PRONOUN.exec(text);
          const subject = antecedents.find(
            (candidate) =>
              candidate.at[0] === quote.sentence &&
              candidate.at[1] >= 0 &&
              candidate.at[1] < quote.reading.fact.start &&
              candidate.verb !== undefined &&
              opensSentence(text.slice(0, candidate.at[1])),
          );
          // A person's: "ATI is “basically throwing in the towel, leaving us …”" are someone else's words about ATI.
          const person = subject === undefined ? null : nameOf(subject);
          if (pronoun && pronoun.index < quote.reading.fact.start)
            speaker = resolve(pronoun[1] ?? '', [quote.sentence, pronoun.index]);
          else if (person !== null && isPersonName(person)) speaker = person;
        }
        speakerOfChain.set(quote.chain, speaker);
        // A resolved speaker is someone a later "he" may stand for, and the next quotation's speaker.
        if (speaker !== null) {
          const pair = pairs.get(speaker);
          antecedents.push({ at: [quote.sentence, -1], name: speaker, ...(pair ? { pair } : {}) });
        }
        antecedents.sort((a, b) => (before(a.at, b.at) ? -1 : 1));
      }
      attributed.push({
        paragraph,
        sentence: quote.sentence,
        fact: quote.reading.fact,
        speaker: speakerOfChain.get(quote.chain) ?? null,
      });
    }
    // A paragraph that ends "… writes:" hands its speaker to the quotation the next one opens with: the one other step across a paragraph.
    const closing = sentences.length - 1;
    const introducer = named.findLast((phrase) => phrase.sentence === closing);
    introduced =
      introducer !== undefined && /:[ \t\u00a0]*$/u.test(sentences[closing] ?? '')
        ? resolve(introducer.text, [introducer.sentence, introducer.start])
        : null;
    // A paragraph that names nobody but speaks of "he" or "she" hands on the last person named before it.
    if (antecedents.length > 0 || !pronounSubject) previous = antecedents;
  });
  return attributed;
}
