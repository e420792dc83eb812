import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes one section's results into the shared results file, keeping the
 * other sections' entries: `--only search` must not erase the last matcher
 * run. An unreadable file is replaced (it is a gitignored artefact), with a
 * warning.
 */
export function mergeResults(
  path: string,
  entries: Record<string, unknown>,
  warn: (message: string) => void,
): void {
  let existing: Record<string, unknown> = {};
  if (existsSync(path)) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
      if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
        existing = parsed as Record<string, unknown>;
      } else {
        warn(`bench: ${path}: not a JSON object, replacing it`);
      }
    } catch (error) {
      warn(`bench: ${path}: not valid JSON (${(error as Error).message}), replacing it`);
    }
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify({ ...existing, ...entries }, null, 2)}\n`);
}
