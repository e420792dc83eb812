/**
 * Runs `load` on first use and shares the promise; a failed load is
 * forgotten so the next call tries again (the MV3 worker may be restarted
 * at any time, and a transient failure must not stick).
 */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}
