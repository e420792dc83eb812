import { distribution } from '../../support/stats';
import type { CardMarks } from './hover-probe';

/** The marks of each hover turned into the section's figures (docs/bench.md#hover). */

export interface HoverTarget {
  /** The page's name (e.g. "seed ad0"). */
  page: string;
  text: string;
  entityId: string;
  /** `cold`: a page's first hover; `warm-up`: untimed ones after the first cold one; `measured`: the rest. */
  phase: 'cold' | 'warm-up' | 'measured';
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
export type Percentiles = NonNullable<ReturnType<typeof percentiles>>;

export function percentiles(values: readonly number[]) {
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

/** Over the measured hovers that produced a card: how many, of how many items, and their percentiles. */
export function summariseHovers(samples: readonly HoverSample[]) {
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
