import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describeIssues, z } from '../../../lib/validation';

export const QUERY_KINDS = ['word', 'prefix', 'fuzzy', 'phrase', 'name', 'number', 'mixed'] as const;

const searchQuerySchema = z.strictObject({
  query: z.string().check(z.trim(), z.minLength(1, 'is empty')),
  kind: z.enum(QUERY_KINDS),
});

const queryFileSchema = z.strictObject({
  about: z.string(),
  queries: z.array(searchQuerySchema).check(z.minLength(1, 'has no queries')),
});

export type SearchQuery = z.infer<typeof searchQuerySchema>;
export type QueryKind = SearchQuery['kind'];

export const SEARCH_QUERIES_FILE = fileURLToPath(
  new URL('../../queries/search-queries.json', import.meta.url),
);

/** The fixed query set, validated: a typo in it would silently change every figure. */
export function loadSearchQueries(path = SEARCH_QUERIES_FILE): SearchQuery[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`bench: ${path}: cannot read the query set (${(error as Error).message})`);
  }
  const parsed = queryFileSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`bench: ${path}: ${describeIssues(parsed.error)}`);
  return parsed.data.queries;
}
