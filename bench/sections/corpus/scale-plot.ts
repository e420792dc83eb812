/**
 * One small chart per cost against corpus size, as an SVG written by hand
 * (no chart library): log-scaled sizes across, each cost from zero up, and a
 * dashed line at its target when it has one.
 */

export interface PlotSeries {
  label: string;
  unit: string;
  /** One value per size, in the sizes' order. */
  values: readonly number[];
  target?: number;
}

const PANEL = { width: 240, height: 150, left: 52, right: 12, top: 26, bottom: 30 };
const COLUMNS = 3;

const escape = (text: string): string => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');

function tick(value: number): string {
  if (value >= 1e6) return `${(value / 1e6).toFixed(value >= 1e7 ? 0 : 1)}M`;
  if (value >= 1e3) return `${(value / 1e3).toFixed(value >= 1e4 ? 0 : 1)}k`;
  return value >= 10 ? value.toFixed(0) : value.toFixed(1);
}

export function scalePlot(sizes: readonly number[], series: readonly PlotSeries[]): string {
  const rows = Math.ceil(series.length / COLUMNS);
  const width = PANEL.width * COLUMNS;
  const height = PANEL.height * rows;
  const innerW = PANEL.width - PANEL.left - PANEL.right;
  const innerH = PANEL.height - PANEL.top - PANEL.bottom;
  const logMin = Math.log10(Math.min(...sizes));
  const logSpan = Math.max(Math.log10(Math.max(...sizes)) - logMin, 1e-9);
  const x = (size: number): number => PANEL.left + ((Math.log10(size) - logMin) / logSpan) * innerW;
  const parts: string[] = [];
  series.forEach((s, n) => {
    const ox = (n % COLUMNS) * PANEL.width;
    const oy = Math.floor(n / COLUMNS) * PANEL.height;
    const top = Math.max(...s.values, s.target ?? 0) * 1.1 || 1;
    const y = (value: number): number => PANEL.top + innerH - (value / top) * innerH;
    const points = s.values.map((value, i) => `${x(sizes[i] as number).toFixed(1)},${y(value).toFixed(1)}`);
    parts.push(
      `<g transform="translate(${ox},${oy})">`,
      `<text x="${PANEL.left}" y="16" font-weight="bold">${escape(s.label)} (${escape(s.unit)})</text>`,
      `<line x1="${PANEL.left}" y1="${PANEL.top + innerH}" x2="${PANEL.left + innerW}" y2="${PANEL.top + innerH}" stroke="#999"/>`,
      `<line x1="${PANEL.left}" y1="${PANEL.top}" x2="${PANEL.left}" y2="${PANEL.top + innerH}" stroke="#999"/>`,
      `<text x="${PANEL.left - 4}" y="${PANEL.top + 4}" text-anchor="end">${tick(top)}</text>`,
      `<text x="${PANEL.left - 4}" y="${PANEL.top + innerH}" text-anchor="end">0</text>`,
      ...sizes.map(
        (size) =>
          `<text x="${x(size).toFixed(1)}" y="${PANEL.top + innerH + 14}" text-anchor="middle">${tick(size)}</text>`,
      ),
      ...(s.target === undefined
        ? []
        : [
            `<line x1="${PANEL.left}" y1="${y(s.target).toFixed(1)}" x2="${PANEL.left + innerW}" y2="${y(s.target).toFixed(1)}" stroke="#c33" stroke-dasharray="4 3"/>`,
          ]),
      `<polyline points="${points.join(' ')}" fill="none" stroke="#2563eb" stroke-width="2"/>`,
      ...points.map((point) => {
        const [cx, cy] = point.split(',');
        return `<circle cx="${cx}" cy="${cy}" r="3" fill="#2563eb"/>`;
      }),
      `</g>`,
    );
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height + 20}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    ...parts,
    `<text x="${width / 2}" y="${height + 14}" text-anchor="middle">articles in the reader's sources (log scale); dashed red: the target at 50,000</text>`,
    `</svg>`,
    '',
  ].join('\n');
}
