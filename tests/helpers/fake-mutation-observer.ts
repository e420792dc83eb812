type Callback = (records: Partial<MutationRecord>[]) => void;

export interface FakeObserverEntry {
  callback: Callback;
  disconnected: boolean;
}

/** Stands in for MutationObserver so a test decides when records arrive. */
export function fakeObserverClass(): { observers: FakeObserverEntry[]; Class: typeof MutationObserver } {
  const observers: FakeObserverEntry[] = [];
  class FakeObserver {
    private readonly entry: FakeObserverEntry;
    constructor(callback: Callback) {
      this.entry = { callback, disconnected: false };
      observers.push(this.entry);
    }
    observe(): void {}
    disconnect(): void {
      this.entry.disconnected = true;
    }
  }
  return { observers, Class: FakeObserver as unknown as typeof MutationObserver };
}
