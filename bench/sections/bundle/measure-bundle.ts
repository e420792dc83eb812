import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { classifyFiles, type BundleEntry, type ManifestFields } from './classify-files';

/** zlib's highest level, so the budget is checked against the bundle, not a quick setting's slack. */
export const GZIP_LEVEL = 9;

/** A file of the bundle (its path relative to the root, `/`-separated) and the entrypoint that loads it. */
export interface BundleFile {
  path: string;
  entry: BundleEntry;
  bytes: number;
  gzipBytes: number;
}

/** Bytes of `content` gzipped alone at `GZIP_LEVEL` (header and trailer included). */
export function gzipBytes(content: Uint8Array): number {
  return gzipSync(content, { level: GZIP_LEVEL }).length;
}

/** Every file under `dir`, sorted by path, each with its size raw and gzipped alone. */
export function measureFiles(dir: string): Omit<BundleFile, 'entry'>[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const absolute = join(entry.parentPath, entry.name);
      const content = readFileSync(absolute);
      return {
        path: relative(dir, absolute).split(sep).join('/'),
        bytes: content.length,
        gzipBytes: gzipBytes(content),
      };
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Every file of the unpacked extension in `dir`: its entry (classifyFiles), size and gzip size. */
export function measureBundle(dir: string): BundleFile[] {
  const measured = measureFiles(dir);
  const manifestPath = join(dir, 'manifest.json');
  let manifest: ManifestFields;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as ManifestFields;
  } catch (error) {
    throw new Error(`bench: bundle: ${manifestPath}: ${(error as Error).message}`);
  }
  const entries = classifyFiles(
    measured.map((file) => file.path),
    manifest,
    (path) => readFileSync(join(dir, path), 'utf8'),
  );
  return measured.map(({ path, bytes, gzipBytes }) => ({
    path,
    entry: entries.get(path) ?? 'other',
    bytes,
    gzipBytes,
  }));
}
