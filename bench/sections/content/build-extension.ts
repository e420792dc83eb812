import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** Lines of the build's output shown when it fails. */
const FAILURE_TAIL_LINES = 30;

/**
 * `npx wxt build` in `repoRoot`, once per run, so the section measures the
 * code as it is now rather than whatever build was lying around. Its
 * output (a spinner) is kept out of the report; on failure its tail goes
 * into the error. Returns the Chrome MV3 output folder.
 */
export function buildExtension(repoRoot: string): { dir: string; ms: number } {
  const started = performance.now();
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: repoRoot, encoding: 'utf8' });
  const ms = performance.now() - started;
  if (result.error || result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n');
    throw new Error(
      `bench: content: npx wxt build failed (${result.error?.message ?? `exit ${result.status}`}):\n${output.slice(-FAILURE_TAIL_LINES).join('\n')}`,
    );
  }
  return { dir: join(repoRoot, '.output/chrome-mv3'), ms };
}
