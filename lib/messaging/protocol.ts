import { z } from 'zod';
import { sourceMetaSchema } from '../corpus/source-meta';
import { searchHitSchema } from '../search/search-hit';

/**
 * Every message between extension parts, one zod schema each. A receiver
 * parses before it reads any field; anything that does not parse is refused.
 */

/** Longer queries are not searches a person types; refusing them bounds work. */
export const MAX_QUERY_LENGTH = 500;
export const MAX_RESULT_LIMIT = 100;

export const searchRequestSchema = z.strictObject({
  type: z.literal('search'),
  query: z.string().max(MAX_QUERY_LENGTH),
  limit: z.number().int().min(1).max(MAX_RESULT_LIMIT).optional(),
});

export const requestSchema = z.discriminatedUnion('type', [searchRequestSchema]);

export type Request = z.infer<typeof requestSchema>;
export type SearchRequest = z.infer<typeof searchRequestSchema>;

export const searchResponseSchema = z.strictObject({
  type: z.literal('search-result'),
  query: z.string(),
  hits: z.array(searchHitSchema),
  suggestions: z.array(z.string()),
  sourceCount: z.number().int(),
  sources: z.array(sourceMetaSchema),
});

export const errorResponseSchema = z.strictObject({
  type: z.literal('error'),
  message: z.string(),
});

export type SearchResponse = z.infer<typeof searchResponseSchema>;
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

/** What each request type is answered with. */
export interface ResponseFor {
  search: SearchResponse;
}

export const responseSchemas = {
  search: searchResponseSchema,
} as const satisfies { [K in Request['type']]: z.ZodType<ResponseFor[K]> };
