import nlp from 'compromise';
import type { Article } from '../corpus';
import { claimsFromClause, type Claim, type TaggedTerm } from '../compare/claims';
import type { Matcher } from '../entities';
import { articlePassages } from '../search/passage';
import { resolveCountry, resolvePlace } from './place-gazetteer';

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

/**
 * Every claim of the articles' sentences, read with compromise (its clauses,
 * tags and lemmas) at build time; actors and targets resolved to catalogue
 * items by the catalogue's matcher, places by the gazetteer. The passages are
 * the search index's own, so a claim's passage id is the passage's.
 */
export function extractClaims(articles: readonly Article[], matcher: Matcher): Claim[] {
  const resolvers = {
    item: (text: string) => matcher.findAll(text).at(-1)?.entityId ?? null,
    place: resolvePlace,
    country: resolveCountry,
  };
  const claims: Claim[] = [];
  for (const article of articles) {
    for (const passage of articlePassages(article)) {
      const doc = nlp(passage.text);
      doc.compute('root');
      // A clause without a verb ("In Ukraine’s Odesa region,") frames the one after it.
      let frame: TaggedTerm[] = [];
      const clauses = (doc.clauses().json() as { terms: CompromiseTerm[] }[]).flatMap((clause) =>
        sentencePieces(clause.terms),
      );
      for (const clause of clauses) {
        const terms = [...frame, ...taggedTerms(clause)];
        frame = [];
        if (!terms.some((term) => term.tags.includes('Verb'))) {
          frame = terms;
          continue;
        }
        for (const claim of claimsFromClause(terms, resolvers))
          claims.push({ passageId: passage.id, ...claim });
      }
    }
  }
  return claims;
}
