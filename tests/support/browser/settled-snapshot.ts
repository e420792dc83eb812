/** A page whose DOM did not change for this long, twice in a row, counts as settled. */
const QUIET_MS = 250;
/** How long a page's own scripts may keep changing its DOM before it is not compared. */
export const SETTLE_TIMEOUT_MS = 3_000;

export interface DomSnapshot {
  html: string;
  text: string;
}

/**
 * A snapshot once two taken QUIET_MS apart agree, or null if the page's own scripts keep
 * changing it. `take` reads the page (its browser's `evaluate` of in-page.ts `domSnapshot`),
 * so the Chromium and the Firefox suites settle a page the same way.
 */
export async function settledSnapshot(take: () => Promise<DomSnapshot>): Promise<DomSnapshot | null> {
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  let last = await take();
  while (Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, QUIET_MS));
    const next = await take();
    if (next.html === last.html && next.text === last.text) return next;
    last = next;
  }
  return null;
}
