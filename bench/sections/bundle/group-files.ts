import type { BundleEntry } from './classify-files';

export interface BundleFile {
  path: string;
  entry: BundleEntry;
  bytes: number;
  gzipBytes: number;
}

export interface FileGroup {
  entry: BundleEntry;
  /** The files' type from their extension, upper case: `JS`, `CSS`, `JSON`, `PNG` … */
  kind: string;
  files: number;
  bytes: number;
  /** The sum of the files gzipped one by one (what each costs on its own). */
  gzipBytes: number;
}

/** Entrypoints first, then what they share, then the shipped data and the rest. */
const ENTRY_ORDER = ['background', 'content'];
const LAST_ENTRIES = ['shared', 'corpus', 'icons', 'manifest', 'other'];
const KIND_ORDER = ['JS', 'CSS', 'HTML'];

function rank(order: readonly string[], value: string): number {
  const index = order.indexOf(value);
  return index === -1 ? order.length : index;
}

function entryRank(entry: BundleEntry): number {
  if (ENTRY_ORDER.includes(entry)) return ENTRY_ORDER.indexOf(entry);
  if (LAST_ENTRIES.includes(entry)) return ENTRY_ORDER.length + 1 + LAST_ENTRIES.indexOf(entry);
  return ENTRY_ORDER.length; // an HTML page: popup, options …
}

export function fileKind(path: string): string {
  const dot = path.lastIndexOf('.');
  return dot <= path.lastIndexOf('/') ? '(none)' : path.slice(dot + 1).toUpperCase();
}

/** Report order: by entry (entrypoints, shared, data, other), then JS, CSS, HTML, the rest. */
export function compareGroups(
  a: Pick<FileGroup, 'entry' | 'kind'>,
  b: Pick<FileGroup, 'entry' | 'kind'>,
): number {
  return (
    entryRank(a.entry) - entryRank(b.entry) ||
    a.entry.localeCompare(b.entry) ||
    rank(KIND_ORDER, a.kind) - rank(KIND_ORDER, b.kind) ||
    a.kind.localeCompare(b.kind)
  );
}

/** One row per entry and kind of file (`content` JS, `content` CSS …), in report order. */
export function groupFiles(files: readonly BundleFile[]): FileGroup[] {
  const groups = new Map<string, FileGroup>();
  for (const file of files) {
    const kind = fileKind(file.path);
    const key = `${file.entry}\u0000${kind}`;
    const group = groups.get(key) ?? { entry: file.entry, kind, files: 0, bytes: 0, gzipBytes: 0 };
    group.files += 1;
    group.bytes += file.bytes;
    group.gzipBytes += file.gzipBytes;
    groups.set(key, group);
  }
  return [...groups.values()].sort(compareGroups);
}
