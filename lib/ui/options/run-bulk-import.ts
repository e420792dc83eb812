import type { UserSourcesImportedResponse } from '../../messaging/protocol';
import type { ImportFile } from '../../user-sources/parse-import-file';
import { MAX_IMPORT_SOURCES, type UserSourceDraft } from '../../user-sources/user-source-schema';

/**
 * Files are sent to the background in batches of about this many articles:
 * each batch is one change of the reader's sources (one transaction), so a
 * batch is the step of the progress bar and the point where a cancel stops.
 * Small enough that a cancel is felt within a couple of seconds, large enough
 * that a folder of short files is not one change per file.
 */
export const BATCH_ARTICLES = 25;

/** A file as the input gives it: its name now, its text when read. */
export interface PickedFile {
  name: string;
  text(): Promise<string>;
}

export interface BulkImportDeps {
  /** One file as its articles; throws (a UserSourceError naming the file) when it cannot be imported. */
  parse(file: ImportFile): UserSourceDraft[];
  importSources(drafts: UserSourceDraft[]): Promise<UserSourcesImportedResponse>;
}

export interface BulkProgress {
  /** Files handled: added, or refused with their reason. */
  done: number;
  total: number;
}

export interface BulkReport {
  added: number;
  updated: number;
  /** One line per problem, each naming its file. */
  errors: string[];
  /** Stopped by the reader before every file was handled. */
  cancelled: boolean;
}

/**
 * Imports many files: each read and parsed on its own (a file that fails
 * adds nothing and is listed with its reason), the articles sent in batches
 * of whole files, progress reported after each file handled. `signal` stops
 * it between batches; what was sent stays.
 */
export async function runBulkImport(
  files: readonly PickedFile[],
  deps: BulkImportDeps,
  onProgress: (progress: BulkProgress) => void,
  signal: AbortSignal,
): Promise<BulkReport> {
  const report: BulkReport = { added: 0, updated: 0, errors: [], cancelled: false };
  let done = 0;
  let pending: { name: string; drafts: UserSourceDraft[] }[] = [];
  const progress = (): void => onProgress({ done, total: files.length });

  const flush = async (): Promise<void> => {
    const batch = pending;
    pending = [];
    if (batch.length === 0) return;
    const drafts = batch.flatMap((file) => file.drafts);
    const origin = batch.flatMap((file) => file.drafts.map(() => file.name));
    // A large export file is more than one message holds: it goes in slices, each its own transaction.
    for (let start = 0; start < drafts.length; start += MAX_IMPORT_SOURCES) {
      try {
        const answer = await deps.importSources(drafts.slice(start, start + MAX_IMPORT_SOURCES));
        report.added += answer.added;
        report.updated += answer.updated;
        for (const { index, reason } of answer.failed)
          report.errors.push(`${origin[start + index] ?? '?'}: ${reason}`);
      } catch (failure) {
        // A slice is one transaction: when it fails, none of its articles was added.
        const names = new Set(origin.slice(start, start + MAX_IMPORT_SOURCES));
        for (const name of names) report.errors.push(`${name}: ${(failure as Error).message}`);
      }
    }
    done += batch.length;
    progress();
  };

  progress();
  for (const file of files) {
    if (signal.aborted) break;
    try {
      pending.push({ name: file.name, drafts: deps.parse({ name: file.name, text: await file.text() }) });
    } catch (failure) {
      report.errors.push((failure as Error).message);
      done++;
      progress();
    }
    if (pending.reduce((sum, each) => sum + each.drafts.length, 0) >= BATCH_ARTICLES) await flush();
  }
  if (!signal.aborted) await flush();
  report.cancelled = done < files.length;
  return report;
}
