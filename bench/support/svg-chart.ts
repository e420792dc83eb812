/**
 * Hand-written SVG line charts, enough for benchmark plots without a plotting
 * dependency: log or linear axes, a legend, dashed guide lines.
 */

export interface ChartPoint {
  x: number;
  y: number;
}

export interface ChartSeries {
  name: string;
  color: string;
  points: ChartPoint[];
}

export interface ChartGuide {
  y: number;
  label: string;
}

export interface LineChartOptions {
  /** Top-left corner and size of the whole panel, titles included. */
  left: number;
  top: number;
  width: number;
  height: number;
  title: string;
  xLabel: string;
  yLabel: string;
  /** The x axis is always logarithmic (corpus sizes span orders of magnitude). */
  xTicks: { value: number; label: string }[];
  logY: boolean;
  series: ChartSeries[];
  guides?: ChartGuide[];
}

const MARGIN = { left: 64, right: 16, top: 44, bottom: 48 };
const FONT = 'font-family="system-ui, sans-serif"';
/** A white outline behind labels that sit over data lines, so they stay readable. */
const HALO = 'paint-order="stroke" stroke="#fff" stroke-width="3"';

export function escapeXml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}

function round(value: number): string {
  return (Math.round(value * 10) / 10).toString();
}

function formatTick(value: number): string {
  if (value >= 1000) return `${value / 1000}k`;
  if (value >= 1) return String(Number(value.toPrecision(3)));
  return String(Number(value.toPrecision(2)));
}

/** Powers of ten covering [min, max], with 2 and 5 in between when there are few decades. */
function logTicks(min: number, max: number): number[] {
  const first = Math.floor(Math.log10(min));
  const last = Math.max(Math.ceil(Math.log10(max)), first + 1);
  const steps = last - first <= 2 ? [1, 2, 5] : [1];
  const ticks: number[] = [];
  for (let exponent = first; exponent <= last; exponent++) {
    for (const step of steps) ticks.push(step * 10 ** exponent);
  }
  return ticks.filter((tick) => tick >= 10 ** first && tick <= 10 ** last);
}

/** About five round steps from 0 to at least `max`. */
function linearTicks(max: number): number[] {
  const raw = (max > 0 ? max : 1) / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((factor) => factor * magnitude >= raw) ?? 10) * magnitude;
  const ticks = [0];
  while ((ticks.at(-1) as number) < max) ticks.push(Number((ticks.length * step).toPrecision(6)));
  return ticks;
}

/** One chart panel as an SVG `<g>` element. */
export function lineChart(options: LineChartOptions): string {
  const plot = {
    left: options.left + MARGIN.left,
    top: options.top + MARGIN.top,
    width: options.width - MARGIN.left - MARGIN.right,
    height: options.height - MARGIN.top - MARGIN.bottom,
  };
  const points = options.series.flatMap((series) => series.points);
  const xs = [...points.map((point) => point.x), ...options.xTicks.map((tick) => tick.value)];
  const ys = [...points.map((point) => point.y), ...(options.guides ?? []).map((guide) => guide.y)];
  // A single x value (one corpus) still gets an axis a decade wide around it.
  const xMin = Math.min(...xs) / (xs.every((x) => x === xs[0]) ? Math.sqrt(10) : 1);
  const xMax = Math.max(...xs) * (xs.every((x) => x === xs[0]) ? Math.sqrt(10) : 1);

  let yTicks: number[];
  if (options.logY) {
    yTicks = logTicks(Math.min(...ys.filter((y) => y > 0)), Math.max(...ys));
  } else {
    yTicks = linearTicks(Math.max(...ys));
  }
  const yMin = yTicks[0] as number;
  const yMax = yTicks.at(-1) as number;

  const xAt = (x: number): number =>
    plot.left + ((Math.log10(x) - Math.log10(xMin)) / (Math.log10(xMax) - Math.log10(xMin))) * plot.width;
  const yAt = (y: number): number => {
    const fraction = options.logY
      ? (Math.log10(y) - Math.log10(yMin)) / (Math.log10(yMax) - Math.log10(yMin))
      : (y - yMin) / (yMax - yMin);
    return plot.top + plot.height - fraction * plot.height;
  };

  const parts: string[] = [`<g>`];
  parts.push(
    `<text x="${round(options.left + options.width / 2)}" y="${round(options.top + 18)}" text-anchor="middle" font-size="14" font-weight="600" ${FONT}>${escapeXml(options.title)}</text>`,
  );
  parts.push(
    `<rect x="${round(plot.left)}" y="${round(plot.top)}" width="${round(plot.width)}" height="${round(plot.height)}" fill="none" stroke="#999"/>`,
  );
  for (const tick of yTicks) {
    const y = round(yAt(tick));
    parts.push(
      `<line x1="${round(plot.left)}" y1="${y}" x2="${round(plot.left + plot.width)}" y2="${y}" stroke="#e4e4e4"/>`,
    );
    parts.push(
      `<text x="${round(plot.left - 6)}" y="${y}" dy="4" text-anchor="end" font-size="11" ${FONT}>${escapeXml(formatTick(tick))}</text>`,
    );
  }
  for (const tick of options.xTicks) {
    const x = round(xAt(tick.value));
    parts.push(
      `<line x1="${x}" y1="${round(plot.top)}" x2="${x}" y2="${round(plot.top + plot.height)}" stroke="#e4e4e4"/>`,
    );
    parts.push(
      `<text x="${x}" y="${round(plot.top + plot.height + 16)}" text-anchor="middle" font-size="11" ${FONT}>${escapeXml(tick.label)}</text>`,
    );
  }
  parts.push(
    `<text x="${round(plot.left + plot.width / 2)}" y="${round(plot.top + plot.height + 36)}" text-anchor="middle" font-size="12" ${FONT}>${escapeXml(options.xLabel)}</text>`,
  );
  const yLabelX = round(options.left + 14);
  const yLabelY = round(plot.top + plot.height / 2);
  parts.push(
    `<text x="${yLabelX}" y="${yLabelY}" transform="rotate(-90 ${yLabelX} ${yLabelY})" text-anchor="middle" font-size="12" ${FONT}>${escapeXml(options.yLabel)}</text>`,
  );
  for (const guide of options.guides ?? []) {
    const y = round(yAt(guide.y));
    parts.push(
      `<line x1="${round(plot.left)}" y1="${y}" x2="${round(plot.left + plot.width)}" y2="${y}" stroke="#c00" stroke-dasharray="5 4"/>`,
    );
    parts.push(
      `<text x="${round(plot.left + plot.width - 4)}" y="${y}" dy="-4" text-anchor="end" font-size="11" fill="#c00" ${HALO} ${FONT}>${escapeXml(guide.label)}</text>`,
    );
  }
  for (const series of options.series) {
    const coordinates = series.points
      .filter((point) => point.x > 0 && (!options.logY || point.y > 0))
      .map((point) => `${round(xAt(point.x))},${round(yAt(point.y))}`);
    if (coordinates.length > 1) {
      parts.push(
        `<polyline points="${coordinates.join(' ')}" fill="none" stroke="${series.color}" stroke-width="2"/>`,
      );
    }
    for (const coordinate of coordinates) {
      const [cx, cy] = coordinate.split(',');
      parts.push(`<circle cx="${cx}" cy="${cy}" r="3" fill="${series.color}"/>`);
    }
  }
  options.series.forEach((series, i) => {
    const x = plot.left + 8;
    const y = plot.top + 14 + i * 16;
    parts.push(`<rect x="${round(x)}" y="${round(y - 8)}" width="12" height="3" fill="${series.color}"/>`);
    parts.push(
      `<text x="${round(x + 18)}" y="${round(y - 3)}" font-size="11" ${HALO} ${FONT}>${escapeXml(series.name)}</text>`,
    );
  });
  parts.push('</g>');
  return parts.join('\n');
}

/** A standalone SVG document holding the given elements on a white background. */
export function svgDocument(
  width: number,
  height: number,
  title: string,
  elements: readonly string[],
): string {
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    ...elements,
    '</svg>',
    '',
  ].join('\n');
}
