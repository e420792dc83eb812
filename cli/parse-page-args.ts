import { parseCliArgs, UsageError } from './args';

export interface PageArgs {
  /** The page: an .html or .txt file. */
  file: string;
  /** The corpus folder (default: the bundled seeds). */
  corpus: string;
  json: boolean;
}

/** The arguments of a command about one page (`entities`, `story`): one file, `--corpus DIR`, `--json`. */
export function parsePageArgs(argv: string[], usage: string): PageArgs {
  const { values, positionals } = parseCliArgs(
    argv,
    { corpus: { type: 'string', default: 'seeds' }, json: { type: 'boolean', default: false } },
    usage,
  );
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw new UsageError(`one file is required\n${usage}`);
  return { file, corpus: values.corpus, json: values.json };
}
