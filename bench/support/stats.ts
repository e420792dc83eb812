/** Plain descriptive statistics for benchmark samples (all in the samples' own unit). */

/** Linear interpolation between closest ranks; `p` in [0, 100]. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error('bench: percentile of no samples');
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = sorted[low] as number;
  const highValue = sorted[high] as number;
  return lowValue + (highValue - lowValue) * (rank - low);
}

export function sortNumbers(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

export function median(values: readonly number[]): number {
  return percentile(sortNumbers(values), 50);
}

export interface Distribution {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

export function distribution(values: readonly number[]): Distribution {
  const sorted = sortNumbers(values);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean: sorted.reduce((sum, value) => sum + value, 0) / sorted.length,
    max: sorted.at(-1) as number,
  };
}

/** The exponent k in cost ∝ size^k, by least squares on log–log axes: 1 is linear, 2 quadratic. */
export function growthExponent(points: readonly { size: number; cost: number }[]): number {
  if (points.length < 2) throw new Error('bench: growthExponent needs at least two points');
  const xs = points.map((point) => Math.log(point.size));
  const ys = points.map((point) => Math.log(point.cost));
  const meanX = xs.reduce((sum, x) => sum + x, 0) / xs.length;
  const meanY = ys.reduce((sum, y) => sum + y, 0) / ys.length;
  let covariance = 0;
  let variance = 0;
  xs.forEach((x, i) => {
    covariance += (x - meanX) * ((ys[i] as number) - meanY);
    variance += (x - meanX) ** 2;
  });
  return covariance / variance;
}
