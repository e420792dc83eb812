/**
 * The contract between `bench/run.ts` and a section (search, matcher, …):
 * a section measures, then hands back Markdown for people, JSON for machines
 * and any extra files (plots); the driver prints and writes them.
 */

export interface SectionContext {
  /** A subset that finishes in under two minutes in all. */
  quick: boolean;
  /** Progress for people watching; goes to stderr so stdout stays pure Markdown. */
  log: (message: string) => void;
}

export interface OutputFile {
  /** File name inside `bench/results/`. */
  name: string;
  content: string;
}

export interface SectionReport {
  /** Machine-readable numbers; stored under the section's name in `latest.json`. */
  json: Record<string, unknown>;
  markdown: string;
  files: OutputFile[];
}

export interface BenchSection {
  name: string;
  /** One line for `--help`. */
  summary: string;
  run(context: SectionContext): Promise<SectionReport>;
}
