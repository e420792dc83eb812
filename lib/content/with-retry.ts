/** Runs an async step; on failure tries once more (the MV3 service worker may have been stopped). */
export async function withRetry<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch {
    return step();
  }
}
