import type { Article, CorpusFile, ManifestEntry } from '../../lib/corpus';
import { createRandom, type Random } from './prng';

/**
 * Large corpora for benchmarks, made by recombining the sentences of a few
 * real articles. The output is raw article text plus a `sources.json`
 * manifest, so it goes through the real parser (`buildCorpus`) exactly as a
 * corpus folder would.
 *
 * Recombined sentences alone would keep the vocabulary fixed at the seeds'
 * size, which flatters an index (a real corpus keeps meeting new names and
 * numbers). So some proper names and numbers are swapped for generated ones:
 * a new name is coined at a steady rate, which makes the vocabulary grow
 * roughly linearly with the corpus — faster than the sublinear growth of real
 * news text (Heaps' law), so size and build figures err on the pessimistic side.
 */

/** Article length in sentences; news pieces run from a brief to a long report. */
const MIN_SENTENCES = 8;
const MAX_SENTENCES = 40;
/** Paragraph length in sentences. */
const MIN_PARAGRAPH = 3;
const MAX_PARAGRAPH = 6;
/** Share of capitalised mid-sentence words (mostly names) replaced by a generated name. */
const NAME_SWAP_RATE = 0.15;
/** Share of those replacements that coin a brand-new name rather than reuse one. */
const NEW_NAME_RATE = 0.3;
/** Share of numbers replaced by another number of the same width. */
const NUMBER_SWAP_RATE = 0.5;
/** Distinct outlets in the manifest, so the sources table looks like a real one. */
const OUTLET_COUNT = 40;
/** Headline length in words (the parser takes a short unpunctuated first line as the headline). */
const MIN_HEADLINE_WORDS = 5;
const MAX_HEADLINE_WORDS = 10;

/** Syllable parts for coined names. */
const ONSETS = 'b br ch d dm h k kh kr l m n p r s sh st t v vl y z zh'.split(' ');
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ia', 'ye'];
const NAME_ENDINGS = ['', '', 'ov', 'enko', 'sk', 'in', 'ia', 'ko', 'ev', 'yuk'];

/** A capitalised word that does not start the sentence: the names the swap replaces. */
const MID_SENTENCE_NAME = /(?<=\S\s+)\p{Lu}\p{Ll}{2,}\b/gu;
/** Whole numbers, with or without thousands separators. */
const NUMBER = /\b\d{1,3}(?:,\d{3})+\b|\b\d+\b/gu;
const YEAR = /^(?:19|20)\d\d$/u;

export interface SyntheticCorpusOptions {
  articles: number;
  /** PRNG seed: the same seed and seed articles always give the same files. */
  seed: number;
}

/** Every sentence of the seed articles, in order. */
export function sentencePool(seedArticles: readonly Article[]): string[] {
  return seedArticles.flatMap((article) =>
    article.paragraphs.flatMap((paragraph) => paragraph.sentences.map((sentence) => sentence.text)),
  );
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Coins and reuses generated names; early names are reused most, as in real coverage. */
class NamePool {
  private readonly names: string[] = [];

  constructor(private readonly random: Random) {}

  get size(): number {
    return this.names.length;
  }

  next(): string {
    if (this.names.length === 0 || this.random.next() < NEW_NAME_RATE) {
      const syllables = this.random.int(2, 3);
      let name = '';
      for (let i = 0; i < syllables; i++) name += this.random.pick(ONSETS) + this.random.pick(VOWELS);
      name = capitalise(name + this.random.pick(NAME_ENDINGS));
      this.names.push(name);
      return name;
    }
    const skewed = this.random.next() ** 2;
    return this.names[Math.floor(skewed * this.names.length)] as string;
  }
}

function otherNumber(random: Random, original: string): string {
  const digits = original.replace(/,/gu, '');
  if (YEAR.test(digits)) return String(random.int(2014, 2026));
  const width = digits.length;
  const value = width === 1 ? random.int(1, 9) : random.int(10 ** (width - 1), 10 ** width - 1);
  return original.includes(',') ? value.toLocaleString('en-US') : String(value);
}

function varySentence(sentence: string, random: Random, names: NamePool): string {
  return sentence
    .replace(MID_SENTENCE_NAME, (word) => (random.next() < NAME_SWAP_RATE ? names.next() : word))
    .replace(NUMBER, (number) => (random.next() < NUMBER_SWAP_RATE ? otherNumber(random, number) : number));
}

/** Paragraph sizes summing to `total`, each within [MIN_PARAGRAPH, MAX_PARAGRAPH]. */
function paragraphSizes(total: number, random: Random): number[] {
  const sizes: number[] = [];
  let remaining = total;
  while (remaining > 0) {
    // Leave at least a full paragraph's worth so the last one is never too short.
    const size =
      remaining <= MAX_PARAGRAPH
        ? remaining
        : random.int(MIN_PARAGRAPH, Math.min(MAX_PARAGRAPH, remaining - MIN_PARAGRAPH));
    sizes.push(size);
    remaining -= size;
  }
  return sizes;
}

function headlineFrom(sentence: string, random: Random): string {
  const words = sentence
    .replace(/[^\p{L}\p{N}\s'’-]/gu, ' ')
    .split(/\s+/u)
    .filter(Boolean)
    .slice(0, random.int(MIN_HEADLINE_WORDS, MAX_HEADLINE_WORDS));
  return words.map(capitalise).join(' ');
}

function hex(random: Random): string {
  return random.int(0, 0xffffffff).toString(16).padStart(8, '0');
}

function isoDate(random: Random): string {
  const day = new Date(Date.UTC(2025, 0, 1) + random.int(0, 364) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/**
 * `options.articles` article files plus a `sources.json` manifest, ready for
 * `buildCorpus`. Each article has a headline line, then paragraphs of 3–6
 * sentences (8–40 sentences in all) separated by blank lines.
 */
export function generateCorpusFiles(
  seedArticles: readonly Article[],
  options: SyntheticCorpusOptions,
): CorpusFile[] {
  const pool = sentencePool(seedArticles);
  if (pool.length === 0) throw new Error('bench: synthetic corpus: the seed articles have no sentences');
  const random = createRandom(options.seed);
  const names = new NamePool(random);
  const width = String(options.articles).length;
  const files: CorpusFile[] = [];
  const manifest: Record<string, ManifestEntry> = {};

  for (let i = 0; i < options.articles; i++) {
    const id = `${String(i).padStart(width, '0')}_${hex(random)}${hex(random)}`;
    const paragraphs = paragraphSizes(random.int(MIN_SENTENCES, MAX_SENTENCES), random).map((size) =>
      Array.from({ length: size }, () => varySentence(random.pick(pool), random, names)).join(' '),
    );
    const headline = headlineFrom(varySentence(random.pick(pool), random, names), random);
    files.push({ name: `${id}.txt`, text: `${headline}\n\n${paragraphs.join('\n\n')}\n` });
    manifest[id] = {
      outlet: `Outlet ${random.int(1, OUTLET_COUNT)}`,
      title: headline,
      author: null,
      published: isoDate(random),
      url: `https://example.com/bench/${id}`,
    };
  }
  files.push({ name: 'sources.json', text: JSON.stringify(manifest, null, 2) });
  return files;
}
