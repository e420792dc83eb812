import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { repoPath } from '../helpers/fixtures';

const run = promisify(execFile);
const TSX = repoPath('node_modules/.bin/tsx');
/**
 * The section the smoke test runs: the quickest with a targets table. The
 * bundle section takes about 15 s (two WXT builds); matcher --quick takes
 * about 30 s but has no targets, search --quick about 60 s on two cores.
 */
const SECTION = 'bundle';
/**
 * A hang guard, not a speed check: two production builds took 101 s on two cores at a load
 * average of 25 (other builds and browsers beside the suite), so a loaded machine gets room.
 */
const SMOKE_TIMEOUT_MS = 300_000;
/** tsx's start alone: a hang guard with the same room as cli.test.ts's. */
const START_TIMEOUT_MS = 120_000;

/** Runs `npm run bench` as a user would; a non-zero exit comes back as its output, not a throw. */
async function bench(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, [repoPath('bench/run.ts'), ...args], {
      cwd: repoPath(''),
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const resultsDirs: string[] = [];
function resultsDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-smoke-'));
  resultsDirs.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of resultsDirs) rmSync(dir, { recursive: true, force: true });
});

/** Every number in a JSON value, depth first. */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(numbersIn);
}

describe('npm run bench', () => {
  it(
    'runs one section, prints its report with a targets table and writes its numbers where --results says',
    { timeout: SMOKE_TIMEOUT_MS },
    async () => {
      const dir = resultsDir();
      const { code, stdout, stderr } = await bench(['--only', SECTION, '--quick', '--results', dir]);
      expect(code, stderr).toBe(0);
      expect(stdout).toMatch(/^# Parallax benchmarks$/mu);
      expect(stdout).toMatch(/^## Bundle$/mu);
      expect(stdout).toMatch(
        /^### Targets\n\n\| target \| limit \| measured \| result \|\n\| :--- (\| ---: ){3}\|\n\| .+ \| (pass|\*\*miss\*\*|not run) \|$/mu,
      );
      expect(stdout).toContain(join(dir, 'latest.json'));

      const results = JSON.parse(readFileSync(join(dir, 'latest.json'), 'utf8')) as Record<string, unknown>;
      expect(Object.keys(results)).toEqual([SECTION]);
      const section = results[SECTION] as {
        run: { quick: boolean; durationMs: number };
        chrome: { zipBytes: number; files: { path: string; bytes: number; gzipBytes: number }[] };
        targets: { value: number | null }[];
      };
      expect(section.run.quick).toBe(true);
      expect(section.run.durationMs).toBeGreaterThan(0);
      expect(section.chrome.zipBytes).toBeGreaterThan(0);
      expect(section.chrome.files.map((file) => file.path)).toContain('manifest.json');
      expect(section.targets.length).toBeGreaterThan(0);
      const numbers = numbersIn(section);
      expect(numbers.length).toBeGreaterThan(10);
      expect(numbers.every(Number.isFinite)).toBe(true);
    },
  );

  it(
    'rejects an unknown section with exit code 2 and the usage, writing nothing',
    { timeout: START_TIMEOUT_MS },
    async () => {
      const dir = resultsDir();
      const { code, stdout, stderr } = await bench(['--only', 'no-such-section', '--results', dir]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('no section named no-such-section');
      expect(stderr).toContain('usage: npm run bench');
      expect(existsSync(join(dir, 'latest.json'))).toBe(false);
    },
  );
});
