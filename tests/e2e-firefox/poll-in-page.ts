import type { Page } from 'puppeteer-core';
import { HANG_GUARD_MS } from '../support/browser/hang-guard';

/**
 * Runs `predicate` in the page every `polling` ms until it returns a truthy
 * value, and returns that value. Puppeteer's `waitForFunction` builds its
 * poller with `Function()`, which Firefox ESR 140.12 refuses on extension
 * pages ("call to Function() blocked by CSP"); `evaluate` sends the function
 * over BiDi's `script.callFunction`, which their CSP allows.
 */
export async function pollInPage<Args extends unknown[], Result>(
  page: Page,
  predicate: (...args: Args) => Result | Promise<Result>,
  options: { timeout?: number; polling?: number } = {},
  ...args: Args
): Promise<Awaited<Result>> {
  const timeout = options.timeout ?? HANG_GUARD_MS;
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = (await page.evaluate(
      predicate as never,
      ...(args as unknown as never[]),
    )) as Awaited<Result>;
    if (value) return value;
    if (Date.now() > deadline)
      throw new Error(`pollInPage: ${predicate.name || 'the predicate'} was not true within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, options.polling ?? 50));
  }
}
