/**
 * The contract between `bench/run.ts` and a section (search, matcher, …):
 * a section measures, then hands back Markdown for people and JSON for
 * machines; the driver prints and writes them.
 */

export interface SectionContext {
  /** A subset that finishes in under two minutes in all. */
  quick: boolean;
  /** Progress for people watching; goes to stderr so stdout stays pure Markdown. */
  log: (message: string) => void;
}

export interface SectionReport {
  /** Machine-readable numbers; stored under the section's name in `latest.json`. */
  json: Record<string, unknown>;
  markdown: string;
}

export interface BenchSection {
  name: string;
  /** One line for `--help`. */
  summary: string;
  run(context: SectionContext): Promise<SectionReport>;
}

/** A section from its two configurations, its measurement and its Markdown. */
export function defineSection<C, R extends object>(spec: {
  name: string;
  summary: string;
  full: C;
  quick: C;
  measure: (config: C, log: (message: string) => void) => R | Promise<R>;
  format: (result: R, quick: boolean) => string;
}): BenchSection {
  return {
    name: spec.name,
    summary: spec.summary,
    async run({ quick, log }) {
      const result = await spec.measure(quick ? spec.quick : spec.full, log);
      return { json: { ...result } as Record<string, unknown>, markdown: spec.format(result, quick) };
    },
  };
}
