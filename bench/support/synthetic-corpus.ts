import type { Article, CorpusFile, ManifestEntry } from '../../lib/corpus';
import { createRandom, type Random } from './prng';

/**
 * Large corpora from the seed articles' sentences, as raw article files plus
 * a `sources.json` manifest for the real parser (docs/bench.md#search says
 * how they are made and why names and numbers are swapped).
 */

/** Article and paragraph lengths in sentences, headline length in words (the parser's headline is short). */
const SENTENCES = { min: 8, max: 40 };
const PARAGRAPH = { min: 3, max: 6 };
const HEADLINE_WORDS = { min: 5, max: 10 };
/**
 * Shares: of mid-sentence capitalised words swapped for a generated name, of
 * those swaps that coin a new name, and of numbers swapped for another.
 */
const NAME_SWAP_RATE = 0.15;
const NEW_NAME_RATE = 0.3;
const NUMBER_SWAP_RATE = 0.5;
/** Distinct outlets in the manifest, so the sources table looks like a real one. */
const OUTLET_COUNT = 40;

/** Syllable parts for coined names. */
const ONSETS = 'b br ch d dm h k kh kr l m n p r s sh st t v vl y z zh'.split(' ');
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ia', 'ye'];
const NAME_ENDINGS = ['', '', 'ov', 'enko', 'sk', 'in', 'ia', 'ko', 'ev', 'yuk'];

/** A capitalised word that does not start the sentence: the names the swap replaces. */
const MID_SENTENCE_NAME = /(?<=\S\s+)\p{Lu}\p{Ll}{2,}\b/gu;
/** Whole numbers, with or without thousands separators. */
const NUMBER = /\b\d{1,3}(?:,\d{3})+\b|\b\d+\b/gu;
const YEAR = /^(?:19|20)\d\d$/u;

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Coins and reuses generated names; early names are reused most, as in real coverage. */
function namePool(random: Random): () => string {
  const names: string[] = [];
  return () => {
    if (names.length === 0 || random.next() < NEW_NAME_RATE) {
      const syllables = random.int(2, 3);
      let name = '';
      for (let i = 0; i < syllables; i++) name += random.pick(ONSETS) + random.pick(VOWELS);
      names.push(capitalise(name + random.pick(NAME_ENDINGS)));
      return names.at(-1) as string;
    }
    return names[Math.floor(random.next() ** 2 * names.length)] as string;
  };
}

function otherNumber(random: Random, original: string): string {
  const digits = original.replace(/,/gu, '');
  if (YEAR.test(digits)) return String(random.int(2014, 2026));
  const width = digits.length;
  const value = width === 1 ? random.int(1, 9) : random.int(10 ** (width - 1), 10 ** width - 1);
  return original.includes(',') ? value.toLocaleString('en-US') : String(value);
}

function varySentence(sentence: string, random: Random, nextName: () => string): string {
  return sentence
    .replace(MID_SENTENCE_NAME, (word) => (random.next() < NAME_SWAP_RATE ? nextName() : word))
    .replace(NUMBER, (number) => (random.next() < NUMBER_SWAP_RATE ? otherNumber(random, number) : number));
}

/** Paragraph sizes summing to `total`, each within PARAGRAPH. */
function paragraphSizes(total: number, random: Random): number[] {
  const sizes: number[] = [];
  let remaining = total;
  while (remaining > 0) {
    // Leave at least a full paragraph's worth so the last one is never too short.
    const size =
      remaining <= PARAGRAPH.max
        ? remaining
        : random.int(PARAGRAPH.min, Math.min(PARAGRAPH.max, remaining - PARAGRAPH.min));
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
    .slice(0, random.int(HEADLINE_WORDS.min, HEADLINE_WORDS.max));
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
 * `options.articles` articles (a headline line, then paragraphs) and a
 * `sources.json` manifest; the same PRNG seed always gives the same files.
 */
export function generateCorpusFiles(
  seedArticles: readonly Article[],
  options: { articles: number; seed: number },
): CorpusFile[] {
  const pool = seedArticles.flatMap((article) =>
    article.paragraphs.flatMap((paragraph) => paragraph.sentences.map((sentence) => sentence.text)),
  );
  if (pool.length === 0) throw new Error('bench: synthetic corpus: the seed articles have no sentences');
  const random = createRandom(options.seed);
  const names = namePool(random);
  const width = String(options.articles).length;
  const files: CorpusFile[] = [];
  const manifest: Record<string, ManifestEntry> = {};

  for (let i = 0; i < options.articles; i++) {
    const id = `${String(i).padStart(width, '0')}_${hex(random)}${hex(random)}`;
    const paragraphs = paragraphSizes(random.int(SENTENCES.min, SENTENCES.max), random).map((size) =>
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
