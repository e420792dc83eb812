import type { Page } from 'playwright-core';
import { CARD_MARKS } from '../../../lib/content/phase-marks';
import { FOCUS_HIGHLIGHT, HIGHLIGHT_PREFIX } from '../../../lib/highlight';
import { hasScanned } from '../../../tests/support/browser/in-page';
import {
  installHoverProbe,
  isCardClosed,
  findMentions,
  pageNow,
  waitForCardMarks,
  type CardMarks,
  type MentionQuery,
} from './hover-probe';
import type { PlannedHover } from './plan-hovers';

/**
 * One seed page in a tab, driven by a real mouse: rest on a mention, wait
 * for its card's marks, move off to an empty margin and wait for the card
 * to close.
 */

export interface HoverPageOptions {
  /** Pointer steps from where it was to the mention: a moving pointer, not a jump. */
  pointerSteps: number;
  /** How long a card may take before the hover counts as failed. */
  cardTimeoutMs: number;
  /** How long the card may take to close after the pointer left. */
  closeTimeoutMs: number;
  /** How long the first scan may take. */
  scanTimeoutMs: number;
}

/** The article of a seed page (render-seed-page.ts): headline, byline and body; not the site header. */
const MENTION_ROOT = 'article';
/**
 * Where the pointer waits between hovers: the page's left margin (a seed
 * page's article is 680 px wide and centred, and the card opens at its
 * mention's left edge), so the hit test there finds no mention.
 */
const REST_POINT = { x: 8, y: 360 } as const;

const QUERY: MentionQuery = { prefix: HIGHLIGHT_PREFIX, focus: FOCUS_HIGHLIGHT, within: MENTION_ROOT };

export class HoverPage {
  private constructor(
    readonly page: Page,
    private readonly options: HoverPageOptions,
  ) {}

  /** Loads `url`, waits for the first scan and installs the probe, with the pointer in the margin. */
  static async open(page: Page, url: string, options: HoverPageOptions): Promise<HoverPage> {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(hasScanned, undefined, { timeout: options.scanTimeoutMs });
    await page.evaluate(installHoverProbe);
    await page.mouse.move(REST_POINT.x, REST_POINT.y);
    return new HoverPage(page, options);
  }

  /** The text of every highlighted mention in the article, in document order. */
  async mentions(): Promise<string[]> {
    return (await this.page.evaluate(findMentions, QUERY)).texts;
  }

  /**
   * Rests the pointer on `hover`'s mention and waits for the card's marks
   * (`ready: null` if none came in time); then moves off and waits for the
   * card to close (`closed`: by itself, without Esc). Returns a reason
   * instead when the mention is gone.
   */
  async hover(hover: PlannedHover): Promise<{ marks: CardMarks; closed: boolean } | string> {
    const { point } = await this.page.evaluate(findMentions, { ...QUERY, index: hover.index });
    if (!point || point.text !== hover.text) {
      return `mention ${hover.index} is no longer "${hover.text}" (${point ? `"${point.text}"` : 'gone'})`;
    }
    const after = await this.page.evaluate(pageNow);
    await this.page.mouse.move(point.x, point.y, { steps: this.options.pointerSteps });
    const marks = await this.page.evaluate(waitForCardMarks, {
      open: CARD_MARKS.open,
      ready: CARD_MARKS.ready,
      entityId: hover.entityId,
      after,
      x: point.x,
      y: point.y,
      timeoutMs: this.options.cardTimeoutMs,
    });
    return { marks, closed: await this.leave() };
  }

  /**
   * Pointer to the margin, then waits for the card to close, so the next
   * hover starts clean; presses Esc if it does not (returns false then).
   */
  private async leave(): Promise<boolean> {
    await this.page.mouse.move(REST_POINT.x, REST_POINT.y, { steps: this.options.pointerSteps });
    const wait = { timeout: this.options.closeTimeoutMs, polling: 20 };
    const closed = await this.page.waitForFunction(isCardClosed, undefined, wait).then(
      () => true,
      () => false,
    );
    if (closed) return true;
    await this.page.keyboard.press('Escape');
    await this.page.waitForFunction(isCardClosed, undefined, wait);
    return false;
  }
}
