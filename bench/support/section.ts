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

/** Pass, miss, or not measured in this run (e.g. the 10k corpus under `--quick`). */
export type TargetStatus = 'pass' | 'miss' | 'not run';

export interface TargetResult {
  id: string;
  description: string;
  /** The bound, in `unit`; the measured value must not exceed it. */
  limit: number;
  value: number | null;
  unit: string;
  status: TargetStatus;
}

export function checkTarget(
  id: string,
  description: string,
  limit: number,
  value: number | null,
  unit: string,
): TargetResult {
  const status: TargetStatus = value === null ? 'not run' : value <= limit ? 'pass' : 'miss';
  return { id, description, limit, value, unit, status };
}
