import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalogue } from '../../lib/catalogue';
import { catalogueMatcher, findInChunks, foldForMatch, type Catalogue } from '../../lib/entities';
import { BLOCK_SEPARATOR } from '../../lib/highlight';
import { readCorpusDir } from '../../lib/node';
import { formatMs, formatRatio, formatSpread, markdownTable } from '../support/markdown';
import type { BenchSection, SectionContext, SectionReport } from '../support/section';
import {
  consume,
  timeInterleaved,
  timeOnce,
  timeRepeated,
  type RepeatedTiming,
  type RepeatOptions,
} from '../support/timing';
import { catalogueAliases, type BenchAlias } from './matcher/bench-alias';
import { buildCombinedRegExps, findWithRegExps } from './matcher/combined-regexp';
import { compareMatches, type MatchComparison } from './matcher/compare-matches';
import { createIndexOfScan } from './matcher/index-of-scan';
import { repeatToLength } from './matcher/repeat-to-length';
import { resolveOverlaps, type Span } from './matcher/resolve-overlaps';
import { readTextSources, type TextSources } from './matcher/text-sources';

/**
 * The matcher section: how fast the mention matcher (an Aho–Corasick
 * automaton over folded text) gets through 1 MB and 10 MB of real page text,
 * side by side with a combined RegExp (the peer: what one would write
 * without an automaton) and one `indexOf` loop per alias (the floor), in
 * the same run; plus how long the catalogue takes to build from the seeds
 * and the matcher to compile from it.
 */

/** "1 MB" throughout is 1,000,000 UTF-16 code units (JavaScript string length), not bytes. */
export const MB = 1_000_000;
/**
 * Characters of the text every engine runs on, untimed, between the
 * collection and each timed run (and on which compile + first pass is
 * timed): long enough that V8 compiles a RegExp to machine code on that
 * pass (tried: the timed run after it is at full speed), short enough to
 * cost the other engines next to nothing.
 */
const SAMPLE_CHARS = 4096;
/** Disagreeing texts listed in the report; the JSON keeps them all. */
const DISAGREEMENTS_SHOWN = 8;

const SEED_DIR = fileURLToPath(new URL('../../seeds', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Saved real pages, shared with other projects: read in place at run time, never copied here. */
const PAGES_DIR = resolve(REPO_ROOT, '../shared/pages');

export const ENGINES = ['parallax', 'parallaxChunks', 'fold', 'regexp', 'indexOf'] as const;
export type EngineName = (typeof ENGINES)[number];

const ENGINE_LABELS: Record<EngineName, string> = {
  parallax: 'Parallax findAll',
  parallaxChunks: 'Parallax findInChunks',
  fold: 'foldForMatch alone (reference)',
  regexp: 'combined RegExp (peer)',
  indexOf: 'indexOf × aliases (floor)',
};

export interface MatcherBenchConfig {
  /** Text sizes in UTF-16 code units. */
  sizes: number[];
  /** Warm-up and timed runs for the throughput runs, by text size. */
  repeatsFor: (chars: number) => RepeatOptions;
  catalogue: RepeatOptions;
  compile: RepeatOptions;
  seedDir?: string;
  pagesDir?: string;
}

export const FULL_CONFIG: MatcherBenchConfig = {
  sizes: [MB, 10 * MB],
  repeatsFor: (chars) => (chars <= MB ? { warmup: 3, repeats: 20 } : { warmup: 1, repeats: 5 }),
  catalogue: { warmup: 2, repeats: 10 },
  compile: { warmup: 5, repeats: 30 },
};

export const QUICK_CONFIG: MatcherBenchConfig = {
  sizes: [MB],
  repeatsFor: () => ({ warmup: 2, repeats: 10 }),
  catalogue: { warmup: 1, repeats: 5 },
  compile: { warmup: 3, repeats: 15 },
};

export interface EngineResult {
  timing: RepeatedTiming;
  /** Millions of UTF-16 code units per second (= MB/s in this section's units), from the median. */
  mbPerSecond: number;
  /** Matches found in the last timed run (null for folding, which finds none). */
  matches: number | null;
}

export interface SizeResult {
  chars: number;
  /** The same text in UTF-8, for readers who think in bytes. */
  utf8Bytes: number;
  /** Text nodes, block separators and seed articles the text is made of (what findInChunks gets). */
  chunks: number;
  engines: Record<EngineName, EngineResult>;
  counts: {
    parallax: number;
    regexp: number;
    /** Every alias as a substring of the lower-cased text (acronyms: of the text). */
    indexOfSubstrings: number;
    /** Those at word boundaries: the floor's count. */
    indexOfAtBoundaries: number;
    /** Those with overlaps resolved leftmost-longest, as the matcher does (counted untimed). */
    indexOfResolved: number;
  };
  /** Parallax mentions per 100,000 characters. */
  mentionDensity: number;
  comparison: MatchComparison;
  ratios: {
    regexpOverParallax: number;
    indexOfOverParallax: number;
    chunksOverParallax: number;
    /** Share of findAll's median time that folding alone takes. */
    foldShare: number;
  };
}

export interface SetupTimings {
  parallax: RepeatedTiming;
  regexp: RepeatedTiming;
  indexOf: RepeatedTiming;
}

export interface MatcherBenchResult {
  unit: string;
  text: {
    pagesDir: string;
    pagesFound: boolean;
    sources: { name: string; kind: 'page' | 'seed'; chars: number }[];
    /** One pass over every source, separators included. */
    cycleChars: number;
    extractMs: number;
  };
  catalogue: {
    articles: number;
    entities: number;
    aliases: number;
    caseSensitiveAliases: number;
    /** readCorpusDir on the seeds, once (informational). */
    parseMs: number;
    build: RepeatedTiming;
  };
  compile: {
    /** catalogueMatcher / RegExp construction / lower-casing the aliases. */
    setup: SetupTimings;
    /** The same, then one pass over the first SAMPLE_CHARS of the text (where V8 compiles the RegExp). */
    setupAndFirstPass: SetupTimings;
    sampleChars: number;
  };
  sizes: SizeResult[];
  /**
   * Characters of text after which the RegExp's slower start (compile and
   * first pass) is repaid by its faster steady-state matching, on the
   * largest text; null when it never is (Parallax matches faster too).
   */
  breakEvenChars: number | null;
}

/** Where a faster-matching but slower-to-start engine catches up, if it does. */
export function breakEven(
  startMs: { parallax: number; other: number },
  matchMs: { parallax: number; other: number },
  chars: number,
): number | null {
  const savedPerChar = (matchMs.parallax - matchMs.other) / chars;
  const extraStart = startMs.other - startMs.parallax;
  if (savedPerChar <= 0) return null;
  return Math.max(0, extraStart / savedPerChar);
}

function countLength(results: unknown): number {
  return Array.isArray(results) ? results.length : 0;
}

/** The catalogue, timed; the articles are parsed once beforehand. */
function measureCatalogue(seedDir: string, repeat: RepeatOptions, log: (message: string) => void) {
  const parsed = timeOnce(() => readCorpusDir(seedDir));
  const built = timeRepeated(() => buildCatalogue(parsed.result), repeat);
  const { catalogue } = built.result;
  const aliases = catalogue.entities.flatMap((entity) => entity.aliases);
  log(
    `catalogue: ${catalogue.entities.length} items, ${aliases.length} aliases, built in ${formatMs(built.timing.medianMs)}`,
  );
  return {
    catalogue,
    summary: {
      articles: parsed.result.length,
      entities: catalogue.entities.length,
      aliases: aliases.length,
      caseSensitiveAliases: aliases.filter((alias) => alias.caseSensitive).length,
      parseMs: parsed.ms,
      build: built.timing,
    },
  };
}

/**
 * The three engines' setups from the same catalogue, side by side: alone,
 * and followed by a first pass over a short sample, because V8 compiles a
 * RegExp to code only when it first runs (the collection before each run
 * empties V8's RegExp cache, so every run compiles afresh).
 */
function measureCompile(
  catalogue: Catalogue,
  aliases: readonly BenchAlias[],
  sample: string,
  repeat: RepeatOptions,
) {
  const setup = timeInterleaved(
    {
      parallax: () => catalogueMatcher(catalogue),
      regexp: () => buildCombinedRegExps(aliases),
      indexOf: () => createIndexOfScan(aliases),
    },
    repeat,
  );
  const firstPass = timeInterleaved(
    {
      parallax: () => catalogueMatcher(catalogue).findAll(sample),
      regexp: () => findWithRegExps(buildCombinedRegExps(aliases), sample),
      indexOf: () => createIndexOfScan(aliases)(sample),
    },
    repeat,
  );
  return {
    timings: {
      setup: { parallax: setup.parallax.timing, regexp: setup.regexp.timing, indexOf: setup.indexOf.timing },
      setupAndFirstPass: {
        parallax: firstPass.parallax.timing,
        regexp: firstPass.regexp.timing,
        indexOf: firstPass.indexOf.timing,
      },
    },
    engines: { matcher: setup.parallax.result, regExps: setup.regexp.result, scan: setup.indexOf.result },
  };
}

/** The bench text of `chars` characters, as one string and as the chunks it joins. */
function benchText(sources: TextSources, chars: number): { chunks: string[]; text: string } {
  const chunks = repeatToLength(
    sources.sources.map((source) => source.chunks),
    chars,
    BLOCK_SEPARATOR,
  );
  return { chunks, text: chunks.join('') };
}

function measureSize(
  { chunks, text }: { chunks: string[]; text: string },
  engines: ReturnType<typeof measureCompile>['engines'],
  repeat: RepeatOptions,
  log: (message: string) => void,
): SizeResult {
  const chars = text.length;
  const { matcher, regExps, scan } = engines;
  // A slice shares the text's representation (one- or two-byte), for which V8 compiles RegExp code.
  const sample = text.slice(0, SAMPLE_CHARS);
  const sampleChunks = repeatToLength([chunks], SAMPLE_CHARS, '');
  const runs = (input: string, inputChunks: readonly string[]) => ({
    parallax: () => matcher.findAll(input),
    parallaxChunks: () => findInChunks(matcher, inputChunks),
    fold: () => foldForMatch(input),
    regexp: () => findWithRegExps(regExps, input),
    indexOf: () => scan(input),
  });
  const warm = runs(sample, sampleChunks);
  const timed = timeInterleaved(runs(text, chunks), repeat, (name) => consume(warm[name]()));
  const mentions = timed.parallax.result;
  const regexpSpans = timed.regexp.result;
  const indexOfCounts = timed.indexOf.result;
  const indexOfSpans: Span[] = [];
  scan(text, indexOfSpans);

  const engine = (name: EngineName, matches: number | null): EngineResult => ({
    timing: timed[name].timing,
    mbPerSecond: chars / MB / (timed[name].timing.medianMs / 1000),
    matches,
  });
  const median = (name: EngineName): number => timed[name].timing.medianMs;
  const result: SizeResult = {
    chars,
    utf8Bytes: Buffer.byteLength(text, 'utf8'),
    chunks: chunks.length,
    engines: {
      parallax: engine('parallax', mentions.length),
      parallaxChunks: engine('parallaxChunks', countLength(timed.parallaxChunks.result)),
      fold: engine('fold', null),
      regexp: engine('regexp', regexpSpans.length),
      indexOf: engine('indexOf', indexOfCounts.atBoundaries),
    },
    counts: {
      parallax: mentions.length,
      regexp: regexpSpans.length,
      indexOfSubstrings: indexOfCounts.substrings,
      indexOfAtBoundaries: indexOfCounts.atBoundaries,
      indexOfResolved: resolveOverlaps(indexOfSpans).length,
    },
    mentionDensity: (mentions.length / chars) * 100_000,
    comparison: compareMatches(text, mentions, regexpSpans),
    ratios: {
      regexpOverParallax: median('regexp') / median('parallax'),
      indexOfOverParallax: median('indexOf') / median('parallax'),
      chunksOverParallax: median('parallaxChunks') / median('parallax'),
      foldShare: median('fold') / median('parallax'),
    },
  };
  log(
    `${formatSize(chars)}: Parallax ${formatMs(median('parallax'))}, RegExp ${formatMs(median('regexp'))}, indexOf ${formatMs(median('indexOf'))} (${repeat.repeats} runs each)`,
  );
  return result;
}

/** Measures everything in `config`; reads the seeds and pages, writes nothing. */
export function runMatcherBench(
  config: MatcherBenchConfig,
  log: (message: string) => void = () => {},
): MatcherBenchResult {
  const seedDir = config.seedDir ?? SEED_DIR;
  const pagesDir = config.pagesDir ?? PAGES_DIR;
  const extracted = timeOnce(() => readTextSources(pagesDir, seedDir));
  const sources = extracted.result;
  const cycleChars =
    sources.sources.reduce((sum, source) => sum + source.chars, 0) +
    (sources.sources.length - 1) * BLOCK_SEPARATOR.length;
  log(
    sources.pagesFound
      ? `text: ${sources.sources.filter((source) => source.kind === 'page').length} pages and ${sources.sources.filter((source) => source.kind === 'seed').length} seed articles, ${cycleChars.toLocaleString('en-US')} chars (extracted in ${formatMs(extracted.ms)})`
      : `text: no pages in ${pagesDir}; seed articles only`,
  );

  const { catalogue, summary } = measureCatalogue(seedDir, config.catalogue, log);
  const aliases = catalogueAliases(catalogue);
  const firstText = benchText(sources, config.sizes[0] ?? MB);
  const compiled = measureCompile(catalogue, aliases, firstText.text.slice(0, SAMPLE_CHARS), config.compile);
  log(
    `compile: Parallax ${formatMs(compiled.timings.setup.parallax.medianMs)}, RegExp ${formatMs(compiled.timings.setup.regexp.medianMs)} (+ first pass: ${formatMs(compiled.timings.setupAndFirstPass.regexp.medianMs)})`,
  );
  const sizes = config.sizes.map((chars, i) =>
    measureSize(
      i === 0 ? firstText : benchText(sources, chars),
      compiled.engines,
      config.repeatsFor(chars),
      log,
    ),
  );
  const largest = sizes.at(-1);
  return {
    unit: 'MB = 1,000,000 UTF-16 code units (string length); MB/s = 10^6 code units per second',
    text: {
      pagesDir,
      pagesFound: sources.pagesFound,
      sources: sources.sources.map(({ name, kind, chars }) => ({ name, kind, chars })),
      cycleChars,
      extractMs: extracted.ms,
    },
    catalogue: summary,
    compile: { ...compiled.timings, sampleChars: SAMPLE_CHARS },
    sizes,
    breakEvenChars: largest
      ? breakEven(
          {
            parallax: compiled.timings.setupAndFirstPass.parallax.medianMs,
            other: compiled.timings.setupAndFirstPass.regexp.medianMs,
          },
          {
            parallax: largest.engines.parallax.timing.medianMs,
            other: largest.engines.regexp.timing.medianMs,
          },
          largest.chars,
        )
      : null,
  };
}

export function formatSize(chars: number): string {
  return chars % MB === 0 ? `${chars / MB} MB` : `${chars.toLocaleString('en-US')} chars`;
}

function formatThroughput(mbPerSecond: number): string {
  return mbPerSecond >= 100 ? mbPerSecond.toFixed(0) : mbPerSecond.toFixed(1);
}

function formatTiming(timing: RepeatedTiming): string {
  return `${formatMs(timing.medianMs)} ${formatSpread(timing.spread)} (${timing.repeats})`;
}

function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

/** The section's Markdown: tables first, then what the peer and the floor are. */
export function formatMatcherReport(result: MatcherBenchResult, quick: boolean): string {
  const { text, catalogue, compile, sizes } = result;
  const pages = text.sources.filter((source) => source.kind === 'page');
  const seeds = text.sources.filter((source) => source.kind === 'seed');
  const pageChars = pages.reduce((sum, source) => sum + source.chars, 0);
  const seedChars = seeds.reduce((sum, source) => sum + source.chars, 0);
  const lines: string[] = [];
  lines.push('## Matcher', '');
  lines.push(
    `${catalogue.entities} catalogue items, ${catalogue.aliases} aliases (${catalogue.caseSensitiveAliases} case-sensitive) from the ${catalogue.articles} seed articles · ` +
      `text: ${sizes.map((size) => formatSize(size.chars)).join(', ')}${quick ? ' (--quick)' : ''}; 1 MB = 1,000,000 UTF-16 code units (string length), so MB/s = million characters per second`,
    '',
  );
  if (!text.pagesFound) {
    lines.push(
      `**No saved pages found in \`${text.pagesDir}\`: the text is the seed articles alone, repeated, so the mention density is far above a real page's.**`,
      '',
    );
  }

  lines.push('### Throughput, side by side', '');
  const rows = sizes.flatMap((size) =>
    ENGINES.map((name) => {
      const engine = size.engines[name];
      const ratio =
        name === 'parallax'
          ? '1×'
          : name === 'fold'
            ? `${(size.ratios.foldShare * 100).toFixed(0)}% of findAll`
            : formatRatio(engine.timing.medianMs / size.engines.parallax.timing.medianMs);
      return [
        formatSize(size.chars),
        ENGINE_LABELS[name],
        formatTiming(engine.timing),
        formatThroughput(engine.mbPerSecond),
        engine.matches === null ? '–' : formatCount(engine.matches),
        ratio,
      ];
    }),
  );
  lines.push(
    markdownTable(['text', 'engine', 'time (median, spread, n)', 'MB/s', 'matches', 'time / Parallax'], rows),
    '',
  );
  lines.push(
    `Ratios: ${sizes
      .map(
        (size) =>
          `${formatSize(size.chars)} RegExp / Parallax ${formatRatio(size.ratios.regexpOverParallax)}, indexOf / Parallax ${formatRatio(size.ratios.indexOfOverParallax)}`,
      )
      .join('; ')} (above 1× the other engine is slower). In UTF-8 the texts are ${sizes
      .map((size) => `${formatSize(size.chars)} → ${formatCount(size.utf8Bytes)} bytes`)
      .join(', ')}.`,
    '',
  );
  const pageSizes = pages.map((source) => source.chars);
  const pageRange =
    pageSizes.length > 0
      ? ` (the saved pages have ${formatCount(Math.min(...pageSizes))}–${formatCount(Math.max(...pageSizes))} chars of text)`
      : '';
  const startGap = compile.setupAndFirstPass.regexp.medianMs - compile.setupAndFirstPass.parallax.medianMs;
  lines.push(
    result.breakEvenChars === null
      ? 'Once both are compiled, Parallax matches at least as fast as the RegExp, so the RegExp never catches up.'
      : startGap <= 0
        ? 'The RegExp is faster both to compile and to match on this text.'
        : `The RegExp matches faster once compiled, but starts ${formatMs(startGap)} later (compile, below): it catches up only after about ${(result.breakEvenChars / MB).toFixed(1)} MB of text per compiled RegExp${pageRange}.`,
    '',
  );

  lines.push('### Match counts', '');
  lines.push(
    markdownTable(
      [
        'text',
        'Parallax mentions',
        'per 100k chars',
        'RegExp',
        'indexOf substrings',
        '… at word boundaries',
        '… overlaps resolved',
        'Parallax only',
        'RegExp only',
      ],
      sizes.map((size) => [
        formatSize(size.chars),
        formatCount(size.counts.parallax),
        size.mentionDensity.toFixed(1),
        formatCount(size.counts.regexp),
        formatCount(size.counts.indexOfSubstrings),
        formatCount(size.counts.indexOfAtBoundaries),
        formatCount(size.counts.indexOfResolved),
        formatCount(size.comparison.parallaxOnly),
        formatCount(size.comparison.regexpOnly),
      ]),
    ),
    '',
  );
  const first = sizes[0];
  if (first && first.comparison.disagreements.length > 0) {
    lines.push(`Where Parallax and the RegExp disagree (${formatSize(first.chars)}, exact spans):`, '');
    lines.push(
      markdownTable(
        ['matched text', 'found only by', 'times', 'likely reason'],
        first.comparison.disagreements
          .slice(0, DISAGREEMENTS_SHOWN)
          .map((entry) => [
            JSON.stringify(entry.text),
            entry.foundBy === 'parallax' ? 'Parallax' : 'RegExp',
            formatCount(entry.count),
            entry.reason,
          ]),
        ['left', 'left', 'right', 'left'],
      ),
      '',
    );
  }

  lines.push('### Catalogue build and compile', '');
  lines.push(
    `\`buildCatalogue\` on the ${catalogue.articles} seed articles (parsed once beforehand by \`readCorpusDir\`, ${formatMs(catalogue.parseMs)}): ` +
      `**${formatMs(catalogue.build.medianMs)}** ${formatSpread(catalogue.build.spread)} (median of ${catalogue.build.repeats} after ${catalogue.build.warmup} warm-up), ${catalogue.entities} items. It has no peer here.`,
    '',
  );
  const setupRow = (name: keyof SetupTimings, label: string): string[] => [
    label,
    formatTiming(compile.setup[name]),
    formatTiming(compile.setupAndFirstPass[name]),
    formatRatio(compile.setupAndFirstPass[name].medianMs / compile.setupAndFirstPass.parallax.medianMs),
  ];
  lines.push(
    markdownTable(
      [
        'setup',
        'alone (median, spread, n)',
        `+ first pass over ${formatCount(compile.sampleChars)} chars`,
        'with first pass / Parallax',
      ],
      [
        setupRow('parallax', 'Parallax: catalogueMatcher (Aho–Corasick)'),
        setupRow('regexp', 'RegExp: construction'),
        setupRow('indexOf', 'indexOf: lower-case the aliases'),
      ],
    ),
    '',
  );

  const sourceList = text.sources
    .map((source) => `${source.name} (${(source.chars / 1000).toFixed(0)}k)`)
    .join(', ');
  lines.push(
    `- **Text**: the visible text of ${pages.length} saved real pages (${formatCount(pageChars)} chars; every \`*/source.html\` in \`${text.pagesDir}\`, discovered at run time) and the ${seeds.length} seed articles (\`seeds/*.txt\`, ${formatCount(seedChars)} chars), seeds spread evenly among the pages, documents joined by the block separator; one pass is ${formatCount(text.cycleChars)} chars, repeated from the start and cut to exactly the size. Order: ${sourceList}. Page text is \`extractPageText\` on a linkedom document, as text nodes and block separators (the chunks findInChunks gets), white space kept as in the DOM.`,
    `- **Parallax findAll**: \`catalogueMatcher(catalogue).findAll(text)\` — folding each code unit as it is read (lower case, accents, white space and hyphens, through lookup tables), one pass of a dense Aho–Corasick automaton (offsets worked out only where a match ends), word-boundary and capitalisation checks, overlaps resolved leftmost-longest, mention objects. **findInChunks** is what the content script calls: the same over the page's text nodes, plus mapping each mention back to (chunk, offset). **foldForMatch alone** folds the whole text into new strings with an offset map, as the matcher did before it folded on the fly; it is kept as a reference for what materialising the folded text would cost.`,
    "- **Combined RegExp (peer)**: every alias escaped, longest first, in one alternation, each with `(?<![\\p{L}\\p{N}\\p{M}])` / `(?![\\p{L}\\p{N}\\p{M}])` at ends that are word characters (the matcher's boundary rule), run with `matchAll`; one RegExp with flags `giu` for ordinary aliases and one with `gu` for case-sensitive acronyms (Node 20 has no inline `(?i:)`), their spans merged leftmost-longest. V8 compiles a RegExp to machine code only at its first run, so its compile cost shows in the *first pass* column; and it discards that code after two full garbage collections without a run, so before each timed run every engine makes an untimed pass over the first 4,096 chars, after the collection (otherwise the RegExp would be timed recompiling).",
    '- **indexOf (floor)**: per alias, a loop of `indexOf` over a lower-cased copy of the text (acronyms over the text itself), checking word boundaries at each hit (two code-unit tests) and counting; no folding, no overlap resolution, no match objects. Its cost is one pass per alias, so it grows with the catalogue; lower-casing the text is inside the timed run.',
    `- **Why the counts differ**: the floor counts nested aliases separately ("President Donald Trump" is also "Donald Trump" and "Trump") and the overlap-resolved column removes that; the RegExp ignores the capitals the matcher requires of proper nouns ("china" is not "China"); and the matcher folds line breaks, runs of spaces, hyphens and accents, so a name broken across lines or written with accents counts for it alone${first ? ` (on this text: ${formatCount(first.comparison.parallaxOnly)} mentions only Parallax found, ${formatCount(first.comparison.regexpOnly)} only the RegExp found, out of ${formatCount(first.counts.parallax)})` : ''}. Parallax and the RegExp are compared span by span; the floor only by count.`,
    '- **Method**: every engine runs on the same string in the same process, interleaved run by run (order rotated each run) after warm-up runs, garbage collected before each; median of n runs, spread ± half the range over the median. Compile: the three setups interleaved the same way; the collection also empties the RegExp cache of V8, so each RegExp run compiles afresh.',
  );
  return lines.join('\n');
}

function toReport(result: MatcherBenchResult, quick: boolean): SectionReport {
  return { json: { ...result }, markdown: formatMatcherReport(result, quick), files: [] };
}

/** Runs the matcher section with any config; the smoke test uses a tiny one. */
export function runMatcherSection(config: MatcherBenchConfig, context: SectionContext): SectionReport {
  return toReport(runMatcherBench(config, context.log), context.quick);
}

export const matcherSection: BenchSection = {
  name: 'matcher',
  summary:
    'mention matcher MB/s on 1 and 10 MB of real page text vs a combined RegExp and indexOf; catalogue build, compile',
  run: (context) => Promise.resolve(runMatcherSection(context.quick ? QUICK_CONFIG : FULL_CONFIG, context)),
};
