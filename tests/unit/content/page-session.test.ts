import { describe, expect, it } from 'vitest';
import { createPageSession } from '../../../lib/content/page-session';
import { deferred } from '../../helpers/deferred';

function page(name: string, log: string[]) {
  return { name, stop: () => void log.push(`stop ${name}`) };
}

describe('the page session', () => {
  it('runs the page its start launched, and stops it before the next start', async () => {
    const log: string[] = [];
    const session = createPageSession((settings: string) => Promise.resolve(page(settings, log)));
    await session.start('first');
    expect(session.page?.name).toBe('first');
    await session.start('second');
    expect(log).toEqual(['stop first']);
    expect(session.page?.name).toBe('second');
  });

  it('stops a start overtaken by a later one as soon as it is ready: only the latest runs', async () => {
    const log: string[] = [];
    const starts = [deferred<ReturnType<typeof page>>(), deferred<ReturnType<typeof page>>()];
    let launched = 0;
    const session = createPageSession(() => starts[launched++]!.promise);
    const first = session.start('first');
    const second = session.start('second');
    starts[1]!.resolve(page('second', log));
    await second;
    starts[0]!.resolve(page('first', log));
    await first;
    expect(log).toEqual(['stop first']);
    expect(session.page?.name).toBe('second');
  });

  it('stops a start under way when the session stops (the extension went away mid-start)', async () => {
    const log: string[] = [];
    const start = deferred<ReturnType<typeof page>>();
    const session = createPageSession(() => start.promise);
    const started = session.start('only');
    session.stop();
    start.resolve(page('only', log));
    await started;
    expect(log).toEqual(['stop only']);
    expect(session.page).toBeNull();
  });

  it('runs nothing where the launch says there is nothing to run, and stops what ran before', async () => {
    const log: string[] = [];
    const session = createPageSession((on: boolean) => (on ? Promise.resolve(page('on', log)) : null));
    await session.start(true);
    await session.start(false);
    expect(log).toEqual(['stop on']);
    expect(session.page).toBeNull();
  });

  it('tells onStarted of each start that became the run, null included, and not of an overtaken one', async () => {
    const log: string[] = [];
    const started: (string | null)[] = [];
    const slow = deferred<ReturnType<typeof page>>();
    const session = createPageSession(
      (name: string) =>
        name === 'off' ? null : name === 'slow' ? slow.promise : Promise.resolve(page(name, log)),
      undefined,
      (running) => started.push(running?.name ?? null),
    );
    await session.start('first');
    const overtaken = session.start('slow');
    await session.start('off');
    slow.resolve(page('slow', log));
    await overtaken;
    expect(started).toEqual(['first', null]);
  });

  it('warns about a failed start, naming the failure, and runs nothing', async () => {
    const warnings: string[] = [];
    const session = createPageSession(
      () => Promise.reject(new Error('messaging: malformed page-setup response')),
      (message) => warnings.push(message),
    );
    await session.start('any');
    expect(warnings).toEqual(['parallax: messaging: malformed page-setup response']);
    expect(session.page).toBeNull();
  });

  it('settles on the run a start under way ends with, and on the later start that overtook it', async () => {
    const log: string[] = [];
    const starts = [deferred<ReturnType<typeof page>>(), deferred<ReturnType<typeof page>>()];
    let launched = 0;
    const session = createPageSession(() => starts[launched++]!.promise);
    void session.start('first');
    const settled = session.settled();
    void session.start('second');
    starts[0]!.resolve(page('first', log));
    let answered = false;
    void settled.then(() => (answered = true));
    await Promise.resolve();
    await Promise.resolve();
    expect(answered).toBe(false);
    starts[1]!.resolve(page('second', log));
    expect((await settled)?.name).toBe('second');
  });

  it('settles at once on nothing when the session is stopped', async () => {
    const session = createPageSession(() => Promise.resolve(page('only', [])));
    await session.start('only');
    session.stop();
    await expect(session.settled()).resolves.toBeNull();
  });
});
