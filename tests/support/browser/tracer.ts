import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { keepTraceEvent, type TraceEvent } from './main-thread-tasks';

/**
 * A Chromium trace, recorded through a tab of its own (a trace started from
 * any tab records the whole browser: every renderer, so the loads' tabs
 * too). The bench records one per batch of loads rather than per load:
 * ending a trace sometimes takes seconds on a busy two-core machine.
 */

/**
 * `toplevel` gives every task of every thread, `blink.user_timing` the
 * marks (to find each load's thread and window on the trace's clock),
 * `devtools.timeline` the content script's evaluation. Nothing finer.
 */
const TRACE_CATEGORIES = ['toplevel', 'blink.user_timing', 'devtools.timeline'];

export interface TraceBatch {
  events: TraceEvent[];
  /** Chromium's own report that the trace buffer overflowed: some loads may lack their marks. */
  dataLoss: boolean;
}

export interface Tracer {
  start(): Promise<void>;
  stop(): Promise<TraceBatch>;
  close(): Promise<void>;
}

/** `keep` filters the events as they stream in (default: keepTraceEvent's marks, evaluations and tasks). */
export async function openTracer(
  context: BrowserContext,
  keep: (event: TraceEvent) => boolean = (event) => keepTraceEvent(event),
): Promise<Tracer> {
  const page: Page = await context.newPage();
  const session: CDPSession = await context.newCDPSession(page);
  let events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', (message) => {
    for (const event of message.value as unknown as TraceEvent[]) if (keep(event)) events.push(event);
  });
  return {
    async start() {
      events = [];
      await session.send('Tracing.start', {
        traceConfig: {
          includedCategories: TRACE_CATEGORIES,
          excludedCategories: ['*'],
          recordMode: 'recordAsMuchAsPossible',
        },
        transferMode: 'ReportEvents',
      });
    },
    async stop() {
      const complete = new Promise<boolean>((resolve) =>
        session.once('Tracing.tracingComplete', (message) => resolve(message.dataLossOccurred)),
      );
      await session.send('Tracing.end');
      const dataLoss = await complete;
      const batch = { events, dataLoss };
      events = [];
      return batch;
    },
    async close() {
      await page.close();
    },
  };
}
