/** The part of `runtime.MessageSender` the check needs. */
export interface SenderLike {
  id?: string | undefined;
}

/** Only this extension's own contexts (pages, content scripts) may ask anything. */
export function isOwnSender(sender: SenderLike, extensionId: string): boolean {
  return sender.id === extensionId;
}
