import type { ImportFile } from '../../user-sources/parse-import-file';
import { UserSourceError } from '../../user-sources/user-article';
import {
  MAX_IMPORT_SOURCES,
  USER_CORPUS_FORMAT,
  userCorpusFileSchema,
  type UserSourceDraft,
} from '../../user-sources/user-source-schema';
import { describeIssues } from '../../validation/describe-issues';

/**
 * A Parallax export holding more sources than one import file may
 * (userCorpusFileSchema's bound, which is also one message's), as the
 * streamed export writes for a large corpus: checked a slice at a time
 * against the same schema, so an export of any size imports back. Null for
 * any other file, which the usual parser then reads (and judges).
 */
export function parseLargeExport(file: ImportFile): UserSourceDraft[] | null {
  if (!file.name.toLowerCase().endsWith('.json')) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(file.text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const { format, sources } = raw as { format?: unknown; sources?: unknown };
  if (format !== USER_CORPUS_FORMAT || !Array.isArray(sources) || sources.length <= MAX_IMPORT_SOURCES)
    return null;
  const drafts: UserSourceDraft[] = [];
  for (let start = 0; start < sources.length; start += MAX_IMPORT_SOURCES) {
    const slice = { ...raw, sources: sources.slice(start, start + MAX_IMPORT_SOURCES) };
    const result = userCorpusFileSchema.safeParse(slice);
    if (!result.success) {
      // The slice's issues name its own indices: set them back to the file's.
      const issues = result.error.issues.map((issue) =>
        issue.path[0] === 'sources' && typeof issue.path[1] === 'number'
          ? { ...issue, path: ['sources', issue.path[1] + start, ...issue.path.slice(2)] }
          : issue,
      );
      throw new UserSourceError(
        `user-sources: ${file.name}: not a Parallax export: ${describeIssues({ ...result.error, issues })}`,
      );
    }
    drafts.push(...result.data.sources);
  }
  return drafts;
}
