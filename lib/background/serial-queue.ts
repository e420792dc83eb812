/**
 * A queue that runs each step after the previous one has settled, whatever
 * its outcome: two imports must not interleave their index updates, and one
 * failed change must not block the next.
 */
export function serialQueue(): <T>(step: () => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return <T>(step: () => Promise<T>): Promise<T> => {
    const run = queue.then(step, step);
    queue = run.catch(() => undefined);
    return run;
  };
}
