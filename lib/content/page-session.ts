/** What a session starts and stops: Parallax on the page (start-parallax.ts's ParallaxPage). */
export interface Stoppable {
  stop(): void;
}

export interface PageSession<Settings, Page extends Stoppable> {
  /**
   * Stops the page that runs and starts it afresh with `settings`. A start
   * overtaken by a later start or a stop while it was under way is stopped as
   * soon as it is ready: only the latest ever runs.
   */
  start(settings: Settings): Promise<void>;
  /** Stops the page that runs, and any start under way. */
  stop(): void;
  /** The page that runs, or null (switched off here, stopped, or not ready yet). */
  readonly page: Page | null;
  /**
   * The page that runs once no start is under way: a question asked while a run restarts
   * (an SPA navigation, a settings change) is answered by the new run, not with "not running".
   */
  settled(): Promise<Page | null>;
}

/**
 * Parallax's runs on one page, one at a time: each settings change and each
 * SPA navigation starts a fresh one. `launch` starts a run; it gives null
 * where there is nothing to run (switched off here, nothing to highlight).
 * `onStarted` hears each start that became the current run (null included:
 * what the page shows changed either way); not one overtaken by a later start.
 */
export function createPageSession<Settings, Page extends Stoppable>(
  launch: (settings: Settings) => Promise<Page | null> | null,
  warn: (message: string) => void = (message) => console.warn(message),
  onStarted: (page: Page | null) => void = () => undefined,
): PageSession<Settings, Page> {
  let page: Page | null = null;
  let generation = 0;
  let latest: Promise<void> = Promise.resolve();

  const stop = (): void => {
    generation++;
    page?.stop();
    page = null;
  };

  return {
    start(settings) {
      stop();
      const mine = generation;
      latest = (async () => {
        const started = await (launch(settings) ?? Promise.resolve(null)).catch((error: unknown) => {
          warn(`parallax: ${error instanceof Error ? error.message : String(error)}`);
          return null;
        });
        if (mine === generation) {
          page = started;
          onStarted(started);
        } else started?.stop();
      })();
      return latest;
    },
    stop,
    get page() {
      return page;
    },
    async settled() {
      let awaited: Promise<void>;
      do {
        awaited = latest;
        await awaited;
      } while (awaited !== latest);
      return page;
    },
  };
}
