import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseOverrides, type Overrides } from '../entities';
import { readText } from './read-corpus-dir';

/** The curated refinements of a corpus folder's catalogue. */
export const OVERRIDES_FILE = 'entities.json';

/**
 * Reads `entities.json` from a corpus folder, if there is one: it is
 * optional, and a catalogue built without it must still be good. A malformed
 * file fails with its path, the field and the reason.
 */
export function readEntityOverrides(dir: string): { overrides: Overrides; file: string } | undefined {
  const file = join(dir, OVERRIDES_FILE);
  if (!existsSync(file)) return undefined;
  return { overrides: parseOverrides(readText(file, file), file), file };
}
