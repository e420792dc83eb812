import nlp from 'compromise';
import type { Article } from '../corpus';
import {
  claimsFromClause,
  type Claim,
  type ClaimResolvers,
  type ClauseClaim,
  type TaggedTerm,
} from '../compare/claims';
import type { Matcher } from '../entities';
import { passageId } from '../search/passage';
import { resolveCountry, resolvePlace } from './place-gazetteer';
import { sharedActVerbs } from './verb-act-kind';

interface CompromiseTerm {
  text: string;
  post: string;
  root?: string;
  normal: string;
  tags: string[];
}

/** A capitalised preposition inside a clause starts a sentence the tagger missed ("… on X. In Ukraine’s Odesa region, …"). */
const SENTENCE_OPENING_PREPOSITION = /^(?:In|At|On|Near|Across|Inside|Outside)$/u;

/** A clause cut where a sentence the tagger ran on begins. */
function sentencePieces(terms: readonly CompromiseTerm[]): CompromiseTerm[][] {
  const pieces: CompromiseTerm[][] = [[]];
  terms.forEach((term, index) => {
    if (index > 0 && SENTENCE_OPENING_PREPOSITION.test(term.text)) pieces.push([]);
    pieces.at(-1)!.push(term);
  });
  return pieces;
}

/** A clause's words as claimsFromClause reads them: a comma after a word is kept, it ends a frame. */
function taggedTerms(terms: readonly CompromiseTerm[]): TaggedTerm[] {
  return terms.map((term) => ({
    text: /[,;]/u.test(term.post) ? `${term.text},` : term.text,
    lemma: term.root ?? term.normal,
    tags: term.tags,
  }));
}

/** The JSON compromise gives per term: only what the rules read (the full form costs three times as much). */
const TERM_FIELDS = {
  text: true,
  terms: { text: true, tags: true, root: true, normal: true },
  offset: true,
};

interface TaggedClause {
  /** Where the clause starts in the text parsed. */
  start: number;
  terms: CompromiseTerm[];
}

/** A text's clauses, tagged and lemmatised by compromise (one parse: a paragraph costs half its sentences apart). */
function taggedClauses(text: string): TaggedClause[] {
  const doc = nlp(text);
  doc.compute('root');
  const clauses = doc.clauses().json(TERM_FIELDS) as {
    offset?: { start: number };
    terms: CompromiseTerm[];
  }[];
  return clauses.flatMap((clause) =>
    sentencePieces(clause.terms).map((terms) => ({ start: clause.offset?.start ?? 0, terms })),
  );
}

/** The claims of consecutive clauses of one sentence. A clause without a verb ("In Ukraine’s Odesa region,") frames the one after it. */
function claimsOfClauses(clauses: readonly TaggedClause[], resolvers: ClaimResolvers): ClauseClaim[] {
  const claims: ClauseClaim[] = [];
  let frame: TaggedTerm[] = [];
  for (const clause of clauses) {
    const terms = [...frame, ...taggedTerms(clause.terms)];
    frame = [];
    if (!terms.some((term) => term.tags.includes('Verb'))) frame = terms;
    else claims.push(...claimsFromClause(terms, resolvers));
  }
  return claims;
}

/** The claims of one sentence (or a few the splitter kept together). */
export function sentenceClaims(text: string, resolvers: ClaimResolvers): ClauseClaim[] {
  return claimsOfClauses(taggedClauses(text), resolvers);
}

/** Catalogue items by the catalogue's matcher, places and countries by the gazetteer. */
export function claimResolvers(matcher: Matcher): ClaimResolvers {
  return {
    item: (text) => matcher.findAll(text).at(-1)?.entityId ?? null,
    place: resolvePlace,
    country: resolveCountry,
  };
}

/**
 * Every claim of the articles' passages, at build time (compromise does not
 * ship). Each paragraph is parsed once and its clauses go to the passage
 * (the search index's own sentence) they start in.
 */
export function extractClaims(articles: readonly Article[], matcher: Matcher): Claim[] {
  const resolvers = claimResolvers(matcher);
  const isAct = sharedActVerbs();
  const claims: Claim[] = [];
  for (const article of articles) {
    for (const paragraph of article.paragraphs) {
      const byPassage = new Map<string, TaggedClause[]>();
      for (const clause of taggedClauses(paragraph.text)) {
        const at = paragraph.start + clause.start;
        const sentence =
          paragraph.sentences.findLast((candidate) => candidate.start <= at) ?? paragraph.sentences[0];
        if (!sentence) continue;
        const id = passageId(article.meta.id, sentence.index);
        byPassage.set(id, [...(byPassage.get(id) ?? []), clause]);
      }
      for (const [id, clauses] of byPassage)
        for (const claim of claimsOfClauses(clauses, resolvers))
          // A claim nobody makes is set against nothing (compareClaims needs an actor): not shipped.
          if (claim.actor) claims.push({ passageId: id, ...claim, act: isAct(claim.action) });
    }
  }
  return claims;
}
