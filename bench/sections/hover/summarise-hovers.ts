import { distribution } from '../../support/stats';
import type { CardMarks } from './hover-probe';

/**
 * Turns the marks of each hover into the section's numbers: card-open →
 * card-ready (the card's own latency), pointer stop → card-ready (what a
 * reader waits, deliberate delays included) and pointer stop → card-open
 * (those delays as they came out), over the measured hovers only.
 */

/**
 * `cold`: the first hover after a fresh page load; `warm-up`: untimed
 * hovers after the first cold one; `measured`: the rest.
 */
export type HoverPhase = 'cold' | 'warm-up' | 'measured';

export interface HoverTarget {
  /** The page's name (e.g. "seed ad0"). */
  page: string;
  text: string;
  entityId: string;
  phase: HoverPhase;
}

export interface HoverSample extends HoverTarget {
  openToReadyMs: number;
  /** Null when the pointer listener did not see the last move (then only openToReady counts). */
  restToReadyMs: number | null;
  restToOpenMs: number | null;
}

export interface HoverFailure extends HoverTarget {
  reason: string;
}

export type HoverOutcome = { ok: true; sample: HoverSample } | { ok: false; failure: HoverFailure };

/** The percentiles the report shows, in milliseconds. */
export interface Percentiles {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface HoverSummary {
  /** Measured hovers that produced a card. */
  hovers: number;
  /** Distinct items among them. */
  items: number;
  openToReady: Percentiles | null;
  restToReady: Percentiles | null;
  restToOpen: Percentiles | null;
}

export function percentiles(values: readonly number[]): Percentiles | null {
  if (values.length === 0) return null;
  const { count, p50, p95, p99, max } = distribution(values);
  return { count, p50, p95, p99, max };
}

/** A hover's sample from its marks, or the failure that explains why there is none. */
export function hoverOutcome(target: HoverTarget, marks: CardMarks, timeoutMs: number): HoverOutcome {
  if (marks.ready === null)
    return { ok: false, failure: { ...target, reason: missReason(target, marks, timeoutMs) } };
  if (marks.open === null) {
    return {
      ok: false,
      failure: { ...target, reason: 'a card-ready mark with no card-open mark before it' },
    };
  }
  return {
    ok: true,
    sample: {
      ...target,
      openToReadyMs: marks.ready - marks.open,
      restToReadyMs: marks.stop === null ? null : marks.ready - marks.stop,
      restToOpenMs: marks.stop === null ? null : marks.open - marks.stop,
    },
  };
}

/** Why no card for the expected item became ready. */
export function missReason(target: HoverTarget, marks: CardMarks, timeoutMs: number): string {
  const within = `within ${timeoutMs} ms`;
  if (marks.opened.includes(target.entityId)) return `the card opened but was not ready ${within}`;
  const others = [...new Set(marks.opened)];
  if (others.length > 0) return `a card for ${others.join(', ')} opened instead of ${target.entityId}`;
  return `no card opened ${within}`;
}

export function summariseHovers(samples: readonly HoverSample[]): HoverSummary {
  const measured = samples.filter((sample) => sample.phase === 'measured');
  const known = (values: readonly (number | null)[]): number[] =>
    values.filter((value): value is number => value !== null);
  return {
    hovers: measured.length,
    items: new Set(measured.map((sample) => sample.entityId)).size,
    openToReady: percentiles(measured.map((sample) => sample.openToReadyMs)),
    restToReady: percentiles(known(measured.map((sample) => sample.restToReadyMs))),
    restToOpen: percentiles(known(measured.map((sample) => sample.restToOpenMs))),
  };
}
