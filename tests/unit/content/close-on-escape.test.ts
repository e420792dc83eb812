import { describe, expect, it } from 'vitest';
import { closeOnEscape } from '../../../lib/content/close-on-escape';

const key = (name: string) => Object.assign(new Event('keydown'), { key: name });

describe('closing the card with Esc', () => {
  it('closes an open card on Esc, and on no other key', () => {
    const doc = new EventTarget();
    let closes = 0;
    closeOnEscape(
      doc,
      () => true,
      () => closes++,
      new AbortController().signal,
    );
    doc.dispatchEvent(key('Enter'));
    doc.dispatchEvent(key('Escape'));
    expect(closes).toBe(1);
  });

  it('leaves the page’s own Esc alone while no card is open', () => {
    const doc = new EventTarget();
    let closes = 0;
    closeOnEscape(
      doc,
      () => false,
      () => closes++,
      new AbortController().signal,
    );
    doc.dispatchEvent(key('Escape'));
    expect(closes).toBe(0);
  });

  it('stops listening when its signal aborts', () => {
    const doc = new EventTarget();
    let closes = 0;
    const abort = new AbortController();
    closeOnEscape(
      doc,
      () => true,
      () => closes++,
      abort.signal,
    );
    abort.abort();
    doc.dispatchEvent(key('Escape'));
    expect(closes).toBe(0);
  });
});
