import type { NewItem } from '../user-sources';

/**
 * The item records a change writes: the reader's items it added or changed, and the ids it
 * dropped. An item the change did not touch is the same object before and after (the phrase
 * pool keeps it), so only the others are compared by value.
 */
export function readerItemsChange(
  before: readonly NewItem[],
  after: readonly NewItem[],
): { put: NewItem[]; remove: string[] } {
  const old = new Map(before.map((item) => [item.id, item]));
  const kept = new Set(after.map((item) => item.id));
  const changed = (item: NewItem): boolean => {
    const was = old.get(item.id);
    return was !== item && (was === undefined || JSON.stringify(was) !== JSON.stringify(item));
  };
  return {
    put: after.filter(changed),
    remove: before.filter((item) => !kept.has(item.id)).map((item) => item.id),
  };
}
