/** The part of `runtime.MessageSender` the checks need. */
export interface SenderLike {
  id?: string | undefined;
  url?: string | undefined;
  tab?: unknown;
}

/** Only this extension's own contexts (pages, content scripts) may ask anything. */
export function isOwnSender(sender: SenderLike, extensionId: string): boolean {
  return sender.id === extensionId;
}
