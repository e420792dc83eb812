import { describeIssues } from '../validation';
import type { Receiver, Sender } from './define-messages';
import type { Origin } from './message-origin';
import {
  inboundSchemas,
  messageTable,
  type MessageTo,
  type MessageType,
  type RequestOf,
  type ResponseOf,
} from './messages';
import type { ErrorResponse, ResponseFor } from './protocol';

/** What a handler returns: the answer (or its promise), nothing for a message that expects none. */
type Answer<Response> = [Response] extends [undefined] ? void : Response | Promise<Response>;

/** A receiver's handlers: one per message addressed to it, typed from the table. */
export type Handlers<To extends Receiver> = {
  [Type in MessageTo<To>]: (request: RequestOf<Type>) => Answer<ResponseOf<Type>>;
};
export type RequestHandlers = Handlers<'background'>;

export type Response = ResponseFor[keyof ResponseFor] | ErrorResponse;

/** Whether a message of this origin may be sent by the table's senders (the background is an extension document). */
function mayComeFrom(from: readonly Sender[], origin: Origin): boolean {
  return origin === 'content' ? from.includes('content') : from.some((sender) => sender !== 'content');
}

/** A request the receiver may act on, or why it may not. */
function admit(
  to: Receiver,
  message: unknown,
  origin: Origin,
): { ok: true; type: MessageType; request: unknown } | { ok: false; reason: string } {
  const parsed = inboundSchemas[to].safeParse(message);
  if (!parsed.success) return { ok: false, reason: describeIssues(parsed.error) };
  const type = (parsed.data as { type: MessageType }).type;
  if (!mayComeFrom(messageTable[type].from, origin))
    return {
      ok: false,
      reason: `"${type}" may not come from ${origin === 'content' ? 'a content script' : 'an extension page'}`,
    };
  return { ok: true, type, request: parsed.data };
}

/** The handler for a parsed request (the table and the handler map share their keys). */
function handlerOf(handlers: object, type: MessageType): (request: unknown) => unknown {
  return (handlers as Partial<Record<MessageType, (request: unknown) => unknown>>)[type] ?? (() => undefined);
}

/**
 * Validates a message to the background, checks that its origin may send it,
 * and routes it to its handler. Malformed, unknown or misdirected messages
 * get an error response with the reason, never a throw, so a bad sender
 * cannot crash the background.
 */
export async function handleRequest(
  message: unknown,
  origin: Origin,
  handlers: RequestHandlers,
  log: (reason: string) => void = () => {},
): Promise<Response> {
  const admitted = admit('background', message, origin);
  if (!admitted.ok) {
    const reason = `messaging: rejected message: ${admitted.reason}`;
    log(reason);
    return { type: 'error', message: reason };
  }
  try {
    return (await handlerOf(handlers, admitted.type)(admitted.request)) as Response;
  } catch (error) {
    const reason = `messaging: ${admitted.type} failed: ${(error as Error).message}`;
    log(reason);
    return { type: 'error', message: reason };
  }
}

/**
 * Validates a message to a tab's content script or to the extension's pages
 * and routes it to its handler. Such a receiver hears messages meant for
 * others too, so anything it cannot admit is left unanswered (undefined), as
 * is a message that expects no answer.
 */
export function receiveMessage<To extends 'tab' | 'pages' | 'offscreen'>(
  to: To,
  message: unknown,
  origin: Origin,
  handlers: Handlers<To>,
): Promise<unknown> | undefined {
  const admitted = admit(to, message, origin);
  if (!admitted.ok) return undefined;
  const answer = handlerOf(handlers, admitted.type)(admitted.request);
  return messageTable[admitted.type].response ? Promise.resolve(answer) : undefined;
}

/** Messages every extension page hears but only pages act on: the background leaves them unanswered. */
export function isForPages(message: unknown): boolean {
  if (typeof message !== 'object' || message === null || !('type' in message)) return false;
  const { type } = message;
  return (
    typeof type === 'string' &&
    Object.hasOwn(messageTable, type) &&
    messageTable[type as MessageType].to === 'pages'
  );
}
