export type { Receiver, Sender } from './define-messages';
export { messages, requestSchema } from './messages';
export type { MessageTo, MessageType, RequestOf, RequestTo, ResponseOf } from './messages';
export { handleRequest, isForPages, receiveMessage } from './handle-request';
export type { Handlers, RequestHandlers, Response } from './handle-request';
export * from './protocol';
export * from './page-messages';
export {
  checkResponse,
  RequestError,
  sendRequest,
  sendToOffscreen,
  sendToPages,
  sendToTab,
} from './send-request';
export { isOwnSender } from './is-own-sender';
export type { SenderLike } from './is-own-sender';
export { messageOrigin } from './message-origin';
export type { Origin, OwnExtension } from './message-origin';
export * from './keep-messages';
export * from './item-messages';
export { ItemWorkerClient } from './item-worker-client';
export type { ItemWorkerPort } from './item-worker-client';
export * from './export-page-messages';
