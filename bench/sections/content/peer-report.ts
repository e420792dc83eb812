import { formatMs, formatRatio, markdownTable } from '../../support/markdown';
import { median } from '../../support/stats';
import type { PageResult } from './summarise-page';

/** mark.js ÷ Parallax start→highlighted; `atLeast` when mark.js ran past its cap (a lower bound). */
export interface PeerRatio {
  value: number;
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

/** mark.js beside Parallax, page by page. */
export function peerTable(pages: readonly PageResult[]): string {
  const rows = pages.map((page) => {
    const { measured: m, peer } = page;
    const ratio = peerRatio(page);
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
      ratio ? `${ratio.atLeast ? '> ' : ''}${formatRatio(ratio.value)}` : '–',
      m ? String(Math.round(m.found)) : '–',
      peer?.matches === null || peer?.matches === undefined ? '–' : String(Math.round(peer.matches)),
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
    ],
    rows,
  );
}
