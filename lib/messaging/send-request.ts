import browser from 'webextension-polyfill';
import { errorResponseSchema, responseSchemas, type Request, type ResponseFor } from './protocol';

export class RequestError extends Error {
  override name = 'RequestError';
}

/**
 * Sends a request to the background and validates the answer against the
 * schema for that request type; an error response or a malformed answer
 * becomes a RequestError.
 */
export async function sendRequest<T extends Request>(request: T): Promise<ResponseFor[T['type']]> {
  const answer: unknown = await browser.runtime.sendMessage(request);
  const error = errorResponseSchema.safeParse(answer);
  if (error.success) throw new RequestError(error.data.message);
  const parsed = responseSchemas[request.type].safeParse(answer);
  if (!parsed.success) throw new RequestError(`messaging: malformed ${request.type} response`);
  // The schema was picked by request.type, so the parsed answer is that type's response.
  return parsed.data as ResponseFor[T['type']];
}
