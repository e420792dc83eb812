/** A section measures, then hands `bench/run.ts` Markdown for people and JSON for machines. */
export interface BenchSection {
  name: string;
  /**
   * `quick`: a subset, so that the whole run ends in under two minutes; `log`:
   * progress, to stderr (stdout stays pure Markdown). The JSON is stored under
   * the section's name in `latest.json`.
   */
  run(context: {
    quick: boolean;
    log: (message: string) => void;
  }): Promise<{ json: Record<string, unknown>; markdown: string }>;
}

/** A section from its two configurations, its measurement and its Markdown. */
export function defineSection<C, R extends object>(spec: {
  name: string;
  full: C;
  quick: C;
  measure: (config: C, log: (message: string) => void) => R | Promise<R>;
  format: (result: R, quick: boolean) => string;
}): BenchSection {
  return {
    name: spec.name,
    async run({ quick, log }) {
      const result = await spec.measure(quick ? spec.quick : spec.full, log);
      return { json: { ...result } as Record<string, unknown>, markdown: spec.format(result, quick) };
    },
  };
}
