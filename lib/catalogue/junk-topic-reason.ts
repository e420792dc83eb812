import { isOnlyRoleNoun, isRoleNoun, type ConceptLexicon } from './concept-lexicon';
import type { Candidate } from './extract-candidates';
import { COMMON_NOUNS } from './word-lists';
import { singular } from '../lexicon/inflection';
import { ORGANISATION_HEADS } from '../lexicon/name-heads';

/**
 * Shares of a topic's occurrences past which its use says it is no concept.
 * Half: a phrase that stands before a name ("news outlet Zvezda", "special
 * envoy Steve Witkoff") at least every other time is how the corpus
 * introduces names; a single noun followed by "of/to/in" at least every other
 * time ("a halt to …", "the lack of …") takes its meaning from its complement,
 * and one that follows a name every other time ("the Obama administration")
 * from that name; so does one that is someone's every other time, after a
 * name or a possessive ("his remarks", "Rice's comments"), when it is in 8%
 * of the articles: everybody's noun, while a story's own happening, in few
 * articles, is mostly its agent's ("his resignation").
 * Burstiness (mentions per article that uses the word, Church and Gale's
 * measure of topicality): an article about a concept repeats it, while a
 * generic noun ("matter", "line", "thoughts") turns up about once in each
 * article it is in; 1.5 keeps a word repeated in every other article. Only a
 * word in at least 8% of the articles is judged so: news articles are short,
 * and the three reports of one event may each name its concept once
 * ("apology", "fundraiser"), while a generic noun is in articles of every story.
 */
export const JUNK = {
  descriptorShare: 0.5,
  relationalShare: 0.5,
  minBurstiness: 1.5,
  scatteredArticleShare: 0.08,
} as const;

export type JunkReason = 'descriptor' | 'role' | 'institution' | 'relational' | 'scattered' | 'generic';

function occurrences(candidate: Candidate): number {
  let sum = 0;
  for (const count of candidate.forms.values()) sum += count;
  return sum;
}

/** "candidate", "lawyer": one person of a kind, where the plural ("farmers") may be a group the news is about. */
function mostlySingular(candidate: Candidate): boolean {
  let singularCount = 0;
  let pluralCount = 0;
  for (const [form, count] of candidate.forms) {
    if (singular(form) === form) singularCount += count;
    else pluralCount += count;
  }
  return singularCount > pluralCount;
}

/**
 * "the department", "the administration", "the committee": an institution's
 * head noun, mostly in the singular, stands for one institution the news
 * names in full elsewhere ("Justice Department"); the name is the item.
 * Plurals ("schools", "funds") may be what a story is about.
 */
function isInstitutionNoun(candidate: Candidate): boolean {
  return (
    mostlySingular(candidate) &&
    [...candidate.forms.keys()].every((form) => ORGANISATION_HEADS.has(singular(form)))
  );
}

/**
 * Why a topic candidate is not worth comparing, or null when it is. Decided
 * by principle, from how the corpus uses the phrase and from the lexicon:
 * - descriptor: mostly a title or apposition before a name;
 * - role: a compound whose head noun names a person ("special envoy",
 *   "trading partners"), or a noun alone, mostly singular, whose every
 *   common sense is a person ("candidate", "lawyer"; not "fundraiser", also
 *   an event): people are compared as names, a role is not a
 *   concept (a group alone, "farmers", may be one);
 * - institution: an institution's head noun alone ("the department");
 * - relational: a single noun that mostly takes a complement ("halt"), or
 *   is mostly someone's, after the name or possessive that says whose
 *   ("the Obama administration", "Time magazine", "his remarks"): the owner
 *   is the item;
 * - scattered: a single noun in many articles, about once in each;
 * - generic: made only of nouns too common in news to mean anything alone
 *   ("military facilities").
 */
export function junkTopicReason(
  candidate: Candidate,
  lexicon: ConceptLexicon,
  articleCount: number,
): JunkReason | null {
  const total = occurrences(candidate);
  const words = (candidate.forms.keys().next().value ?? candidate.key).split(' ');
  if (total > 0 && candidate.beforeName / total >= JUNK.descriptorShare) return 'descriptor';
  if (candidate.words > 1 && isRoleNoun(lexicon, words.at(-1) ?? '')) return 'role';
  if (candidate.words === 1 && isOnlyRoleNoun(lexicon, candidate.key) && mostlySingular(candidate))
    return 'role';
  if (candidate.words === 1 && isInstitutionNoun(candidate)) return 'institution';
  const widespread = candidate.sources.size >= JUNK.scatteredArticleShare * articleCount;
  if (
    candidate.words === 1 &&
    total > 0 &&
    (candidate.beforeComplement / total >= JUNK.relationalShare ||
      candidate.afterName / total >= JUNK.relationalShare ||
      (widespread && (candidate.afterName + candidate.afterPossessive) / total >= JUNK.relationalShare))
  )
    return 'relational';
  if (candidate.words === 1 && widespread && total / candidate.sources.size < JUNK.minBurstiness)
    return 'scattered';
  if (candidate.words > 1 && words.every((word) => COMMON_NOUNS.has(word))) return 'generic';
  return null;
}
