import { z } from '../validation/zod';
import { lazySchema } from '../validation/lazy-schema';
import type { Comparison, SourcedFact } from './comparison-schema';

/**
 * How much of a comparison could be compared, so no header says "0 differ"
 * when nothing could have differed: "24 facts, 0 differ, 1 agree" reads as
 * "the sources agree" while only one fact was set beside another source's.
 *
 * The message says which sentence fits:
 * - `noFacts`: the sources state no figure, date or quotation about it;
 * - `nothingCompared`: they state some, none matched with another source's;
 * - `compared`: `compared` of `facts` were set beside another source's, with
 *   `differ` differences and `agree` agreements (either may be 0).
 */
export const EXTENT_MESSAGES = ['noFacts', 'nothingCompared', 'compared'] as const;
export type ExtentMessage = (typeof EXTENT_MESSAGES)[number];

const count = lazySchema(() => z.int().check(z.nonnegative()));

export const comparisonExtentSchema = lazySchema(() =>
  z.strictObject({
    message: z.enum(EXTENT_MESSAGES),
    /** Facts the sources state about the subject. */
    facts: count,
    /** Of those, the ones set beside another source's (in some difference or agreement). */
    compared: count,
    /** Differences and agreements: sets of facts, each one finding. */
    differ: count,
    agree: count,
  }),
);
export type ComparisonExtent = z.infer<typeof comparisonExtentSchema>;

/**
 * A fact's value as a source states it, whatever the sentence; it survives
 * serialisation (a comparison crosses messages as JSON). A finding lists a
 * source once for a value it states in several sentences (alignFacts), and
 * each of those sentences was set beside the other sources all the same.
 */
const factKey = (fact: SourcedFact): string => `${fact.sourceId}\u0000${fact.kind}\u0000${fact.text}`;

/** The parts of the sentence that says how much of `findings` could be compared. */
export function describeComparisonExtent(
  findings: Pick<Comparison, 'facts' | 'discrepancies' | 'agreements'>,
): ComparisonExtent {
  const aligned = new Set(
    [...findings.discrepancies, ...findings.agreements].flatMap((group) => group.values.map(factKey)),
  );
  const compared = findings.facts.filter((fact) => aligned.has(factKey(fact))).length;
  const facts = findings.facts.length;
  const found = findings.discrepancies.length + findings.agreements.length > 0;
  const message: ExtentMessage =
    compared > 0 || found ? 'compared' : facts === 0 ? 'noFacts' : 'nothingCompared';
  return {
    message,
    facts,
    compared,
    differ: findings.discrepancies.length,
    agree: findings.agreements.length,
  };
}

const plural = (count: number, one: string, other: string): string => `${count} ${count === 1 ? one : other}`;

/**
 * The sentence in English, for the CLI and the Markdown export (lib/compare
 * may not import lib/ui); the extension's wording is `extent.*` in
 * locales/en.yml, through lib/ui/strings.ts.
 */
export function extentSentence(extent: ComparisonExtent): string {
  if (extent.message === 'noFacts') return 'No figure, date or quotation to compare.';
  if (extent.message === 'nothingCompared')
    return extent.facts === 1
      ? '1 fact, not matched with another source’s: nothing to compare yet.'
      : `${extent.facts} facts, none matched with another source’s: nothing to compare yet.`;
  const differ = extent.differ === 0 ? 'no difference' : plural(extent.differ, 'difference', 'differences');
  const agree = extent.agree === 0 ? 'no agreement' : plural(extent.agree, 'agreement', 'agreements');
  return (
    `${extent.compared} of ${plural(extent.facts, 'fact', 'facts')} could be set beside another source’s: ` +
    `${differ}, ${agree}.`
  );
}
