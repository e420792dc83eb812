/**
 * Articles' passage ranges as a search resolved them (first passage, passage
 * count, id), so that a later candidate inside one is placed without a
 * reverse key range on the `slots` store. Passage numbers are handed out in
 * order and never reused, so while the store is unchanged the range holding
 * a passage is what the store's last slot at or before it says. Bounded by
 * entries; the oldest inserted go first.
 */
export class KnownSlots {
  private bases: number[] = [];
  private ends: number[] = [];
  private ids: string[] = [];
  private order: number[] = [];

  constructor(private readonly max: number) {}

  /** The slot holding `doc`, as the `slots` store's reverse range would give it, when known. */
  find(doc: number): [{ key: number; value: string }] | undefined {
    const at = this.lastAtOrBefore(doc);
    if (at < 0 || doc >= (this.ends[at] as number)) return undefined;
    return [{ key: this.bases[at] as number, value: this.ids[at] as string }];
  }

  add(base: number, passages: number, id: string): void {
    const at = this.lastAtOrBefore(base);
    if (at >= 0 && this.bases[at] === base) return;
    if (this.bases.length >= this.max) this.evictOldest();
    const insert = at + 1;
    this.bases.splice(insert, 0, base);
    this.ends.splice(insert, 0, base + passages);
    this.ids.splice(insert, 0, id);
    this.order.push(base);
  }

  clear(): void {
    this.bases = [];
    this.ends = [];
    this.ids = [];
    this.order = [];
  }

  private evictOldest(): void {
    const base = this.order.shift() as number;
    const at = this.lastAtOrBefore(base);
    if (at < 0 || this.bases[at] !== base) return;
    this.bases.splice(at, 1);
    this.ends.splice(at, 1);
    this.ids.splice(at, 1);
  }

  private lastAtOrBefore(doc: number): number {
    let from = 0;
    let to = this.bases.length;
    while (from < to) {
      const mid = (from + to) >> 1;
      if ((this.bases[mid] as number) <= doc) from = mid + 1;
      else to = mid;
    }
    return from - 1;
  }
}
