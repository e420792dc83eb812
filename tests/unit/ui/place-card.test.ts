import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANCHOR_GAP_PX, placeCard, type Rect } from '@/lib/ui/card/place-card';

const VIEWPORT = { width: 1024, height: 768 };
const CARD = { width: 360, height: 240 };

/** A mention 80 × 20 px whose top-left corner is at (left, top). */
const mentionAt = (left: number, top: number): Rect => ({ left, top, right: left + 80, bottom: top + 20 });

describe('placeCard', () => {
  it('puts the card just below the mention, aligned with its left edge', () => {
    expect(placeCard(mentionAt(100, 100), CARD, VIEWPORT)).toEqual({
      left: 100,
      top: 120 + ANCHOR_GAP_PX,
      placement: 'below',
    });
  });

  it('flips the card above the mention when it does not fit below', () => {
    const anchor = mentionAt(100, 600);
    expect(placeCard(anchor, CARD, VIEWPORT)).toEqual({
      left: 100,
      top: 600 - ANCHOR_GAP_PX - CARD.height,
      placement: 'above',
    });
  });

  it('stays below when it fits nowhere but below has more room, and is kept inside the viewport', () => {
    const tall = { width: 360, height: 500 };
    const placed = placeCard(mentionAt(100, 300), tall, VIEWPORT);
    expect(placed.placement).toBe('below');
    expect(placed.top + tall.height).toBeLessThanOrEqual(VIEWPORT.height - 8);
  });

  it('goes above when it fits nowhere but above has more room', () => {
    const tall = { width: 360, height: 500 };
    const placed = placeCard(mentionAt(100, 420), tall, VIEWPORT);
    expect(placed.placement).toBe('above');
    expect(placed.top).toBeGreaterThanOrEqual(8);
  });

  it('shifts the card left at the right edge of the viewport', () => {
    expect(placeCard(mentionAt(900, 100), CARD, VIEWPORT).left).toBe(VIEWPORT.width - 8 - CARD.width);
  });

  it('keeps the card inside the viewport when the mention starts off screen to the left', () => {
    expect(placeCard(mentionAt(-50, 100), CARD, VIEWPORT).left).toBe(8);
  });

  it('pins a card wider than the viewport to the left margin', () => {
    expect(placeCard(mentionAt(100, 100), CARD, { width: 320, height: 640 }).left).toBe(8);
  });

  it('pins a card taller than the viewport to the top margin, where its close button is', () => {
    expect(placeCard(mentionAt(100, 100), { width: 360, height: 900 }, VIEWPORT).top).toBe(8);
  });

  it('honours a custom margin', () => {
    expect(placeCard(mentionAt(900, 100), CARD, VIEWPORT, 20).left).toBe(VIEWPORT.width - 20 - CARD.width);
  });

  const viewports = fc.record({
    width: fc.integer({ min: 200, max: 2560 }),
    height: fc.integer({ min: 200, max: 1600 }),
  });
  /** A viewport, a margin, a card that fits inside the margins, and a mention anywhere near the viewport. */
  const scenes = viewports.chain((viewport) =>
    fc.record({
      viewport: fc.constant(viewport),
      margin: fc.integer({ min: 0, max: 24 }),
      card: fc.record({
        width: fc.integer({ min: 1, max: viewport.width - 48 }),
        height: fc.integer({ min: 1, max: viewport.height - 48 }),
      }),
      anchor: fc
        .record({
          left: fc.integer({ min: -200, max: viewport.width + 200 }),
          top: fc.integer({ min: -200, max: viewport.height + 200 }),
          width: fc.integer({ min: 0, max: 400 }),
          height: fc.integer({ min: 0, max: 60 }),
        })
        .map(({ left, top, width, height }) => ({ left, top, right: left + width, bottom: top + height })),
    }),
  );

  it('always keeps a card that fits the viewport inside it, margins included', () => {
    fc.assert(
      fc.property(scenes, ({ viewport, margin, card, anchor }) => {
        const { left, top } = placeCard(anchor, card, viewport, margin);
        expect(left).toBeGreaterThanOrEqual(margin);
        expect(top).toBeGreaterThanOrEqual(margin);
        expect(left + card.width).toBeLessThanOrEqual(viewport.width - margin);
        expect(top + card.height).toBeLessThanOrEqual(viewport.height - margin);
      }),
    );
  });

  it('never covers the mention when the card fits above or below it', () => {
    fc.assert(
      fc.property(scenes, ({ viewport, margin, card, anchor }) => {
        const roomBelow = viewport.height - margin - (anchor.bottom + ANCHOR_GAP_PX);
        const roomAbove = anchor.top - ANCHOR_GAP_PX - margin;
        fc.pre(card.height <= Math.max(roomBelow, roomAbove));
        const { top, placement } = placeCard(anchor, card, viewport, margin);
        if (placement === 'below') expect(top).toBeGreaterThanOrEqual(anchor.bottom);
        else expect(top + card.height).toBeLessThanOrEqual(anchor.top);
        // Below is the default: above only when below is too small.
        expect(placement).toBe(card.height <= roomBelow ? 'below' : 'above');
      }),
    );
  });
});
