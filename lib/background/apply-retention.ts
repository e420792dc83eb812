import { sourcesPastRetention } from '../keep/sources-past-retention';
import type { SourcesListResponse } from '../messaging';
import type { Settings } from '../settings';
import { isUserSource } from '../user-sources/is-user-source';

export interface RetentionDeps {
  settings(): Promise<Settings>;
  list(): Promise<SourcesListResponse>;
  remove(id: string): Promise<unknown>;
  /** Today as an ISO day (the clock stays out of the rule). */
  today(): string;
  log(reason: string): void;
}

export interface RetentionKeeper {
  /** Removes what the retention settings no longer keep; answers how many were removed. */
  apply(): Promise<number>;
  /** An addition's answer, given once retention has run after it (so the list is current); retention's failure is logged, never the answer's. */
  after<T>(answer: T | Promise<T>): Promise<T>;
  /** Applies it without a caller waiting (browser start), a failure logged. */
  applySoon(): void;
}

/**
 * The retention settings applied to the reader's sources (after an add or an
 * import, at browser start, and when the reader changes them): one run at a
 * time, a run asked for during another runs after it. Only the reader's own
 * sources are ever removed: the bundled ones are not in `yours`, and an id
 * that is not a user source's is refused again here.
 */
export function retentionKeeper(deps: RetentionDeps): RetentionKeeper {
  let last: Promise<number> = Promise.resolve(0);
  const run = async (): Promise<number> => {
    const { retention } = await deps.settings();
    if (retention.months === null && retention.maxSources === null) return 0;
    const { yours } = await deps.list();
    const ids = sourcesPastRetention(yours, retention, deps.today()).filter(isUserSource);
    for (const id of ids) await deps.remove(id);
    return ids.length;
  };
  const apply = (): Promise<number> => {
    last = last.catch(() => 0).then(run);
    return last;
  };
  const logged = (error: unknown): void => deps.log(`retention: ${(error as Error).message}`);
  return {
    apply,
    async after(answer) {
      const value = await answer;
      await apply().catch(logged);
      return value;
    },
    applySoon() {
      apply().catch(logged);
    },
  };
}
