/**
 * A least-recently-used map bounded by the bytes its values hold, valid for
 * one stamp of the store it mirrors: asked under another stamp (the store
 * changed, here or in another context), it forgets everything first. The
 * paged index stamps with its totals' write-log version and next passage
 * number, which every change that can touch a page moves.
 */
export class StampedCache<V> {
  private readonly entries = new Map<string, { value: V; bytes: number }>();
  private used = 0;
  private stamp: string | null = null;

  constructor(readonly maxBytes: number) {}

  /** This cache as valid for `stamp`: emptied when it was filled under another. */
  at(stamp: string): this {
    if (stamp !== this.stamp) {
      this.clear();
      this.stamp = stamp;
    }
    return this;
  }

  /** Says the entries stay valid under `stamp` (the caller made the change that moved it, and kept them in step). */
  restamp(stamp: string): void {
    this.stamp = stamp;
  }

  /** Whether `key` is held, under whatever stamp (`at` says whether it still holds). */
  has(key: string): boolean {
    return this.entries.has(key);
  }

  get(key: string): V | undefined {
    const found = this.entries.get(key);
    if (!found) return undefined;
    // Map order is insertion order: re-inserting makes it the most recent.
    this.entries.delete(key);
    this.entries.set(key, found);
    return found.value;
  }

  set(key: string, value: V, bytes: number): void {
    this.delete(key);
    if (bytes > this.maxBytes) return;
    this.entries.set(key, { value, bytes });
    this.used += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.used <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.used -= entry.bytes;
    }
  }

  delete(key: string): void {
    const found = this.entries.get(key);
    if (!found) return;
    this.entries.delete(key);
    this.used -= found.bytes;
  }

  clear(): void {
    this.entries.clear();
    this.used = 0;
    this.stamp = null;
  }

  get bytes(): number {
    return this.used;
  }
}
