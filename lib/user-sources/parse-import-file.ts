import { describeIssues } from '../validation/describe-issues';
import { markdownToText } from './markdown-to-text';
import { UserSourceError } from './user-article';
import {
  isoDateSchema,
  userCorpusFileSchema,
  userSourceDraftSchema,
  type UserSourceDraft,
} from './user-source-schema';

export interface ImportFile {
  name: string;
  text: string;
}

/**
 * Reads an HTML file's article (Readability needs a DOM, which the caller's
 * context has: DOMParser in the extension, linkedom in Node). Null when the
 * page holds no readable article.
 */
export type ReadHtml = (html: string, url: string | null) => UserSourceDraft | null;

export const IMPORT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.json'] as const;

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot === -1 ? '' : name.slice(dot).toLowerCase();
}

function fail(name: string, reason: string): never {
  throw new UserSourceError(`user-sources: ${name}: ${reason}`);
}

/** A draft checked against the schema; the file name and the reason say what to fix. */
function checked(name: string, draft: UserSourceDraft): UserSourceDraft {
  const result = userSourceDraftSchema.safeParse(draft);
  if (!result.success) fail(name, describeIssues(result.error));
  return result.data;
}

function fromMarkdown(file: ImportFile): UserSourceDraft {
  const { fields, text } = markdownToText(file.text);
  // A front-matter date with a time ("2025-08-06T10:00") is still that day; anything else is left unknown.
  const day = fields.published?.slice(0, 10);
  return checked(file.name, {
    outlet: fields.outlet ?? null,
    title: fields.title ?? null,
    author: fields.author ?? null,
    published: day !== undefined && isoDateSchema.safeParse(day).success ? day : null,
    url: fields.url ?? null,
    text: fields.title ? `${fields.title}\n\n${text}` : text,
  });
}

function fromJson(file: ImportFile): UserSourceDraft[] {
  let raw: unknown;
  try {
    raw = JSON.parse(file.text);
  } catch (error) {
    fail(file.name, `not valid JSON (${(error as Error).message})`);
  }
  const result = userCorpusFileSchema.safeParse(raw);
  if (!result.success) fail(file.name, `not a Parallax export: ${describeIssues(result.error)}`);
  return result.data.sources;
}

/**
 * One imported file as the sources it holds: `.txt` and `.md` one article
 * each (a text's own headline, date line and byline are read as for the
 * seeds), `.html` through Readability, `.json` a Parallax export. Throws a
 * UserSourceError naming the file and, for JSON, the field.
 */
export function parseImportFile(file: ImportFile, readHtml: ReadHtml): UserSourceDraft[] {
  switch (extension(file.name)) {
    case '.txt':
      return [
        checked(file.name, {
          outlet: null,
          title: null,
          author: null,
          published: null,
          url: null,
          text: file.text,
        }),
      ];
    case '.md':
    case '.markdown':
      return [fromMarkdown(file)];
    case '.html':
    case '.htm': {
      const draft = readHtml(file.text, null);
      if (!draft) fail(file.name, 'no readable article found in the page');
      return [checked(file.name, draft)];
    }
    case '.json':
      return fromJson(file);
    default:
      return fail(file.name, `not a file Parallax can import (${IMPORT_EXTENSIONS.join(', ')})`);
  }
}
