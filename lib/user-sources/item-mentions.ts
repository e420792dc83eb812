/** A passage as the catalogue counts it: which items it mentions. */
interface MentioningPassage {
  id: string;
  sourceId: string;
  entities: readonly string[];
}

/**
 * Which passages of which sources mention each item, kept as passages come
 * and go, with the items whose mentions changed since they were last taken:
 * the merged catalogue rebuilds only those items' entries (a change costs
 * what it touches, not a pass over every passage).
 */
export class ItemMentions {
  private readonly bySource = new Map<string, Map<string, Set<string>>>();
  private readonly changed = new Set<string>();

  add(passage: MentioningPassage): void {
    for (const item of passage.entities) {
      let sources = this.bySource.get(item);
      if (!sources) {
        sources = new Map();
        this.bySource.set(item, sources);
      }
      let ids = sources.get(passage.sourceId);
      if (!ids) {
        ids = new Set();
        sources.set(passage.sourceId, ids);
      }
      ids.add(passage.id);
      this.changed.add(item);
    }
  }

  remove(passage: MentioningPassage): void {
    for (const item of passage.entities) {
      const sources = this.bySource.get(item);
      const ids = sources?.get(passage.sourceId);
      if (!sources || !ids) continue;
      ids.delete(passage.id);
      if (ids.size === 0) sources.delete(passage.sourceId);
      if (sources.size === 0) this.bySource.delete(item);
      this.changed.add(item);
    }
  }

  /** The items whose mentions changed since the last call. */
  takeChanged(): string[] {
    const items = [...this.changed];
    this.changed.clear();
    return items;
  }

  /** Source id → the item's passage ids there (unordered). */
  sourcesOf(item: string): ReadonlyMap<string, ReadonlySet<string>> {
    return this.bySource.get(item) ?? new Map();
  }
}
