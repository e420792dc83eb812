import { describe, expect, it } from 'vitest';
import { isOwnSender } from '@/lib/messaging';

const OWN_ID = 'parallax@example.org';

describe('isOwnSender', () => {
  it('accepts a sender from this extension', () => {
    expect(isOwnSender({ id: OWN_ID }, OWN_ID)).toBe(true);
  });

  it('refuses another extension, a web page without an id, and an empty id', () => {
    expect(isOwnSender({ id: 'other@example.org' }, OWN_ID)).toBe(false);
    expect(isOwnSender({}, OWN_ID)).toBe(false);
    expect(isOwnSender({ id: undefined }, OWN_ID)).toBe(false);
    expect(isOwnSender({ id: '' }, OWN_ID)).toBe(false);
  });
});
