/** What the popup knows of an item beyond the page: how many sources mention it, how many findings differ on it. */
export interface ItemNote {
  sources: number;
  differing: number;
}

/**
 * The items "On this page" shows before "Show all": a popup is read at a
 * glance, and five lines leave the search and settings in view at 600 px.
 */
export const TOP_ITEMS = 5;

/**
 * The page's items, most informative first: those the sources state
 * differing facts about, then those most sources mention, then those the
 * page mentions most; ties keep the page's order (first mention first).
 */
export function topPageItems<I extends { id: string; count: number }>(
  items: readonly I[],
  notes: Readonly<Record<string, ItemNote>> | null,
): I[] {
  return items
    .map((item, index) => ({ item, index, note: notes?.[item.id] ?? { sources: 0, differing: 0 } }))
    .sort(
      (a, b) =>
        b.note.differing - a.note.differing ||
        b.note.sources - a.note.sources ||
        b.item.count - a.item.count ||
        a.index - b.index,
    )
    .map(({ item }) => item);
}
