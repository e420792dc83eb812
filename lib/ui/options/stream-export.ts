import type { ExportPageResponse } from '../../messaging/export-page-messages';
import { MAX_EXPORT_PAGE_SOURCES } from '../../messaging/export-page-messages';
import { USER_CORPUS_FORMAT } from '../../user-sources/user-source-schema';

/** Asks the background for one page of the export after a cursor (null: from the start). */
export type PullExportPage = (after: string | null, limit: number) => Promise<ExportPageResponse>;

export interface StreamedExport {
  /** The whole export as one JSON file, Parallax's import format. */
  file: Blob;
  count: number;
}

/**
 * The reader's sources as one export file, pulled a page at a time: each
 * page becomes a small Blob of its own as soon as it arrives and its
 * sources are let go, and the file is a Blob of those Blobs. So the page
 * holds one page of sources at a time, and the file's bytes are the
 * browser's to keep (Chromium moves large blobs out of the page, to disk
 * when they are big). The text is `exportUserCorpus`'s format, each source
 * on its own line, which Import reads back.
 */
export async function streamExport(
  pull: PullExportPage,
  onProgress: (count: number) => void = () => {},
  signal?: AbortSignal,
): Promise<StreamedExport> {
  const parts: Blob[] = [];
  let count = 0;
  let after: string | null = null;
  do {
    signal?.throwIfAborted();
    const page = await pull(after, MAX_EXPORT_PAGE_SOURCES);
    if (page.sources.length > 0) {
      const lines = page.sources.map(
        (source, i) => `${count + i === 0 ? '' : ',\n'}${JSON.stringify(source)}`,
      );
      parts.push(new Blob(lines));
      count += page.sources.length;
      onProgress(count);
    }
    after = page.next;
  } while (after !== null);
  const head = `{"format":${JSON.stringify(USER_CORPUS_FORMAT)},"version":1,"sources":[\n`;
  return { file: new Blob([head, ...parts, '\n]}\n'], { type: 'application/json' }), count };
}
