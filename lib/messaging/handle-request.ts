import { describeIssues } from '../validation';
import { requestSchema, type ErrorResponse, type Request, type ResponseFor } from './protocol';

export type RequestHandlers = {
  [K in Request['type']]: (
    request: Extract<Request, { type: K }>,
  ) => Promise<ResponseFor[K]> | ResponseFor[K];
};

export type Response = ResponseFor[keyof ResponseFor] | ErrorResponse;

/**
 * Validates an inbound message and routes it to its handler. Malformed or
 * unknown messages get an error response with the reason, never a throw, so
 * a bad sender cannot crash the background.
 */
export async function handleRequest(
  message: unknown,
  handlers: RequestHandlers,
  log: (reason: string) => void = () => {},
): Promise<Response> {
  const parsed = requestSchema.safeParse(message);
  if (!parsed.success) {
    const reason = `messaging: rejected message: ${describeIssues(parsed.error)}`;
    log(reason);
    return { type: 'error', message: reason };
  }
  const request = parsed.data;
  try {
    switch (request.type) {
      case 'search':
        return await handlers.search(request);
      case 'page-setup':
        return await handlers['page-setup'](request);
      case 'item-card':
        return await handlers['item-card'](request);
      case 'open-search':
        return await handlers['open-search'](request);
      case 'compare':
        return await handlers.compare(request);
      case 'coverage':
        return await handlers.coverage(request);
      case 'open-sidebar':
        return await handlers['open-sidebar'](request);
      case 'sources-list':
        return await handlers['sources-list'](request);
      case 'user-source-add':
        return await handlers['user-source-add'](request);
      case 'user-source-edit':
        return await handlers['user-source-edit'](request);
      case 'user-source-remove':
        return await handlers['user-source-remove'](request);
      case 'user-sources-import':
        return await handlers['user-sources-import'](request);
      case 'user-sources-export':
        return await handlers['user-sources-export'](request);
      case 'source-hide':
        return await handlers['source-hide'](request);
    }
  } catch (error) {
    const reason = `messaging: ${request.type} failed: ${(error as Error).message}`;
    log(reason);
    return { type: 'error', message: reason };
  }
}
