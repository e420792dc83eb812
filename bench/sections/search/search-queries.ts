import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describeIssues, z } from '../../../lib/validation';

const queryFileSchema = z.strictObject({
  about: z.string(),
  queries: z
    .array(
      z.strictObject({
        query: z.string().check(z.trim(), z.minLength(1, 'is empty')),
        kind: z.enum(['word', 'prefix', 'fuzzy', 'phrase', 'name', 'number', 'mixed']),
      }),
    )
    .check(z.minLength(1, 'has no queries')),
});

/** The fixed query set's texts, validated: a typo in it would silently change every figure. */
export function loadSearchQueries(): string[] {
  const path = fileURLToPath(new URL('../../queries/search-queries.json', import.meta.url));
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`bench: ${path}: cannot read the query set (${(error as Error).message})`);
  }
  const parsed = queryFileSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`bench: ${path}: ${describeIssues(parsed.error)}`);
  return parsed.data.queries.map((query) => query.query);
}
