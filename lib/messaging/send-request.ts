import browser from 'webextension-polyfill';
import type { z } from '../validation/zod';
import { errorResponseSchema, type Request, type ResponseFor } from './protocol';

export class RequestError extends Error {
  override name = 'RequestError';
}

/**
 * Sends a request to the background and validates the answer against the
 * schema for that request type (`responseSchemas[type]`); an error response
 * or a malformed answer becomes a RequestError. The caller names the schema
 * so a bundle carries only the schemas it uses: the content script runs on
 * every page, and each schema costs start-up time.
 */
export async function sendRequest<T extends Request>(
  request: T,
  responseSchema: z.ZodMiniType<ResponseFor[T['type']]>,
): Promise<ResponseFor[T['type']]> {
  const type: T['type'] = request.type;
  return checkResponse(type, await browser.runtime.sendMessage(request), responseSchema);
}

/** The background's answer to a request of type `type`, checked as sendRequest checks it. */
export function checkResponse<K extends Request['type']>(
  type: K,
  answer: unknown,
  responseSchema: z.ZodMiniType<ResponseFor[K]>,
): ResponseFor[K] {
  const error = errorResponseSchema.safeParse(answer);
  if (error.success) throw new RequestError(error.data.message);
  const parsed = responseSchema.safeParse(answer);
  if (!parsed.success) throw new RequestError(`messaging: malformed ${type} response`);
  return parsed.data;
}
