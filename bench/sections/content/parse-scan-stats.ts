import type { ScanStats } from '../../../lib/highlight';

/** The fields of `ScanStats`, all numbers (lib/highlight/page-highlighter.ts). */
const FIELDS = [
  'extractMs',
  'matchMs',
  'paintMs',
  'longestSliceMs',
  'slices',
  'characters',
  'found',
  'painted',
] as const satisfies readonly (keyof ScanStats)[];

/**
 * The `detail` of the `parallax:highlighted` mark, checked: it crosses from
 * the content script's world through the page, so a change on either side
 * should fail loudly here rather than print NaN.
 */
export function parseScanStats(detail: unknown): ScanStats {
  if (typeof detail !== 'object' || detail === null) {
    throw new Error(
      `bench: content: parallax:highlighted detail is not an object: ${JSON.stringify(detail)}`,
    );
  }
  const record = detail as Record<string, unknown>;
  const stats: Partial<ScanStats> = {};
  for (const field of FIELDS) {
    const value = record[field];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new Error(`bench: content: parallax:highlighted detail field "${field}" is not a number`);
    }
    stats[field] = value;
  }
  return stats as ScanStats;
}
