import { formatMs, formatRatio, markdownTable } from '../../support/markdown';
import { median } from '../../support/stats';
import { lineChart, svgDocument, type ChartSeries } from '../../support/svg-chart';
import type { PageResult } from './summarise-page';

/**
 * The peer's side of the content section: mark.js beside Parallax per page,
 * the JS heap with and without Parallax, the flat per-page rows of
 * `latest.json`, and the plot of cost against page size. Pure.
 */

/** mark.js ÷ Parallax start→highlighted; a run past the cap gives a lower bound. */
export interface PeerRatio {
  value: number;
  /** True when mark.js ran past its cap: the real ratio is larger. */
  atLeast: boolean;
}

export function peerRatio(page: PageResult): PeerRatio | null {
  const parallaxMs = page.measured?.total.medianMs;
  const peer = page.peer;
  if (parallaxMs === undefined || !peer || peer.runs === 0 || parallaxMs <= 0) return null;
  if (peer.markjsMs === null) return { value: peer.capMs / parallaxMs, atLeast: true };
  return { value: peer.markjsMs / parallaxMs, atLeast: false };
}

/** Median of the pages' mark.js ÷ Parallax (a capped page counts with its lower bound). */
export function medianPeerRatio(pages: readonly PageResult[]): PeerRatio | null {
  const ratios = pages.flatMap((page) => {
    const ratio = peerRatio(page);
    return ratio ? [ratio] : [];
  });
  if (ratios.length === 0) return null;
  const value = median(ratios.map((ratio) => ratio.value));
  return { value, atLeast: ratios.some((ratio) => ratio.atLeast && ratio.value <= value) };
}

export function formatPeerRatio(ratio: PeerRatio | null): string {
  if (!ratio) return '–';
  return `${ratio.atLeast ? '> ' : ''}${formatRatio(ratio.value)}`;
}

function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined) return '–';
  const sign = bytes < 0 ? '−' : '';
  return `${sign}${(Math.abs(bytes) / 1024 / 1024).toFixed(2)} MB`;
}

/** Parallax's heap: after highlighting with Parallax on, less the same page with it off. */
export function parallaxHeapBytes(page: PageResult): number | null {
  const withParallax = page.measured?.heapBytes;
  const without = page.peer?.heapBytes;
  return withParallax === undefined || without === null || without === undefined
    ? null
    : withParallax - without;
}

export function peerTable(pages: readonly PageResult[]): string {
  const rows = pages.map((page) => {
    const m = page.measured;
    const peer = page.peer;
    const markjs =
      !peer || peer.runs === 0
        ? '–'
        : peer.markjsMs === null
          ? `> ${formatMs(peer.capMs)} (cap)`
          : `${formatMs(peer.markjsMs)}${peer.overCap > 0 ? ` (${peer.overCap} of ${peer.runs} past the cap)` : ''}`;
    return [
      page.page.name,
      m ? formatMs(m.total.medianMs) : '–',
      markjs,
      formatPeerRatio(peerRatio(page)),
      m ? String(Math.round(m.found)) : '–',
      peer?.matches === null || peer?.matches === undefined ? '–' : String(Math.round(peer.matches)),
      formatBytes(peer?.heapBytes),
      formatBytes(m?.heapBytes),
      formatBytes(parallaxHeapBytes(page)),
    ];
  });
  return markdownTable(
    [
      'page',
      'Parallax start→highlighted',
      'mark.js (median)',
      'mark.js ÷ Parallax',
      'matches: Parallax found',
      'mark.js marked',
      'JS heap, Parallax off',
      'JS heap, Parallax on',
      "Parallax's share",
    ],
    rows,
  );
}

/** One flat row per page for `latest.json` (the names the benchmark issue asks for). */
export interface ContentPageRow {
  name: string;
  kind: string;
  elements: number | null;
  characters: number | null;
  floorMs: number | null;
  parallaxMs: number | null;
  /** null: not run, or past the cap (`markjsOverCap`). */
  markjsMs: number | null;
  markjsOverCap: boolean;
  longestTaskMs: number | null;
  longTasks: number | null;
  matches: {
    parallaxFound: number | null;
    parallaxPainted: number | null;
    markjs: number | null;
    floor: number | null;
  };
  heapBytes: { parallaxOn: number | null; parallaxOff: number | null };
}

export function pageRows(pages: readonly PageResult[]): ContentPageRow[] {
  return pages.map((page) => {
    const m = page.measured;
    return {
      name: page.page.name,
      kind: page.page.kind,
      elements: m?.elements ?? null,
      characters: m?.characters ?? null,
      floorMs: m?.floor.medianMs ?? null,
      parallaxMs: m?.total.medianMs ?? null,
      markjsMs: page.peer?.markjsMs ?? null,
      markjsOverCap: page.peer !== null && page.peer.runs > 0 && page.peer.markjsMs === null,
      longestTaskMs: m?.traceLongest?.median ?? null,
      longTasks: m?.traceLongCount?.max ?? null,
      matches: {
        parallaxFound: m?.found ?? null,
        parallaxPainted: m?.painted ?? null,
        markjs: page.peer?.matches ?? null,
        floor: m?.floorMatches ?? null,
      },
      heapBytes: { parallaxOn: m?.heapBytes ?? null, parallaxOff: page.peer?.heapBytes ?? null },
    };
  });
}

const WIDTH = 960;
const HEIGHT = 440;

/** Cost against page size (characters of text), log–log: Parallax, its scan work, the floor and mark.js. */
export function plotContentCost(pages: readonly PageResult[]): string {
  const measured = pages
    .filter((page) => page.measured !== null && page.measured.characters > 0)
    .sort((a, b) => (a.measured?.characters ?? 0) - (b.measured?.characters ?? 0));
  const line = (name: string, color: string, y: (page: PageResult) => number | null): ChartSeries => ({
    name,
    color,
    points: measured.flatMap((page) => {
      const value = y(page);
      return value !== null && value > 0 ? [{ x: page.measured?.characters ?? 0, y: value }] : [];
    }),
  });
  const sizes = measured.map((page) => page.measured?.characters ?? 0);
  const decades: { value: number; label: string }[] = [];
  if (sizes.length > 0) {
    for (
      let tick = 10 ** Math.floor(Math.log10(Math.min(...sizes)));
      tick <= Math.max(...sizes) * 10;
      tick *= 10
    ) {
      decades.push({
        value: tick,
        label: tick >= 1e6 ? `${tick / 1e6}M` : tick >= 1e3 ? `${tick / 1e3}k` : String(tick),
      });
    }
  }
  const chart = lineChart({
    left: 0,
    top: 0,
    width: WIDTH,
    height: HEIGHT,
    title: 'Content script cost against page size (ms, log–log); mark.js past its cap drawn at the cap',
    xLabel: 'characters of page text (log scale)',
    yLabel: 'ms per page (median of loads)',
    xTicks: decades,
    logY: true,
    series: [
      line('Parallax start→highlighted', '#1f6feb', (page) => page.measured?.total.medianMs ?? null),
      line('Parallax extract+match+paint', '#54aeff', (page) => page.measured?.work.medianMs ?? null),
      line('floor (TreeWalker + RegExp)', '#6e7781', (page) => page.measured?.floor.medianMs ?? null),
      line('mark.js', '#cf222e', (page) =>
        page.peer && page.peer.runs > 0 ? (page.peer.markjsMs ?? page.peer.capMs) : null,
      ),
    ],
  });
  return svgDocument(WIDTH, HEIGHT, 'Parallax content script: cost against page size', [chart]);
}
