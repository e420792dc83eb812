import type { NewItem } from '../user-sources';

/** The item records a change writes: the reader's items it added or changed, and the ids it dropped. */
export function readerItemsChange(
  before: readonly NewItem[],
  after: readonly NewItem[],
): { put: NewItem[]; remove: string[] } {
  const old = new Map(before.map((item) => [item.id, JSON.stringify(item)]));
  const kept = new Set(after.map((item) => item.id));
  return {
    put: after.filter((item) => old.get(item.id) !== JSON.stringify(item)),
    remove: before.filter((item) => !kept.has(item.id)).map((item) => item.id),
  };
}
