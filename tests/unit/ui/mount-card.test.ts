import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountCard, type MountCardOptions } from '@/lib/ui/card/mount-card';
import { ANCHOR_GAP_PX, type Rect } from '@/lib/ui/card/place-card';
import { blankPage, HOSTILE, sourceMeta, witkoffCard } from './card-fixtures';

// Vitest does not process CSS, so `?inline` would give an empty string: give it the real files.
vi.mock('@/lib/ui/card/card.css?inline', async () => {
  const fs = await import('node:fs');
  return { default: fs.readFileSync(new URL('../../../lib/ui/card/card.css', import.meta.url), 'utf8') };
});
vi.mock('@/lib/ui/theme.css?inline', async () => {
  const fs = await import('node:fs');
  return { default: fs.readFileSync(new URL('../../../lib/ui/theme.css', import.meta.url), 'utf8') };
});

const CARD_CSS = readFileSync(new URL('../../../lib/ui/card/card.css', import.meta.url), 'utf8');
const THEME_CSS = readFileSync(new URL('../../../lib/ui/theme.css', import.meta.url), 'utf8');
const ANCHOR: Rect = { left: 100, top: 600, right: 180, bottom: 620 };

function mounted(body?: string) {
  const { window, document } = blankPage(body);
  const before = document.documentElement.outerHTML;
  const options = {
    onSearch: vi.fn<(query: string) => void>(),
    onCompare: vi.fn<() => void>(),
    onClose: vi.fn<() => void>(),
    onPointerEnter: vi.fn<() => void>(),
    onPointerLeave: vi.fn<() => void>(),
  } satisfies MountCardOptions;
  const attachShadow = vi.spyOn(window.HTMLElement.prototype, 'attachShadow');
  const card = mountCard(document, options);
  const shadow = card.host.shadowRoot;
  if (!shadow) throw new Error('no shadow root');
  const dialog = (): HTMLElement | null => shadow.querySelector<HTMLElement>('[role="dialog"]');
  const event = (type: string, fields: object = {}): Event =>
    Object.assign(new window.Event(type, { bubbles: true, composed: true }), fields);
  return { window, document, before, options, card, shadow, dialog, event, attachShadow };
}

describe('mountCard', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('takes a name the page cannot know when the page has taken parallax-card itself', () => {
    const { window, document } = blankPage();
    // Kept as the prototype's own method, called with each element below.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const original = window.HTMLElement.prototype.attachShadow;
    // As a page-defined <parallax-card> whose constructor attached a shadow root: ours cannot be.
    vi.spyOn(window.HTMLElement.prototype, 'attachShadow').mockImplementation(function (
      this: HTMLElement,
      init: ShadowRootInit,
    ) {
      if (this.localName === 'parallax-card') throw new Error('NotSupportedError: already has a shadow root');
      return original.call(this, init);
    });

    const card = mountCard(document, {
      onSearch: vi.fn(),
      onCompare: vi.fn(),
      onClose: vi.fn(),
      onPointerEnter: vi.fn(),
      onPointerLeave: vi.fn(),
    });

    expect(card.host.localName).toMatch(/^parallax-card-[a-z0-9]{6}$/u);
    expect(card.host.shadowRoot).not.toBeNull();
    expect(card.host.hasAttribute('data-parallax-card')).toBe(true);
    expect(card.host.hasAttribute('data-parallax-ui')).toBe(true);
    card.remove();
    expect(document.querySelector('[data-parallax-card]')).toBeNull();
  });

  it('adds an unregistered <parallax-card> host at the end of <html>, with an open shadow root', () => {
    const { document, card, attachShadow } = mounted();
    expect(card.host.localName).toBe('parallax-card');
    expect(document.documentElement.lastElementChild).toBe(card.host);
    expect(attachShadow).toHaveBeenCalledExactlyOnceWith({ mode: 'open' });
    expect(card.host.shadowRoot).not.toBeNull();
    expect(document.body.querySelector('parallax-card')).toBeNull();
  });

  it('pins the host above the page with important inline styles', () => {
    const { card } = mounted();
    const style = card.host.getAttribute('style') ?? '';
    expect(style).toMatch(/position: ?fixed !important/u);
    expect(style).toMatch(/z-index: ?2147483647 !important/u);
  });

  it('puts the theme and then the card style sheet inside the shadow root, as text', () => {
    const { shadow } = mounted();
    const style = shadow.querySelector('style');
    expect(style?.textContent).toBe(THEME_CSS + CARD_CSS);
    expect(CARD_CSS).toContain(':host');
  });

  it('renders the card in the shadow root, with markup from the data as text', () => {
    const card = witkoffCard({
      others: [
        {
          source: sourceMeta('s1', { outlet: HOSTILE }),
          passages: [{ id: 'p', text: `Witkoff ${HOSTILE}`, emphasis: [[0, 7]] }],
          mentionCount: 1,
          storyId: null,
        },
      ],
    });
    const { document, card: handle, shadow, dialog } = mounted();
    handle.show({ status: 'ready', card }, ANCHOR);
    expect(dialog()?.getAttribute('aria-label')).toBe('Parallax: Steve Witkoff');
    expect(shadow.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect(shadow.querySelector('.card-passage')?.textContent).toBe(`Witkoff ${HOSTILE}`);
    expect(shadow.querySelector('.source-outlet')?.textContent).toBe(HOSTILE);
  });

  it('re-renders in place when shown again, one card at a time', () => {
    const { card, shadow } = mounted();
    card.show({ status: 'loading', label: 'Steve Witkoff' }, ANCHOR);
    card.show({ status: 'ready', card: witkoffCard() }, ANCHOR);
    expect(shadow.querySelectorAll('[role="dialog"]')).toHaveLength(1);
    expect(shadow.querySelector('.card-status')).toBeNull();
    expect(shadow.querySelector('.card-summary')).not.toBeNull();
  });

  it('places the card from its measured size, above a mention near the bottom of the viewport', () => {
    const { window, card } = mounted();
    vi.spyOn(window.HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({
      width: 360,
      height: 300,
    } as DOMRect);
    card.show({ status: 'ready', card: witkoffCard() }, ANCHOR);
    expect(card.host.style.getPropertyValue('left')).toBe('100px');
    expect(card.host.style.getPropertyValue('top')).toBe(`${600 - ANCHOR_GAP_PX - 300}px`);
  });

  it('calls back for Search, Compare in sidebar, the close button, Esc, and the pointer entering and leaving', () => {
    const { card, dialog, event, options, shadow } = mounted();
    card.show({ status: 'ready', card: witkoffCard() }, ANCHOR);
    shadow.querySelector('.card-search')?.dispatchEvent(event('click'));
    expect(options.onSearch).toHaveBeenCalledExactlyOnceWith('Steve Witkoff');
    shadow.querySelector('.card-compare')?.dispatchEvent(event('click'));
    expect(options.onCompare).toHaveBeenCalledOnce();
    shadow.querySelector('.card-close')?.dispatchEvent(event('click'));
    expect(options.onClose).toHaveBeenCalledOnce();
    dialog()?.dispatchEvent(event('keydown', { key: 'Escape' }));
    expect(options.onClose).toHaveBeenCalledTimes(2);
    dialog()?.dispatchEvent(event('keydown', { key: 'a' }));
    expect(options.onClose).toHaveBeenCalledTimes(2);
    card.host.dispatchEvent(event('pointerenter'));
    card.host.dispatchEvent(event('pointerleave'));
    expect(options.onPointerEnter).toHaveBeenCalledOnce();
    expect(options.onPointerLeave).toHaveBeenCalledOnce();
  });

  it('keeps key presses in the card from reaching the page’s shortcuts', () => {
    // linkedom does not carry events out of a shadow root at all, so check the stop itself.
    const { card, dialog, event } = mounted();
    card.show({ status: 'ready', card: witkoffCard() }, ANCHOR);
    const keydown = event('keydown', { key: 'k' });
    const stopPropagation = vi.spyOn(keydown, 'stopPropagation');
    dialog()?.dispatchEvent(keydown);
    expect(stopPropagation).toHaveBeenCalled();
  });

  it('moves focus to the dialog', () => {
    const { window, card, dialog } = mounted();
    const focus = vi.spyOn(window.HTMLElement.prototype, 'focus');
    card.show({ status: 'loading', label: 'Steve Witkoff' }, ANCHOR);
    card.focus();
    expect(focus).toHaveBeenCalledOnce();
    expect(focus.mock.contexts[0]).toBe(dialog());
  });

  it('tells whether a node belongs to the card', () => {
    const { document, card, dialog } = mounted();
    card.show({ status: 'ready', card: witkoffCard() }, ANCHOR);
    expect(card.contains(card.host)).toBe(true);
    expect(card.contains(dialog())).toBe(true);
    expect(card.contains(document.body)).toBe(false);
    expect(card.contains(document.querySelector('p'))).toBe(false);
    expect(card.contains(null)).toBe(false);
  });

  it('leaves the document exactly as it was once removed, and can be removed twice', () => {
    const { document, before, card } = mounted(
      '<article><h1>News</h1><p>Steve Witkoff met Putin.</p></article>',
    );
    card.show({ status: 'ready', card: witkoffCard() }, ANCHOR);
    expect(document.documentElement.outerHTML).not.toBe(before);
    card.remove();
    expect(document.documentElement.outerHTML).toBe(before);
    expect(card.host.isConnected).toBe(false);
    card.remove();
    card.show({ status: 'loading', label: 'Steve Witkoff' }, ANCHOR);
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
