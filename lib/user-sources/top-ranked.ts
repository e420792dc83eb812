/**
 * The `k` first items of `items` in `compare`'s order, as sorting all of them
 * and keeping the first `k` would give (for a total order), in O(n log k): a
 * bounded heap whose root is the worst item kept so far.
 */
export function topRanked<T>(items: readonly T[], k: number, compare: (a: T, b: T) => number): T[] {
  if (k <= 0) return [];
  if (items.length <= k) return [...items].sort(compare);
  const heap: T[] = [];
  // The heap's order is the reverse of `compare`: its root is the item a better one replaces.
  const worse = (a: T, b: T) => compare(a, b) > 0;
  const up = (at: number) => {
    let child = at;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (!worse(heap[child] as T, heap[parent] as T)) break;
      [heap[child], heap[parent]] = [heap[parent] as T, heap[child] as T];
      child = parent;
    }
  };
  const down = () => {
    let parent = 0;
    for (;;) {
      const left = parent * 2 + 1;
      const right = left + 1;
      let top = parent;
      if (left < heap.length && worse(heap[left] as T, heap[top] as T)) top = left;
      if (right < heap.length && worse(heap[right] as T, heap[top] as T)) top = right;
      if (top === parent) return;
      [heap[top], heap[parent]] = [heap[parent] as T, heap[top] as T];
      parent = top;
    }
  };
  for (const item of items) {
    if (heap.length < k) {
      heap.push(item);
      up(heap.length - 1);
    } else if (compare(item, heap[0] as T) < 0) {
      heap[0] = item;
      down();
    }
  }
  return heap.sort(compare);
}
