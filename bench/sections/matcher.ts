import { buildCatalogue } from '../../lib/catalogue';
import { catalogueMatcher } from '../../lib/entities';
import { BLOCK_SEPARATOR } from '../../lib/highlight';
import { readCorpusDir } from '../../lib/node';
import { formatMs, formatRatio, formatTiming, markdownTable, methodLink } from '../support/markdown';
import { PAGES_DIR, SEED_DIR } from '../support/paths';
import { defineSection } from '../support/section';
import {
  consume,
  timeInterleaved,
  timeOnce,
  type RepeatedTiming,
  type RepeatOptions,
} from '../support/timing';
import { buildCombinedRegExps, catalogueAliases, findWithRegExps } from './matcher/combined-regexp';
import { createIndexOfScan } from './matcher/index-of-scan';
import { repeatToLength } from './matcher/repeat-to-length';
import { readTextSources } from './matcher/text-sources';

/** The matcher section (docs/bench.md#matcher). */

/** "1 MB" throughout is 1,000,000 UTF-16 code units (JavaScript string length), not bytes. */
export const MB = 1_000_000;
/**
 * Characters every engine runs on, untimed, before each timed run: long
 * enough that V8 compiles a RegExp to machine code there, short enough to
 * cost the other engines next to nothing.
 */
const SAMPLE_CHARS = 4096;

export const ENGINES = ['parallax', 'regexp', 'indexOf'] as const;
export type EngineName = (typeof ENGINES)[number];

const ENGINE_LABELS: Record<EngineName, string> = {
  parallax: 'Parallax findAll',
  regexp: 'combined RegExp (peer)',
  indexOf: 'indexOf × aliases (floor)',
};

export interface MatcherBenchConfig {
  /** Text sizes in UTF-16 code units. */
  sizes: number[];
  /** Warm-up and timed runs for the throughput runs, by text size. */
  repeatsFor: (chars: number) => RepeatOptions;
  pagesDir?: string;
}

export const FULL_CONFIG: MatcherBenchConfig = {
  sizes: [MB, 10 * MB],
  repeatsFor: (chars) => (chars <= MB ? { warmup: 3, repeats: 20 } : { warmup: 1, repeats: 5 }),
};

export const QUICK_CONFIG: MatcherBenchConfig = {
  sizes: [MB],
  repeatsFor: () => ({ warmup: 2, repeats: 10 }),
};

export interface EngineResult {
  timing: RepeatedTiming;
  /** Millions of UTF-16 code units per second, from the median. */
  mbPerSecond: number;
  /** Matches in the last timed run (the floor's: hits at word boundaries, nested aliases each counted). */
  matches: number;
  /** This engine's median time ÷ Parallax's. */
  overParallax: number;
}

export type MatcherBenchResult = ReturnType<typeof runMatcherBench>;

/** Measures everything in `config`; reads the seeds and pages, writes nothing. */
export function runMatcherBench(config: MatcherBenchConfig, log: (message: string) => void = () => {}) {
  const pagesDir = config.pagesDir ?? PAGES_DIR;
  const extracted = timeOnce(() => readTextSources(pagesDir, SEED_DIR));
  const { sources, pagesFound } = extracted.result;
  log(
    pagesFound
      ? `text: ${sources.length} pages and seed articles (extracted in ${formatMs(extracted.ms)})`
      : `text: no pages in ${pagesDir}; seed articles only`,
  );
  const { catalogue } = buildCatalogue(readCorpusDir(SEED_DIR));
  const aliases = catalogueAliases(catalogue);
  log(`catalogue: ${catalogue.entities.length} items, ${aliases.length} aliases`);
  const matcher = catalogueMatcher(catalogue);
  const regExps = buildCombinedRegExps(aliases);
  const scan = createIndexOfScan(aliases);
  const chunks = sources.map((source) => source.chunks);
  const sizes = config.sizes.map((chars) => {
    const text = repeatToLength(chunks, chars, BLOCK_SEPARATOR).join('');
    // A slice shares the text's representation (one- or two-byte), for which V8 compiles RegExp code.
    const sample = text.slice(0, SAMPLE_CHARS);
    const runs = (input: string) => ({
      parallax: () => matcher.findAll(input).length,
      regexp: () => findWithRegExps(regExps, input).length,
      indexOf: () => scan(input).atBoundaries,
    });
    const warm = runs(sample);
    const timed = timeInterleaved(runs(text), config.repeatsFor(chars), (name) => consume(warm[name]()));
    const engine = (name: EngineName): EngineResult => ({
      timing: timed[name].timing,
      mbPerSecond: chars / MB / (timed[name].timing.medianMs / 1000),
      matches: timed[name].result,
      overParallax: timed[name].timing.medianMs / timed.parallax.timing.medianMs,
    });
    const engines = { parallax: engine('parallax'), regexp: engine('regexp'), indexOf: engine('indexOf') };
    log(
      `${formatSize(chars)}: ${ENGINES.map((name) => `${name} ${formatMs(engines[name].timing.medianMs)}`).join(', ')}`,
    );
    return { chars, engines };
  });
  return {
    text: {
      pagesDir,
      pagesFound,
      sources: sources.map(({ name, kind, chars }) => ({ name, kind, chars })),
      extractMs: extracted.ms,
    },
    catalogue: {
      entities: catalogue.entities.length,
      aliases: catalogue.entities.flatMap((entity) => entity.aliases).length,
    },
    sizes,
  };
}

export function formatSize(chars: number): string {
  return chars % MB === 0 ? `${chars / MB} MB` : `${chars.toLocaleString('en-US')} chars`;
}

export function formatMatcherReport(result: MatcherBenchResult, quick: boolean): string {
  const { text, catalogue, sizes } = result;
  const throughput = markdownTable(
    ['text', 'engine', 'time (median, spread, n)', 'MB/s', 'matches', 'time ÷ Parallax'],
    sizes.flatMap((size) =>
      ENGINES.map((name) => {
        const engine = size.engines[name];
        return [
          formatSize(size.chars),
          ENGINE_LABELS[name],
          `${formatTiming(engine.timing)} (${engine.timing.repeats})`,
          engine.mbPerSecond.toFixed(engine.mbPerSecond >= 100 ? 0 : 1),
          engine.matches.toLocaleString('en-US'),
          formatRatio(engine.overParallax),
        ];
      }),
    ),
  );
  const noPages = text.pagesFound
    ? ''
    : `**No saved pages found in \`${text.pagesDir}\`: the text is the seed articles alone, repeated.**\n\n`;
  return `## Matcher

${catalogue.entities} catalogue items, ${catalogue.aliases} aliases · text: ${sizes.map((size) => formatSize(size.chars)).join(', ')}${quick ? ' (--quick)' : ''} from ${text.sources.length} pages and seed articles; 1 MB = 1,000,000 UTF-16 code units · ${methodLink('matcher')}

${noPages}### Throughput, side by side

${throughput}
`;
}

export const matcherSection = defineSection({
  name: 'matcher',
  full: FULL_CONFIG,
  quick: QUICK_CONFIG,
  measure: runMatcherBench,
  format: formatMatcherReport,
});
