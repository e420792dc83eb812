import { formatMs, formatRatio, markdownTable } from './markdown';

/**
 * A section's targets: one row type for every section, from which both the
 * Markdown table and the JSON come, so a target reads the same in both.
 */

/** How a target's figures are written: the unit decides the format. */
export type TargetUnit = 'ms' | 'ratio' | 'exponent' | 'KiB' | 'pages' | 'hovers';

export interface TargetRow {
  name: string;
  /** null: not measured in this run (e.g. the 10k corpus under `--quick`). */
  measured: number | null;
  target: number;
  unit: TargetUnit;
  /** The bound is a floor (mark.js ÷ Parallax) rather than a ceiling. */
  atLeast: boolean;
  /** null when not measured. */
  met: boolean | null;
  /** What the figure alone does not say: the worst page, a lower bound. */
  note?: string;
}

export function checkTarget(
  name: string,
  measured: number | null,
  target: number,
  unit: TargetUnit,
  options: { atLeast?: boolean; note?: string } = {},
): TargetRow {
  const atLeast = options.atLeast ?? false;
  const met = measured === null ? null : atLeast ? measured >= target : measured <= target;
  return { name, measured, target, unit, atLeast, met, ...(options.note ? { note: options.note } : {}) };
}

export function formatTargetValue(value: number, unit: TargetUnit): string {
  switch (unit) {
    case 'ms':
      return formatMs(value);
    case 'ratio':
      return formatRatio(value);
    case 'exponent':
      return `k = ${value.toFixed(2)}`;
    case 'KiB':
      return `${(value / 1024).toFixed(1)} KiB (${value.toLocaleString('en-US')} B)`;
    default:
      return `${value} ${unit}`;
  }
}

/** The "Targets" sub-section: missed targets in bold. */
export function targetsTable(rows: readonly TargetRow[]): string {
  const cells = rows.map((row) => [
    row.name,
    `${row.atLeast ? '≥' : '≤'} ${formatTargetValue(row.target, row.unit)}`,
    row.measured === null
      ? '–'
      : `${formatTargetValue(row.measured, row.unit)}${row.note ? ` (${row.note})` : ''}`,
    row.met === null ? 'not run' : row.met ? 'pass' : '**miss**',
  ]);
  return `### Targets\n\n${markdownTable(['target', 'limit', 'measured', 'result'], cells)}\n`;
}
