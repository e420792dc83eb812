import type { RequestHandlers } from '../messaging';
import type { UserCorpusHost } from './user-corpus-host';

type UserSourceHandlers = Pick<
  RequestHandlers,
  | 'sources-list'
  | 'user-source-add'
  | 'user-source-edit'
  | 'user-source-remove'
  | 'user-sources-import'
  | 'user-sources-export'
  | 'user-sources-export-page'
  | 'source-hide'
>;

/** The reader's sources' messages, answered by the host (requests arrive parsed by handleRequest). */
export function userSourceHandlers(host: UserCorpusHost): UserSourceHandlers {
  return {
    'sources-list': () => host.list(),
    'user-source-add': (request) => host.add(request.source),
    'user-source-edit': (request) => host.edit(request),
    'user-source-remove': (request) => host.remove(request.id),
    'user-sources-import': (request) => host.import(request.sources),
    'user-sources-export': () => host.export(),
    'user-sources-export-page': (request) => host.exportPage(request.after, request.limit),
    'source-hide': (request) => host.hide(request.sourceId, request.hidden),
  };
}
