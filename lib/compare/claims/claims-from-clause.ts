import { foldText } from '../../search/normalize';
import { CLAIM_LIMITS, type ClaimArg, type PlaceRef } from './claim-schema';
import {
  ATTRIBUTION_VERBS,
  HEDGE_ADJECTIVES,
  HEDGE_ADVERBS,
  HEDGE_MODALS,
  HEDGE_VERBS,
  LIGHT_VERBS,
  NEGATORS,
  PLACE_PREPOSITIONS,
} from './claim-words';

/**
 * One word of a clause as a part-of-speech tagger sees it (compromise's
 * `json()` terms at build time; hand-made in tests): its text, its lemma
 * ("attacked" → "attack") and its tags ("Verb", "Noun", "Place", …).
 */
export interface TaggedTerm {
  text: string;
  lemma: string;
  tags: readonly string[];
}

/** What the claim's words name: catalogue items and gazetteer places, resolved by the caller. */
export interface ClaimResolvers {
  item(text: string): string | null;
  place(text: string): PlaceRef | null;
  /** The country a name stands for: the country itself, its demonym, its capital. */
  country(text: string): string | null;
}

/** A claim before it knows its passage. */
export interface ClauseClaim {
  actor: ClaimArg | null;
  action: string;
  target: ClaimArg | null;
  place: PlaceRef | null;
  negated: boolean;
  hedged: boolean;
  text: string;
}

/** Nouns a phrase may not end on: they refer back, they name nothing. */
const PRONOUN = 'Pronoun';
/** How far back from a verb its subject may start, in words: a clause's subject is near its verb. */
const MAX_SUBJECT_GAP = 6;

const has = (term: TaggedTerm | undefined, tag: string): boolean => term?.tags.includes(tag) ?? false;
const lower = (term: TaggedTerm): string => foldText(term.text).replace(/[^\p{L}\p{N}']/gu, '');

function isAuxiliary(term: TaggedTerm): boolean {
  return has(term, 'Auxiliary') || has(term, 'Modal') || (has(term, 'Copula') && !has(term, 'Gerund'));
}

function isMainVerb(term: TaggedTerm): boolean {
  return has(term, 'Verb') && !isAuxiliary(term);
}

function isNominal(term: TaggedTerm): boolean {
  return (
    (has(term, 'Noun') || has(term, 'Adjective') || has(term, 'Value')) &&
    !has(term, 'Verb') &&
    !has(term, 'Preposition') &&
    !has(term, 'Determiner')
  );
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The noun run ending at `end` (inclusive), widened leftwards over adjectives and nouns. */
function runEndingAt(terms: readonly TaggedTerm[], end: number): [number, number] {
  let start = end;
  while (start > 0 && isNominal(terms[start - 1]!) && !has(terms[start - 1], 'Possessive')) start--;
  return [start, end];
}

/** The noun run starting at `start`, up to its head (the last noun before a non-noun). */
function runStartingAt(terms: readonly TaggedTerm[], start: number): [number, number] | null {
  let end = start;
  while (end + 1 < terms.length && isNominal(terms[end + 1]!)) end++;
  // A run must end on a noun: "strong" alone names nothing.
  while (end >= start && !has(terms[end], 'Noun')) end--;
  return end >= start ? [start, end] : null;
}

function argOf(
  terms: readonly TaggedTerm[],
  [start, end]: [number, number],
  resolvers: ClaimResolvers,
): ClaimArg | null {
  const head = terms[end];
  if (!head || has(head, PRONOUN)) return null;
  const text = terms
    .slice(start, end + 1)
    .map((term) => term.text)
    .join(' ')
    .replace(/[,.;:“”"]+$/u, '');
  // A country stands for its people and rulers: "Russia", "a Russian strike", "Moscow" (its capital).
  // A modifier that is a place ("US special envoy") does not make the head a country; a demonym does.
  const demonym = terms.slice(start, end + 1).find((term) => has(term, 'Demonym'));
  const country = has(head, 'Place')
    ? resolvers.country(head.text)
    : demonym
      ? resolvers.country(demonym.text)
      : null;
  return {
    text: clip(text, CLAIM_LIMITS.maxPhrase),
    head: clip(foldText(head.lemma), CLAIM_LIMITS.maxPhrase),
    itemId: resolvers.item(text),
    country,
  };
}

/** The subject: the nearest noun before the verb, past auxiliaries, adverbs and negators. */
function subjectBefore(terms: readonly TaggedTerm[], verb: number): [number, number] | null {
  for (let i = verb - 1; i >= 0 && verb - i <= MAX_SUBJECT_GAP; i--) {
    const term = terms[i]!;
    if (has(term, 'Noun') && !has(term, 'Possessive'))
      return has(term, PRONOUN) ? null : runEndingAt(terms, i);
    if (has(term, 'Preposition') || has(term, 'Conjunction') || isMainVerb(term)) return null;
  }
  return null;
}

/** The object: the first noun run after the verb, past determiners, adverbs and negators. */
function objectAfter(
  terms: readonly TaggedTerm[],
  verb: number,
): { run: [number, number]; negated: boolean } | null {
  let negated = false;
  for (let i = verb + 1; i < terms.length; i++) {
    const term = terms[i]!;
    if (NEGATORS.has(lower(term))) {
      negated = true;
      continue;
    }
    if (has(term, 'Determiner') || has(term, 'Adverb') || (has(term, 'Possessive') && has(term, PRONOUN)))
      continue;
    if (isNominal(term)) {
      const run = runStartingAt(terms, i);
      return run ? { run, negated } : null;
    }
    return null;
  }
  return null;
}

/** "in southern Ukraine", "at the 2008 event in Norfolk": the first place after the verb. */
function placeAfter(terms: readonly TaggedTerm[], verb: number, end: number): string | null {
  for (let i = verb + 1; i < end; i++) {
    if (!PLACE_PREPOSITIONS.has(lower(terms[i]!))) continue;
    let j = i + 1;
    while (j < end && (has(terms[j], 'Determiner') || has(terms[j], 'Adjective') || has(terms[j], 'Value')))
      j++;
    const words: string[] = [];
    let sawPlace = false;
    while (j < end && isNominal(terms[j]!)) {
      sawPlace ||= has(terms[j], 'Place');
      words.push(terms[j]!.text);
      j++;
    }
    if (sawPlace) return words.join(' ').replace(/[,.;:]+$/u, '');
  }
  return null;
}

/** A place named before the verb as the clause's frame: "In Ukraine’s Odesa region, a strike …". */
function framePlace(terms: readonly TaggedTerm[], verb: number): string | null {
  const first = terms[0];
  if (!first || !PLACE_PREPOSITIONS.has(lower(first))) return null;
  const words: string[] = [];
  let sawPlace = false;
  for (let i = 1; i < verb && isNominal(terms[i]!); i++) {
    sawPlace ||= has(terms[i], 'Place');
    words.push(terms[i]!.text);
    if (/[,;]$/u.test(terms[i]!.text)) break;
  }
  return sawPlace ? words.join(' ').replace(/[,.;:]+$/u, '') : null;
}

/** Prepositions that take an act's target in a noun phrase: "a strike on a gas facility". */
const TARGET_PREPOSITIONS = new Set(['on', 'against', 'upon']);

/**
 * Acts told as nouns with their actor's nationality: "a Russian strike on a
 * natural gas facility" is Russia striking the facility.
 */
function nominalClaims(terms: readonly TaggedTerm[], resolvers: ClaimResolvers, text: string): ClauseClaim[] {
  const claims: ClauseClaim[] = [];
  for (let i = 0; i + 2 < terms.length; i++) {
    if (!has(terms[i], 'Demonym')) continue;
    const run = runStartingAt(terms, i + 1);
    if (!run) continue;
    const act = terms[run[1]]!;
    if (!TARGET_PREPOSITIONS.has(lower(terms[run[1] + 1] ?? act))) continue;
    const object = objectAfter(terms, run[1] + 1);
    const actor = argOf(terms, [i, i], resolvers);
    if (!actor || !object) continue;
    const placeText = placeAfter(terms, run[1], terms.length) ?? framePlace(terms, i);
    claims.push({
      actor,
      action: foldText(act.lemma),
      target: argOf(terms, object.run, resolvers),
      place: placeText ? resolvers.place(placeText) : null,
      negated: object.negated,
      hedged: terms.some((term) => HEDGE_ADVERBS.has(lower(term))),
      text,
    });
  }
  return claims;
}

/**
 * "With Witkoff in Moscow, rescuers …": a clause opened by "with", a name
 * and a place says the named one is there, though no verb says it. Only a
 * proper name and a place the gazetteer knows ("with the talks in mind"
 * names no one, nowhere).
 */
function presenceClaim(terms: readonly TaggedTerm[], resolvers: ClaimResolvers, text: string): ClauseClaim[] {
  if (lower(terms[0] ?? { text: '', lemma: '', tags: [] }) !== 'with') return [];
  const run = runStartingAt(terms, 1);
  if (!run || !has(terms[run[1]], 'ProperNoun') || has(terms[run[1]], 'Place')) return [];
  const preposition = terms[run[1] + 1];
  if (!preposition || !PLACE_PREPOSITIONS.has(lower(preposition))) return [];
  // The opening ends at its comma: "With Witkoff in Moscow, rescuers …".
  const placeText = placeAfter(terms, run[1], terms.length)?.split(',')[0];
  const place = placeText ? resolvers.place(placeText) : null;
  const actor = argOf(terms, run, resolvers);
  if (!place || !actor) return [];
  return [{ actor, action: 'be', target: null, place, negated: false, hedged: false, text }];
}

/**
 * The claims of one clause: each main verb that is not mere attribution,
 * with its subject (actor), object (target) and place, negated when a
 * negator precedes it or denies its object ("no deal"), hedged when a modal,
 * a hedging adverb or a hedging verb frames it ("could agree", "reportedly",
 * "is considering"). A clause whose verb has no nameable actor and no
 * target says nothing comparable and yields nothing.
 */
export function claimsFromClause(terms: readonly TaggedTerm[], resolvers: ClaimResolvers): ClauseClaim[] {
  const claims: ClauseClaim[] = [];
  const text = clip(
    terms
      .map((term) => term.text)
      .join(' ')
      .trim()
      .replace(/[,;:]+$/u, ''),
    CLAIM_LIMITS.maxText,
  );
  const hedgedByClause = terms.some((term) => HEDGE_ADVERBS.has(lower(term)));
  let lastActor: ClaimArg | null = null;
  for (let verb = 0; verb < terms.length; verb++) {
    const term = terms[verb]!;
    if (!has(term, 'Verb') || isAuxiliary(term)) continue;
    // A gerund after a possessive, article or preposition is a noun ("a war of Obama’s choosing").
    const previous = terms[verb - 1];
    if (
      has(term, 'Gerund') &&
      (has(previous, 'Possessive') || has(previous, 'Determiner') || has(previous, 'Preposition'))
    )
      continue;
    const action = foldText(term.lemma);
    let negated = false;
    let hedged = hedgedByClause;
    for (let i = verb - 1; i >= 0 && verb - i <= MAX_SUBJECT_GAP; i--) {
      const before = terms[i]!;
      const word = lower(before);
      if (NEGATORS.has(word) || has(before, 'Negative')) negated = true;
      else if (HEDGE_MODALS.has(word) || HEDGE_ADJECTIVES.has(word)) hedged = true;
      else if (has(before, 'Verb') && HEDGE_VERBS.has(foldText(before.lemma))) hedged = true;
      else if (!isAuxiliary(before) && !has(before, 'Adverb') && word !== 'to') break;
    }
    // "is considering a truce": the consideration is hedged talk of the truce. (A verb that follows,
    // "considering imposing sanctions", finds the hedging verb just before it.)
    if (HEDGE_VERBS.has(action)) hedged = true;
    if (ATTRIBUTION_VERBS.has(action) || LIGHT_VERBS.has(action)) continue;
    const subject = subjectBefore(terms, verb);
    const actor: ClaimArg | null = subject ? argOf(terms, subject, resolvers) : lastActor;
    const object = objectAfter(terms, verb);
    const target = object ? argOf(terms, object.run, resolvers) : null;
    if (object?.negated) negated = true;
    if (!actor && !target) continue;
    if (actor) lastActor = actor;
    const placeText = placeAfter(terms, verb, terms.length) ?? framePlace(terms, verb);
    claims.push({
      actor,
      action,
      target,
      place: placeText ? resolvers.place(placeText) : null,
      negated,
      hedged,
      text,
    });
  }
  return [...claims, ...nominalClaims(terms, resolvers, text), ...presenceClaim(terms, resolvers, text)];
}
