import { describe, expect, it } from 'vitest';
import { messageOrigin } from '@/lib/messaging';

const OWN = { id: 'parallax@example.org', url: 'chrome-extension://parallax/' };

describe('messageOrigin', () => {
  it('tells an extension page (in a tab or not) from a content script by the sender’s URL', () => {
    expect(messageOrigin({ id: OWN.id, url: 'chrome-extension://parallax/popup.html' }, OWN)).toBe(
      'extension',
    );
    expect(messageOrigin({ id: OWN.id, url: `${OWN.url}popup.html?tab=3`, tab: { id: 4 } }, OWN)).toBe(
      'extension',
    );
    expect(messageOrigin({ id: OWN.id, url: 'https://news.example/story', tab: { id: 3 } }, OWN)).toBe(
      'content',
    );
  });

  it('refuses another extension, a sender without an id, and one of ours that is neither page nor tab', () => {
    expect(messageOrigin({ id: 'other@example.org', url: `${OWN.url}popup.html` }, OWN)).toBeNull();
    expect(messageOrigin({ url: 'https://news.example/story', tab: { id: 3 } }, OWN)).toBeNull();
    expect(messageOrigin({ id: OWN.id, url: 'https://news.example/story' }, OWN)).toBeNull();
    expect(messageOrigin({ id: OWN.id }, OWN)).toBeNull();
  });
});
