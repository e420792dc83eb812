/** Every user source's id starts with this, so no id can clash with a bundled seed's. */
export const USER_SOURCE_ID_PREFIX = 'yours-';

/**
 * Whether a source is one the reader added. Read from the id, so every view
 * (card, sidebar, popup) can mark it from what it already has, and this file
 * stays free of imports for the content script's bundle.
 */
export function isUserSource(sourceId: string): boolean {
  return sourceId.startsWith(USER_SOURCE_ID_PREFIX);
}
