import { readableTitle } from '../corpus/readable-title';
import type { SourceMeta } from '../corpus/source-meta';
import type { AlignedFacts, Comparison, SourcedFact } from './comparison-schema';
import { findingLabel } from './day-label';
import { describeComparisonExtent, extentSentence } from './describe-comparison-extent';
import { oneFindingPerDay } from './one-finding-per-day';
import { THIS_PAGE_ID } from './page-facts';

/**
 * A comparison as a reader keeps it: a Markdown note and a JSON file.
 *
 * Passages and sentences are quoted exactly, every line blockquoted, so a
 * line that starts with `#` or `>` stays inside its quotation instead of
 * becoming a heading of the note. Names, titles and labels outside quotations
 * are one line each with Markdown's punctuation escaped, so a title such as
 * "*Breaking* [live]" reads as written.
 *
 * This module is pure (lib/compare may not import lib/ui), so its few words
 * live here rather than in lib/ui/strings.ts.
 */
const WORDS = {
  compared: (sources: number, silent: number) =>
    `Mentioned by ${sources} source${sources === 1 ? '' : 's'}` +
    (silent === 0 ? '.' : `; ${silent} ${silent === 1 ? 'does' : 'do'} not.`),
  comparedFor: 'Compared for:',
  selectedText: 'Selected text',
  sources: 'Sources',
  unknownOutlet: 'Unknown outlet',
  unknownDate: 'date unknown',
  differentTime: 'reports another time than most sources; its figures are not set against theirs',
  differences: 'Differences',
  agreements: 'Agreements',
  notMentionedBy: 'Not mentioned by:',
  thisPage: 'This page',
  saidBy: (speaker: string) => `said by ${speaker}`,
  // A quotation no source's sentence gives to anyone: a reader would say it is not attributed, not that the speaker is "unknown".
  notAttributed: 'not attributed',
  footer: 'Exported from Parallax.',
} as const;

/** What `comparisonToJson` writes, so a reader (or a later Parallax) knows what the file is. */
export const EXPORT_FORMAT = 'parallax-comparison';
export const EXPORT_VERSION = 1;

/** A title past this many characters is cut in the note's heading (the full text is quoted below it). */
const MAX_HEADING_LENGTH = 80;
/** File names stay short enough for every file system and download prompt. */
const MAX_SLUG_LENGTH = 60;

/** The note for a comparison; `known` names silent sources by outlet rather than by id. */
export function comparisonToMarkdown(comparison: Comparison, known: readonly SourceMeta[] = []): string {
  const nameOf = sourceNamer(comparison, known);
  const blocks: string[] = [];
  const title = comparison.item?.label ?? oneLine(comparison.query);
  blocks.push(`# ${inline(truncate(title, MAX_HEADING_LENGTH))}`);
  if (comparison.item === null) {
    blocks.push(`${WORDS.selectedText}:`, quote(comparison.query));
  } else if (comparison.query.trim().toLowerCase() !== comparison.item.label.toLowerCase()) {
    blocks.push(`${WORDS.comparedFor} ${inline(oneLine(comparison.query))}`);
  }
  blocks.push(WORDS.compared(comparison.sources.length, comparison.silent.length));
  const agreements = oneFindingPerDay(comparison.agreements);
  blocks.push(extentSentence(describeComparisonExtent({ ...comparison, agreements })));

  if (comparison.sources.length > 0) {
    blocks.push(`## ${WORDS.sources}`);
    for (const source of comparison.sources) {
      const outlet = source.outlet ?? WORDS.unknownOutlet;
      const title = readableTitle(source);
      blocks.push(`### ${inline(oneLine(outlet))}: ${inline(oneLine(title))}`);
      const details = [source.published ?? WORDS.unknownDate];
      if (source.differentTime) details.push(WORDS.differentTime);
      blocks.push(inline(details.join(' · ')));
      for (const passage of source.passages) blocks.push(quote(passage.text));
    }
  }

  for (const [heading, list] of [
    [WORDS.differences, comparison.discrepancies],
    [WORDS.agreements, agreements],
  ] as const) {
    if (list.length === 0) continue;
    blocks.push(`## ${heading}`);
    for (const aligned of list) blocks.push(...alignedBlocks(aligned, nameOf));
  }

  if (comparison.silent.length > 0) {
    blocks.push(
      `**${WORDS.notMentionedBy}** ${comparison.silent.map((id) => inline(nameOf(id))).join(', ')}`,
    );
  }
  blocks.push(`_${WORDS.footer}_`);
  return `${blocks.join('\n\n')}\n`;
}

/** The comparison as pretty JSON, wrapped so the file says what it is. */
export function comparisonToJson(comparison: Comparison): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, comparison }, null, 2)}\n`;
}

/** "parallax-steve-witkoff.md": the item's label (or the query) as a slug any file system accepts. */
export function exportFileName(comparison: Comparison, ext: 'md' | 'json'): string {
  return `parallax-${slug(comparison.item?.label ?? comparison.query)}.${ext}`;
}

function alignedBlocks(aligned: AlignedFacts, nameOf: (sourceId: string) => string): string[] {
  const items = aligned.values.map((value) => {
    const head = `- **${inline(nameOf(value.sourceId))}**: ${inline(oneLine(said(value)))}`;
    // Indented under the list item, the quote belongs to it; it may interrupt the item's line.
    return `${head}\n${quote(value.sentence, '  ')}`;
  });
  return [`### ${inline(oneLine(findingLabel(aligned)))}`, items.join('\n')];
}

/** Who said a quotation, as the note and the CLI word it: "said by X", or "not attributed". */
export function attribution(speaker: string | null): string {
  return speaker === null ? WORDS.notAttributed : WORDS.saidBy(speaker);
}

/** What a value says: the figure as written, or for a quotation (the label already) who said it. */
function said(value: SourcedFact): string {
  if (value.kind === 'quote') return attribution(value.speaker);
  return value.speaker === null ? value.text : `${value.text} (${WORDS.saidBy(value.speaker)})`;
}

/** Names a source id: this page, a source of the comparison, another known source, else the id. */
function sourceNamer(comparison: Comparison, known: readonly SourceMeta[]): (sourceId: string) => string {
  const names = new Map<string, string>();
  for (const source of known) names.set(source.id, source.outlet ?? readableTitle(source));
  for (const source of comparison.sources) names.set(source.sourceId, source.outlet ?? readableTitle(source));
  return (sourceId) =>
    sourceId === THIS_PAGE_ID ? WORDS.thisPage : oneLine(names.get(sourceId) ?? sourceId);
}

/**
 * Text quoted exactly, each line blockquoted (an empty line as a bare `>`, so
 * the quotation does not end there). `indent` places it inside a list item.
 */
function quote(text: string, indent = ''): string {
  return text
    .split(/\r\n|\r|\n/u)
    .map((line) => (line === '' ? `${indent}>` : `${indent}> ${line}`))
    .join('\n');
}

/** Markdown punctuation that could start emphasis, a link, code, HTML or an escape, escaped. */
function inline(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/gu, (char) => `\\${char}`);
}

/** Whitespace of any kind, line breaks included, as single spaces. */
function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/** Lower-case letters and digits joined by hyphens, accents dropped; "comparison" when nothing is left. */
function slug(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
  let result = '';
  for (const word of words) {
    const next = result === '' ? word : `${result}-${word}`;
    if ([...next].length > MAX_SLUG_LENGTH) break;
    result = next;
  }
  if (result === '' && words[0] !== undefined) result = [...words[0]].slice(0, MAX_SLUG_LENGTH).join('');
  return result === '' ? 'comparison' : result;
}
