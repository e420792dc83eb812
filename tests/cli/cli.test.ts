import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fixtureCorpusDir, repoPath, SEEDS_DIR } from '../helpers/fixtures';
import { sharedPath, unlessShared } from '../helpers/shared-dir';

const run = promisify(execFile);
const TSX = repoPath('node_modules/.bin/tsx');
/**
 * A hang guard, not a speed check: each run starts tsx and builds a catalogue, seconds on two
 * idle cores and over 30 s on two cores at a load average above 20.
 */
const CLI_TIMEOUT_MS = 120_000;

/** Runs a CLI script as a user would; a non-zero exit comes back as its output, not a throw. */
async function cli(
  script: string,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, [repoPath(`cli/${script}.ts`), ...args], { cwd: repoPath('') });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

function page(html: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'parallax-cli-')), 'page.html');
  writeFileSync(file, html);
  return file;
}

interface EntitiesJson {
  story: { id: string; label: string; score: number } | null;
  mentions: {
    entityId: string;
    label: string;
    kind: string;
    text: string;
    start: number;
    end: number;
    shown: boolean;
  }[];
  entities: { id: string; label: string; kind: string; count: number }[];
}

describe('npm run entities', { timeout: CLI_TIMEOUT_MS }, () => {
  it('prints the mentions in an HTML page’s visible text as JSON, across inline elements', async () => {
    const file = page(
      '<html><head><title>Marta Ilves</title><script>var x = "Port Calder";</script></head>' +
        '<body><p>Marta <b>Ilves</b> met the harbour master at Port Calder.</p><p>Ms Ilves left.</p></body></html>',
    );
    const { code, stdout } = await cli('entities', [
      file,
      '--corpus',
      fixtureCorpusDir('harbour-strike'),
      '--json',
    ]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as EntitiesJson;
    expect(result.mentions.map((mention) => mention.text)).toEqual([
      'Marta Ilves',
      'Port Calder',
      'Ms Ilves',
    ]);
    expect(result.entities).toContainEqual({
      id: 'marta-ilves',
      label: 'Marta Ilves',
      kind: 'person',
      count: 2,
    });
    for (const mention of result.mentions) expect(mention.end - mention.start).toBe(mention.text.length);
  });

  it('reads a plain text file and prints a readable report', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'parallax-cli-')), 'note.txt');
    writeFileSync(file, 'Steve Witkoff flew to Moscow to meet Vladimir Putin.');
    const { code, stdout } = await cli('entities', [file]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^3 mentions of 3 items/u);
    // Witkoff, Moscow and Putin are what the seeds' story of the Moscow talks is about.
    expect(stdout).toMatch(/^story: .* \(s-000_ad04fbc0c7af5402\), score [\d.]+; 3 highlighted$/mu);
    expect(stdout).toContain('[Steve Witkoff]');
  });

  it('puts a seed article on its story and highlights every item in it', async () => {
    const { code, stdout } = await cli('entities', [join(SEEDS_DIR, '001_4ad11c5cc216dbde.txt'), '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as EntitiesJson;
    expect(result.story).toMatchObject({ id: 's-000_ad04fbc0c7af5402', score: 1 });
    const shownItems = new Set(result.mentions.filter((m) => m.shown).map((m) => m.entityId));
    expect(shownItems).toEqual(new Set(result.entities.map((entity) => entity.id)));
    // A text file is one block: each item's first mention is highlighted, the rest are not.
    expect(result.mentions.filter((m) => m.shown)).toHaveLength(result.entities.length);
  });

  it(
    'finds no story for a page about another story, lists every mention and highlights none of its generic items',
    unlessShared('pages/bbc-1'),
    async () => {
      const { code, stdout } = await cli('entities', [sharedPath('pages/bbc-1/source.html'), '--json']);
      expect(code).toBe(0);
      const result = JSON.parse(stdout) as EntitiesJson;
      expect(result.story).toBeNull();
      expect(result.mentions.length).toBeGreaterThan(40);
      expect(result.mentions.filter((m) => m.shown)).toEqual([]);
    },
  );

  it('fails with the file name when the file cannot be read, and with usage when none is given', async () => {
    const missing = await cli('entities', ['no/such/page.html']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no/such/page.html');
    const none = await cli('entities', []);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^usage: /u);
  });
});

describe('npm run catalogue', { timeout: CLI_TIMEOUT_MS }, () => {
  it('prints any corpus folder’s catalogue as JSON', async () => {
    const { code, stdout } = await cli('catalogue', [
      '--corpus',
      fixtureCorpusDir('harbour-strike'),
      '--json',
    ]);
    expect(code).toBe(0);
    const catalogue = JSON.parse(stdout) as { entities: { label: string; kind: string }[] };
    expect(catalogue.entities).toContainEqual(
      expect.objectContaining({ label: 'Tomas Brennick', kind: 'person' }),
    );
  });

  it('prints counts by kind for the seeds', async () => {
    const { code, stdout } = await cli('catalogue', []);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+ items: \d+ person, \d+ organisation, \d+ place, \d+ topic, \d+ date/u);
  });
});

interface CompareJson {
  item: { label: string } | null;
  sources: { sourceId: string; outlet: string | null; passages: { text: string }[] }[];
  facts: { sourceId: string; kind: string; value: number | null; unit: string | null; text: string }[];
  discrepancies: { values: { sourceId: string; value: number | null; text: string }[] }[];
  extent: { message: string; facts: number; compared: number; differ: number; agree: number };
}

interface QueryRow {
  sourceId: string;
  outlet: string | null;
  title: string | null;
  text: string;
  score: number;
  storyId: string | null;
}

describe('npm run query', { timeout: CLI_TIMEOUT_MS }, () => {
  it('answers with a JSON array of passages, best first, each naming its source and its story', async () => {
    const { code, stdout } = await cli('query', [
      'how long did Witkoff meet Putin',
      '--json',
      '--limit',
      '5',
    ]);
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as QueryRow[];
    expect(rows).toHaveLength(5);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(
        expect.arrayContaining(['sourceId', 'outlet', 'title', 'text', 'score', 'storyId']),
      );
      expect(typeof row.score).toBe('number');
    }
    expect(rows.map((row) => row.score)).toEqual(rows.map((row) => row.score).sort((a, b) => b - a));
    // 000–003 report the same visit: one story.
    const visit = rows.filter((row) => row.sourceId !== '004_cf8e87853554287d');
    expect(new Set(visit.map((row) => row.storyId)).size).toBe(1);
    expect(visit[0]?.storyId).toMatch(/^s-/u);
  });

  it('prints the passages grouped by story, each story with its label and dates', async () => {
    const { code, stdout } = await cli('query', ['ceasefire']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^▌ .+ · \d{4}-\d{2}-\d{2}.* \(s-[^)]+\)$/mu);
  });
});

describe('npm run compare', { timeout: CLI_TIMEOUT_MS }, () => {
  it('sets the differing figures of different sources side by side, as JSON', async () => {
    const { code, stdout } = await cli('compare', [
      'repairs',
      '--corpus',
      fixtureCorpusDir('dam-breach'),
      '--json',
    ]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as CompareJson;
    expect(result.item).toBeNull();
    const money = result.discrepancies.find((d) => d.values.some((v) => v.text === '€40m'));
    expect(money?.values.map((v) => [v.sourceId, v.value])).toEqual([
      ['001_herald', 40_000_000],
      ['002_post', 65_000_000],
    ]);
    for (const fact of result.facts) expect(fact).toHaveProperty('unit');
    expect(result.extent).toMatchObject({ message: 'compared', facts: result.facts.length, differ: 1 });
  });

  it('prints a readable report for a catalogue item', async () => {
    const { code, stdout } = await cli('compare', ['Witkoff']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Steve Witkoff \(person\): 4 sources speak of it/u);
    // How much could be compared, never a bare "0 differ".
    expect(stdout).toMatch(
      /^\d+ of \d+ facts could be set beside another source’s: (no difference|\d+ differences?), \d+ agreements?\.$/mu,
    );
    expect(stdout).not.toMatch(/\b0 differ\b/u);
    expect(stdout).toContain('AGREE');
    expect(stdout).toContain('“useful and constructive”');
    // A quotation is said by someone or not attributed, as a reader would put it.
    expect(stdout).toMatch(/ — said by [^\n]+$/mu);
    expect(stdout).not.toContain('speaker unknown');
  });
});

describe('every CLI on a bad corpus folder', { timeout: CLI_TIMEOUT_MS }, () => {
  /** A corpus folder with one good article and `extra` files beside it. */
  function corpus(extra: Record<string, string | Uint8Array>): string {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-cli-corpus-'));
    writeFileSync(join(dir, 'a.txt'), 'Crane operators stopped work at Port Calder on Monday.');
    for (const [name, contents] of Object.entries(extra)) writeFileSync(join(dir, name), contents);
    return dir;
  }

  // Two CLI runs in one test: twice the time.
  it(
    'fails with the build’s one-line message, naming the file and the reason, and no stack',
    { timeout: 2 * CLI_TIMEOUT_MS },
    async () => {
      const dir = corpus({ 'b.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]) });
      const expected = `corpus: ${dir}/b.txt: is not UTF-8 text (byte 0x89 at offset 0); is it a binary file?\n`;
      for (const [script, args] of [
        ['query', ['Calder', '--corpus', dir]],
        ['catalogue', ['--corpus', dir]],
      ] as const) {
        const { code, stdout, stderr } = await cli(script, [...args]);
        expect({ script, code, stdout, stderr }).toEqual({ script, code: 1, stdout: '', stderr: expected });
      }
    },
  );

  it('reports a bad manifest field the way the build does', async () => {
    const dir = corpus({ 'sources.json': JSON.stringify({ a: { title: null, published: 'Monday' } }) });
    const { code, stderr } = await cli('query', ['Calder', '--corpus', dir]);
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`^corpus: ${dir}/sources\\.json: manifest field "a\\.`, 'u'));
    expect(stderr).toContain('field "a.published": is not an ISO date (YYYY-MM-DD)');
  });

  it('warns on standard error about a skipped empty article and answers from the rest', async () => {
    const dir = corpus({ 'empty.txt': '' });
    const { code, stdout, stderr } = await cli('query', ['Calder', '--corpus', dir]);
    expect(code).toBe(0);
    expect(stderr).toBe(`corpus: ${dir}/empty.txt: skipped: the file is empty\n`);
    expect(stdout).toMatch(/^1 passages for "Calder" in 1 of 1 sources/u);
  });
});
