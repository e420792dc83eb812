export { handleRequest } from './handle-request';
export type { RequestHandlers, Response } from './handle-request';
export * from './protocol';
export * from './page-messages';
export { checkResponse, RequestError, sendRequest } from './send-request';
export { isOwnSender } from './is-own-sender';
export type { SenderLike } from './is-own-sender';
