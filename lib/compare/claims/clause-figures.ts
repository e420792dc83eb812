import type { Claim } from './claim-schema';
import { verbMatch } from './clause-verb';

/**
 * Digits as a clause writes them ("700,000", "2002", "8.5"), thousands
 * separators dropped; not an ordinal ("the 45th president" is a rank, not
 * a figure of the act).
 */
const FIGURE = /\d+(?:[.,]\d+)*(?!\d|st\b|nd\b|rd\b|th\b)/gu;

/** The figures a clause (or a part of one) gives. */
export function clauseFigures(text: string): Set<string> {
  return new Set([...text.matchAll(FIGURE)].map((figure) => figure[0].replace(/,/gu, '')));
}

/**
 * Two clauses that each give figures and share none ("has led House
 * Democrats since 2002" / "since 2003") are not shown agreeing by their
 * claims: whether the figures agree is the figures' comparison to judge.
 */
export function figuresApart(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size > 0 && b.size > 0 && ![...a].some((figure) => b.has(figure));
}

/**
 * The figures of what a claim says was done: those after its verb ("has led
 * House Democrats since 2002"), so a figure in another part of its clause
 * ("rescuers … responding to a strike that killed two") is not set against
 * it; none when the clause has no verb for it ("With Witkoff in Moscow, …":
 * being there is the claim, and its figures are another clause's).
 */
export function claimFigures(claim: Claim): Set<string> {
  const verb = verbMatch(claim);
  return verb ? clauseFigures(claim.text.slice(verb.index + verb[0].length)) : new Set();
}
