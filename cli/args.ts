import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {
  override name = 'UsageError';
}

/** parseArgs with a usage message instead of a stack trace on bad flags. */
export function parseCliArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: T,
  usage: string,
) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${usage}`);
  }
}

/** Runs a CLI main, printing known errors as one line (no stack) and exiting 1 or 2. */
export function runCli(main: () => void): void {
  try {
    main();
  } catch (error) {
    const err = error as Error;
    process.stderr.write(`${err.name === 'UsageError' ? 'usage: ' : ''}${err.message}\n`);
    process.exitCode = err.name === 'UsageError' ? 2 : 1;
  }
}
