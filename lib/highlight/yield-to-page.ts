interface SchedulerLike {
  yield?: () => Promise<void>;
}

/**
 * Gives the page's own work a turn: `scheduler.yield()` where the browser has
 * it (the continuation keeps its priority), otherwise a macrotask.
 */
export function yieldToPage(win: {
  scheduler?: SchedulerLike;
  setTimeout: typeof setTimeout;
}): Promise<void> {
  const yielder = win.scheduler?.yield;
  if (typeof yielder === 'function') return yielder.call(win.scheduler);
  return new Promise((resolve) => win.setTimeout(resolve, 0));
}
