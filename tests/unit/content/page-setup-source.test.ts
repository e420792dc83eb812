import { describe, expect, it } from 'vitest';
import { pageSetupSource } from '../../../lib/content/page-setup-source';
import type { PageSetupResponse } from '../../../lib/messaging/protocol';

const setup = (label: string) =>
  ({ type: 'page-setup', items: [], sources: [], label }) as unknown as PageSetupResponse;

describe('the page set-up source', () => {
  it('gives the first start the early answer, checked, and later starts a fresh request each', async () => {
    const requests: string[] = [];
    const checked: unknown[] = [];
    const next = pageSetupSource(
      Promise.resolve('raw early answer'),
      () => {
        requests.push('request');
        return Promise.resolve(setup(`fresh ${requests.length}`));
      },
      (answer) => {
        checked.push(answer);
        return setup('early');
      },
    );
    expect(requests).toEqual([]);
    expect(await next()).toEqual(setup('early'));
    expect(checked).toEqual(['raw early answer']);
    expect(await next()).toEqual(setup('fresh 1'));
    expect(await next()).toEqual(setup('fresh 2'));
  });

  it('sends the first request at once when there is no early answer, so it overlaps the settings read', async () => {
    let requests = 0;
    const next = pageSetupSource(
      null,
      () => Promise.resolve(setup(`fresh ${++requests}`)),
      () => setup('never'),
    );
    expect(requests).toBe(1);
    expect(await next()).toEqual(setup('fresh 1'));
    expect(requests).toBe(1);
  });

  it('passes on an early answer the check refuses', async () => {
    const next = pageSetupSource(
      Promise.resolve({ type: 'error', message: 'no catalogue' }),
      () => Promise.resolve(setup('fresh')),
      () => {
        throw new Error('messaging: malformed page-setup response');
      },
    );
    await expect(next()).rejects.toThrow('messaging: malformed page-setup response');
  });

  it('leaves no unhandled rejection when no start ever reads a failed first answer', async () => {
    const unhandled: unknown[] = [];
    const record = (reason: unknown): void => void unhandled.push(reason);
    process.on('unhandledRejection', record);
    try {
      pageSetupSource(
        null,
        () => Promise.reject(new Error('worker')),
        () => setup('never'),
      );
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', record);
    }
  });
});
