import { sendRuntimeMessage, sendTabMessage } from '../browser/send-message';
import { messageTable, type MessageType, type RequestTo, type ResponseOf } from './messages';
import { errorResponseSchema } from './protocol';

export class RequestError extends Error {
  override name = 'RequestError';
}

/**
 * Sends a request to the background and validates the answer against the
 * table's schema for it; an error response or a malformed answer becomes a
 * RequestError.
 */
export async function sendRequest<Request extends RequestTo<'background'>>(
  request: Request,
): Promise<ResponseOf<Request['type']>> {
  const type: Request['type'] = request.type;
  return checkResponse(type, await sendRuntimeMessage(request));
}

/** Sends a request to a tab's content script, its answer checked as sendRequest checks the background's. */
export async function sendToTab<Request extends RequestTo<'tab'>>(
  tabId: number,
  request: Request,
): Promise<ResponseOf<Request['type']>> {
  const type: Request['type'] = request.type;
  return checkResponse(type, await sendTabMessage(tabId, request));
}

/** Tells the extension's open pages (the sidebar) something; none answers, and with none open nobody hears it. */
export async function sendToPages(request: RequestTo<'pages'>): Promise<void> {
  await sendRuntimeMessage(request);
}

/** The answer to a message of type `type`, checked as sendRequest checks it (undefined for a message that expects none). */
export function checkResponse<Type extends MessageType>(type: Type, answer: unknown): ResponseOf<Type> {
  const schema = messageTable[type].response;
  if (!schema) return undefined as ResponseOf<Type>;
  const error = errorResponseSchema.safeParse(answer);
  if (error.success) throw new RequestError(error.data.message);
  const parsed = schema.safeParse(answer);
  if (!parsed.success) throw new RequestError(`messaging: malformed ${type} response`);
  return parsed.data as ResponseOf<Type>;
}

/** Asks Chrome's offscreen document (the item worker's host), its answer checked as sendRequest checks the background's. */
export async function sendToOffscreen<Request extends RequestTo<'offscreen'>>(
  request: Request,
): Promise<ResponseOf<Request['type']>> {
  const type: Request['type'] = request.type;
  return checkResponse(type, await sendRuntimeMessage(request));
}
