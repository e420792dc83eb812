import { z } from '../validation/zod';
import { lazySchema } from '../validation/lazy-schema';

/** Who sends a message: a tab's content script, an extension page (popup, sidebar, options), the background. */
export type Sender = 'content' | 'page' | 'background';
/**
 * Who receives it: the background, one tab's content script, every open extension page, or
 * Chrome's offscreen document (which runs the item worker).
 */
export type Receiver = 'background' | 'tab' | 'pages' | 'offscreen';

/** One message as the table declares it. Schemas are built on first use (lib/validation/lazy-schema says why). */
export interface MessageSpec {
  from: readonly Sender[];
  to: Receiver;
  /** The request's fields besides `type`. */
  fields: () => z.core.$ZodLooseShape;
  /** The answer's schema; absent when the sender expects no answer. */
  response?: () => z.ZodMiniType;
}

/** A declared message with its schemas: the request is a strict object tagged with the message's name. */
export interface Message<Type extends string, Spec extends MessageSpec> {
  from: Spec['from'];
  to: Spec['to'];
  request: z.ZodMiniObject<{ type: z.ZodMiniLiteral<Type> } & ReturnType<Spec['fields']>, z.core.$strict>;
  response: Spec['response'] extends () => infer Schema ? Schema : null;
}

/** Any table entry, widened for the code that works on all of them. */
export interface AnyMessage {
  from: readonly Sender[];
  to: Receiver;
  request: z.ZodMiniType;
  response: z.ZodMiniType | null;
}

export type Messages<Specs extends Record<string, MessageSpec>> = {
  [Type in keyof Specs & string]: Message<Type, Specs[Type]>;
};

/**
 * The message table: each message's name, who may send it, who receives it,
 * its request's fields and its answer, from which the request types, the
 * handler maps, the typed senders and the inbound validation are derived.
 */
export function defineMessages<const Specs extends Record<string, MessageSpec>>(
  specs: Specs,
): Messages<Specs> {
  const messages: Record<string, unknown> = {};
  for (const [type, spec] of Object.entries(specs)) {
    const { response } = spec;
    messages[type] = {
      from: spec.from,
      to: spec.to,
      request: lazySchema(() => z.strictObject({ type: z.literal(type), ...spec.fields() })),
      response: response ? lazySchema(response) : null,
    };
  }
  return messages as Messages<Specs>;
}
