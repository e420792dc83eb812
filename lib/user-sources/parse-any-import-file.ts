import { FEED_EXTENSIONS, parseFeedFile, type ParseMarkup } from './parse-feed-file';
import { IMPORT_EXTENSIONS, parseImportFile, type ImportFile, type ReadHtml } from './parse-import-file';
import { UserSourceError } from './user-article';

/** Every file the options page imports: the single-article files and exports, and feeds. */
export const ALL_IMPORT_EXTENSIONS = [...IMPORT_EXTENSIONS, ...FEED_EXTENSIONS] as const;

/** One imported file as its sources, feeds included; throws a UserSourceError naming the file. */
export function parseAnyImportFile(
  file: ImportFile,
  deps: { readHtml: ReadHtml; parseMarkup: ParseMarkup },
): ReturnType<typeof parseImportFile> {
  const lower = file.name.toLowerCase();
  if (FEED_EXTENSIONS.some((extension) => lower.endsWith(extension)))
    return parseFeedFile(file, deps.parseMarkup);
  if (!IMPORT_EXTENSIONS.some((extension) => lower.endsWith(extension)))
    throw new UserSourceError(
      `user-sources: ${file.name}: not a file Parallax can import (${ALL_IMPORT_EXTENSIONS.join(', ')})`,
    );
  return parseImportFile(file, deps.readHtml);
}
