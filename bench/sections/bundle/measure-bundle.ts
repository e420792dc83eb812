import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyFiles, type ManifestFields } from './classify-files';
import type { BundleFile } from './group-files';
import { measureFiles } from './measure-files';

/** Every file of the unpacked extension in `dir`: its entry (from the manifest and the pages), size and gzip size. */
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
