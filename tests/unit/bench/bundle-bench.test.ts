import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkBundleTargets,
  CONTENT_GZIP_LIMIT_BYTES,
  contentScriptGzipBytes,
  formatBundleReport,
  type BundleBenchResult,
} from '../../../bench/sections/bundle';
import { classifyFiles, type ManifestFields } from '../../../bench/sections/bundle/classify-files';
import { findReferences } from '../../../bench/sections/bundle/find-references';
import {
  GZIP_LEVEL,
  gzipBytes,
  measureBundle,
  measureFiles,
  type BundleFile,
} from '../../../bench/sections/bundle/measure-bundle';

/** A built extension as WXT lays it out for Chrome MV3, reduced to what the classifier reads. */
const MANIFEST: ManifestFields = {
  background: { service_worker: 'background.js' },
  content_scripts: [{ js: ['content-scripts/content.js'], css: ['content-scripts/content.css'] }],
  web_accessible_resources: [{ resources: ['content-engine.js', 'icon/16.png'] }],
  icons: { '16': 'icon/16.png', '128': 'icon/128.png' },
};

const TEXTS: Record<string, string> = {
  'background.js': '(function(){console.log("bg")})();',
  'content-scripts/content.js': 'var content=(function(){})();',
  'content-engine.js': '(function(){})();',
  'popup.html':
    '<!DOCTYPE html><html><head><script type="module" crossorigin src="/chunks/popup-BVf3qkbx.js"></script>' +
    '<link rel="stylesheet" crossorigin href="/assets/popup-CmeMxRTD.css"></head><body></body></html>',
  'options.html': '<script type="module" src="/chunks/options-AAAAAAAA.js"></script>',
  'chunks/popup-BVf3qkbx.js': 'import{h as e}from"./preact-Cx1_2-yz.js";e();',
  'chunks/options-AAAAAAAA.js': 'import"./preact-Cx1_2-yz.js";const t=()=>import("./lazy-DDDDDDDD.js");',
  'chunks/preact-Cx1_2-yz.js': 'export const h=1;',
  'chunks/lazy-DDDDDDDD.js': 'export default 1;',
};

const PATHS = [
  ...Object.keys(TEXTS),
  'assets/popup-CmeMxRTD.css',
  'content-scripts/content.css',
  'corpus/index.json',
  'corpus/catalogue.json',
  'icon/16.png',
  'icon/128.png',
  'manifest.json',
  'stray.txt',
].sort();

function readText(path: string): string {
  const text = TEXTS[path];
  if (text === undefined) throw new Error(`test: ${path} is not readable here`);
  return text;
}

describe('findReferences', () => {
  it('reads the scripts and stylesheets of a built page as bundle paths', () => {
    expect(findReferences('popup.html', readText('popup.html'))).toEqual([
      'chunks/popup-BVf3qkbx.js',
      'assets/popup-CmeMxRTD.css',
    ]);
  });

  it('resolves a page’s relative references against the page’s folder and leaves out external URLs', () => {
    const html =
      '<script src="./main.js"></script><link rel="modulepreload" href="../shared.js?v=1">' +
      '<script src="https://example.com/x.js"></script><link rel="icon" href="//cdn.example/i.png">';
    expect(findReferences('pages/settings.html', html)).toEqual(['pages/main.js', 'shared.js']);
  });

  it('follows static, bare and dynamic relative imports of a minified chunk', () => {
    expect(findReferences('chunks/options-AAAAAAAA.js', readText('chunks/options-AAAAAAAA.js'))).toEqual([
      'chunks/preact-Cx1_2-yz.js',
      'chunks/lazy-DDDDDDDD.js',
    ]);
    expect(findReferences('chunks/a.js', 'export{x}from "../b.js"; import { y } from \'./c.js\';')).toEqual([
      'b.js',
      'chunks/c.js',
    ]);
  });

  it('ignores bare package specifiers, which a built bundle cannot load, and other kinds of file', () => {
    expect(findReferences('a.js', 'import x from "preact"; const s = "from ./b.js";')).toEqual([]);
    expect(findReferences('a.css', '@import "./b.css";')).toEqual([]);
  });
});

describe('classifyFiles', () => {
  const entries = classifyFiles(PATHS, MANIFEST, readText);

  it('names the background and content scripts from the manifest, CSS included', () => {
    expect(entries.get('background.js')).toBe('background');
    expect(entries.get('content-scripts/content.js')).toBe('content');
    expect(entries.get('content-scripts/content.css')).toBe('content');
  });

  it('counts the web-accessible scripts the content script imports by runtime URL as the content script', () => {
    expect(entries.get('content-engine.js')).toBe('content');
    expect(entries.get('icon/16.png')).toBe('icons');
    const mv2 = classifyFiles(
      PATHS,
      { ...MANIFEST, web_accessible_resources: ['content-engine.js'] },
      readText,
    );
    expect(mv2.get('content-engine.js')).toBe('content');
  });

  it('counts a module the content script imports only where a feature is on apart, not in what every page loads', () => {
    const withReader = classifyFiles(
      [...PATHS, 'keep-reader.js'],
      { ...MANIFEST, web_accessible_resources: ['content-engine.js', 'keep-reader.js'] },
      (path) => (path === 'keep-reader.js' ? '(function(){})();' : readText(path)),
    );
    expect(withReader.get('content-engine.js')).toBe('content');
    expect(withReader.get('keep-reader.js')).toBe('content-on-demand');
  });

  it('names each page and what it loads after the page’s file name, following imports transitively', () => {
    expect(entries.get('popup.html')).toBe('popup');
    expect(entries.get('chunks/popup-BVf3qkbx.js')).toBe('popup');
    expect(entries.get('assets/popup-CmeMxRTD.css')).toBe('popup');
    expect(entries.get('options.html')).toBe('options');
    expect(entries.get('chunks/lazy-DDDDDDDD.js')).toBe('options');
  });

  it('calls a chunk that two pages load shared', () => {
    expect(entries.get('chunks/preact-Cx1_2-yz.js')).toBe('shared');
  });

  it('puts the corpus assets, the manifest’s icons and the manifest in their groups, and the rest in other', () => {
    expect(entries.get('corpus/index.json')).toBe('corpus');
    expect(entries.get('corpus/catalogue.json')).toBe('corpus');
    expect(entries.get('icon/16.png')).toBe('icons');
    expect(entries.get('icon/128.png')).toBe('icons');
    expect(entries.get('manifest.json')).toBe('manifest');
    expect(entries.get('stray.txt')).toBe('other');
    expect([...entries.keys()].sort()).toEqual(PATHS);
  });

  it('reads MV2 background scripts and browser_action icons, with or without a leading slash', () => {
    const mv2 = classifyFiles(
      ['background.js', 'icon/19.png', 'manifest.json'],
      {
        background: { scripts: ['/background.js'] },
        browser_action: { default_icon: { '19': '/icon/19.png' } },
      },
      () => '',
    );
    expect(Object.fromEntries(mv2)).toEqual({
      'background.js': 'background',
      'icon/19.png': 'icons',
      'manifest.json': 'manifest',
    });
  });

  it('counts a background page as the background, not as a page of its own', () => {
    const classified = classifyFiles(
      ['background.html', 'chunks/bg-12345678.js'],
      { background: { page: 'background.html' } },
      (path) => (path === 'background.html' ? '<script src="/chunks/bg-12345678.js"></script>' : ''),
    );
    expect(classified.get('background.html')).toBe('background');
    expect(classified.get('chunks/bg-12345678.js')).toBe('background');
  });
});

function file(path: string, entry: string, bytes: number, gzip: number): BundleFile {
  return { path, entry, bytes, gzipBytes: gzip };
}

describe('gzip measures', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bundle-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('counts a whole gzip stream at level 9: no larger than a quick level’s, header and trailer included', () => {
    const text = Buffer.from(TEXTS['popup.html']!.repeat(50));
    const size = gzipBytes(text);
    expect(GZIP_LEVEL).toBe(9);
    expect(size).toBeLessThanOrEqual(gzipSync(text, { level: 1 }).length);
    expect(size).toBeLessThan(text.length / 10);
    expect(gzipBytes(Buffer.alloc(0))).toBe(20); // gzip's 10-byte header, empty block, 8-byte trailer
  });

  it('measures every file below a folder with /-separated paths, sorted, and classifies a built extension', () => {
    mkdirSync(join(dir, 'content-scripts'), { recursive: true });
    mkdirSync(join(dir, 'corpus'), { recursive: true });
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(MANIFEST));
    writeFileSync(join(dir, 'content-scripts/content.js'), 'x'.repeat(5000));
    writeFileSync(join(dir, 'corpus/index.json'), '{}');
    const measured = measureFiles(dir);
    expect(measured.map((entry) => entry.path)).toEqual([
      'content-scripts/content.js',
      'corpus/index.json',
      'manifest.json',
    ]);
    expect(measured[0]?.bytes).toBe(5000);
    expect(measured[0]?.gzipBytes).toBe(gzipBytes(Buffer.from('x'.repeat(5000))));

    expect(measureBundle(dir).map(({ path, entry }) => [path, entry])).toEqual([
      ['content-scripts/content.js', 'content'],
      ['corpus/index.json', 'corpus'],
      ['manifest.json', 'manifest'],
    ]);
  });

  it('names the manifest when it cannot be read', () => {
    const empty = mkdtempSync(join(dir, 'empty-'));
    expect(() => measureBundle(empty)).toThrow(/^bench: bundle: .*manifest\.json: /u);
  });
});

describe('content script target', () => {
  const files = [
    file('content-scripts/content.js', 'content', 90_000, 30_000),
    file('content-scripts/extra.js', 'content', 9_000, 3_000),
    file('content-scripts/content.css', 'content', 1_000, 250_000),
    file('background.js', 'background', 1, 900_000),
  ];

  it('sums the gzip bytes of the content scripts’ JS only, and is absent without a content script', () => {
    expect(contentScriptGzipBytes(files)).toBe(33_000);
    expect(contentScriptGzipBytes([file('background.js', 'background', 1, 1)])).toBeNull();
  });

  it('holds the content script to 50 KiB gzipped in each browser, the limit included', () => {
    expect(CONTENT_GZIP_LIMIT_BYTES).toBe(51_200);
    const atLimit = [file('content-scripts/content.js', 'content', 1, CONTENT_GZIP_LIMIT_BYTES)];
    const over = [file('content-scripts/content.js', 'content', 1, CONTENT_GZIP_LIMIT_BYTES + 1)];
    const targets = checkBundleTargets({ chrome: { files: atLimit }, firefox: { files: over } });
    expect(targets.map((target) => [target.name.split(' ')[0], target.met, target.unit])).toEqual([
      ['Chrome', true, 'KiB'],
      ['Firefox', false, 'KiB'],
    ]);
    expect(checkBundleTargets({ chrome: { files: [] }, firefox: { files } })[0]?.met).toBeNull();
  });
});

describe('formatBundleReport', () => {
  const chromeFiles = [
    file('background.js', 'background', 119_351, 40_121),
    file('chunks/popup-BVf3qkbx.js', 'popup', 60_330, 20_600),
    file('content-scripts/content.js', 'content', 87_657, 30_438),
    file('manifest.json', 'manifest', 888, 455),
  ];
  const firefoxFiles = [
    file('background.js', 'background', 119_351, 40_121),
    file('chunks/popup-ZZZZZZZZ.js', 'popup', 60_000, 20_500),
    file('content-scripts/content.js', 'content', 87_657, 60_000),
    file('manifest.json', 'manifest', 1045, 528),
    file('firefox-only.js', 'other', 10, 30),
  ];
  const result: BundleBenchResult = {
    chrome: { zipFile: 'parallax-0.1.0-chrome.zip', zipBytes: 128_021, buildMs: 7000, files: chromeFiles },
    firefox: { zipFile: 'parallax-0.1.0-firefox.zip', zipBytes: 128_094, buildMs: 6500, files: firefoxFiles },
    gzipLevel: GZIP_LEVEL,
    targets: checkBundleTargets({ chrome: { files: chromeFiles }, firefox: { files: firefoxFiles } }),
  };
  const markdown = formatBundleReport(result);

  it('has the section heading, the tables and the targets with the limit in KiB and bytes', () => {
    expect(markdown).toMatch(/^## Bundle$/mu);
    for (const heading of ['Zipped extension', 'Targets']) {
      expect(markdown).toMatch(new RegExp(`^### ${heading}`, 'mu'));
    }
    expect(markdown).toContain(
      '| Chrome MV3 content script JS (injected script + engine), gzip | ≤ 50.0 KiB (51,200 B) | 29.7 KiB (30,438 B) | pass |',
    );
    expect(markdown).toContain(
      '| Firefox MV2 content script JS (injected script + engine), gzip | ≤ 50.0 KiB (51,200 B) | 58.6 KiB (60,000 B) | **miss** |',
    );
  });

  it('sums the files of each browser beside its zip', () => {
    expect(markdown).toContain('| Chrome MV3 | `parallax-0.1.0-chrome.zip` | 4 |');
  });
});
