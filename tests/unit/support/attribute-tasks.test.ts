import { describe, expect, it } from 'vitest';
import { attributeTasks, type TraceEvent } from '../../support/browser/main-thread-tasks';

/** Trace events on one thread, times in ms (the trace's µs are written out here). */
function event(
  name: string,
  cat: string,
  startMs: number,
  durationMs: number,
  extra: Partial<TraceEvent> = {},
) {
  return { name, cat, ph: 'X', ts: startMs * 1000, dur: durationMs * 1000, pid: 7, tid: 7, ...extra };
}
const task = (startMs: number, durationMs: number) =>
  event('ThreadControllerImpl::RunTask', 'toplevel', startMs, durationMs);
const engine = (startMs: number, durationMs: number) =>
  event('v8.evaluateModule', 'v8,devtools.timeline', startMs, durationMs, { args: { worldId: 3 } });
const layout = (startMs: number, durationMs: number) =>
  event('Layout', 'devtools.timeline', startMs, durationMs);
const WINDOW = { pid: 7, tid: 7, start: 990, end: 2000 };

describe('what a task of Parallax’s is charged', () => {
  it('leaves out the page’s own layout that shares the task', () => {
    // The engine module (48 ms), then the page's first layout of a huge page (100 ms), in one task.
    const [charged] = attributeTasks([task(1000, 155), engine(1002, 48), layout(1052, 100)], WINDOW);
    expect(charged).toMatchObject({ parallax: true, threadMs: 155, chargedMs: 55 });
  });

  it('keeps a layout Parallax’s code forced (inside its script event) and counts nested passes once', () => {
    const forced = [task(1000, 155), engine(1002, 150), layout(1052, 100), layout(1060, 20)];
    expect(attributeTasks(forced, WINDOW)[0]).toMatchObject({ chargedMs: 155 });
    const nested = [task(1000, 155), engine(1002, 20), layout(1030, 100), layout(1040, 50)];
    expect(attributeTasks(nested, WINDOW)[0]).toMatchObject({ chargedMs: 55 });
  });
});
