import { h, render } from 'preact';
import themeCss from '../theme.css?inline';
import cardCss from './card.css?inline';
import { ItemCard, type CardState } from './ItemCard';
import { ANCHOR_GAP_PX, placeCard, type Rect, type Size } from './place-card';

/** Not registered with customElements: a page may define this name itself, and need not know ours. */
export const CARD_HOST_TAG = 'parallax-card';
/** The largest z-index browsers honour (2^31 − 1): the card must float above anything a page stacks. */
const Z_INDEX_MAX = 2147483647;
/** Space kept between the card and the viewport's edges. */
const VIEWPORT_MARGIN_PX = 8;
/** Below this the card would be a sliver: better to cover the mention than to show nothing. */
const MIN_CARD_HEIGHT_PX = 160;

/**
 * The host's own box, inline and `!important`: page rules (`* { … }`, `html > *`) match the
 * host, and an important inline declaration is the one thing that outranks them. Named one
 * by one rather than `all: initial`, which Chrome writes out as ~400 longhands in the attribute.
 * What is inherited into the card is reset by card.css on the card itself.
 */
const HOST_STYLE = [
  'display: block',
  'position: fixed',
  `z-index: ${Z_INDEX_MAX}`,
  'left: 0',
  'top: 0',
  'right: auto',
  'bottom: auto',
  'width: auto',
  'height: auto',
  'min-width: 0',
  'min-height: 0',
  'max-width: none',
  'max-height: none',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'float: none',
  'transform: none',
  'translate: none',
  'scale: none',
  'rotate: none',
  'filter: none',
  'clip-path: none',
  'opacity: 1',
  'visibility: visible',
  'pointer-events: auto',
  // A page's `* { transition: all … }` would otherwise slide the card from one mention to the next.
  'transition: none',
  'animation: none',
]
  .map((declaration) => `${declaration} !important`)
  .join('; ');

/** Marks the card's host whatever its tag: tests and the page-facing docs find it by this. */
export const CARD_HOST_ATTRIBUTE = 'data-parallax-card';

/**
 * The host element and its open shadow root. The element registry is the
 * document's, shared with the page: a page that defined `parallax-card`
 * itself has its constructor run on our element, and if that attached a
 * shadow root ours cannot be. Then the host takes a name no page can know.
 */
function createHost(doc: Document): { host: HTMLElement; shadow: ShadowRoot } {
  for (const tag of [CARD_HOST_TAG, `${CARD_HOST_TAG}-${randomSuffix()}`]) {
    const host = doc.createElement(tag);
    try {
      const shadow = host.attachShadow({ mode: 'open' });
      host.setAttribute(CARD_HOST_ATTRIBUTE, '');
      // Whatever its name, the page walker leaves Parallax's own UI out of the page's text.
      host.setAttribute('data-parallax-ui', '');
      return { host, shadow };
    } catch {
      // Taken by the page: try the next name.
    }
  }
  throw new Error('card: no host element could take a shadow root');
}

function randomSuffix(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(6)), (byte) => (byte % 36).toString(36)).join('');
}

export interface MountCardOptions {
  /** "Search" was chosen in the card, with the item's label. */
  onSearch: (query: string) => void;
  /** "Compare in sidebar" was chosen in the card. */
  onCompare: () => void;
  /** The close button, or Esc while focus is in the card. */
  onClose: () => void;
  /** The pointer entered the card (for hover intent: keep it open). */
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}

export interface CardHandle {
  /** The `<parallax-card>` element, a child of `<html>`; everything else lives in its shadow root. */
  host: HTMLElement;
  /** Render `state` and place the card beside `anchor`, the mention's box in client coordinates. */
  show: (state: CardState, anchor: Rect) => void;
  /** Move keyboard focus to the card (it is a dialog; Tab then walks its buttons). */
  focus: () => void;
  /** Whether `node` is the card or inside it, e.g. to ignore clicks in the card. */
  contains: (node: Node | null) => boolean;
  /** Unrender and remove the host: the document is exactly as before `mountCard`. Idempotent. */
  remove: () => void;
}

/**
 * Adds the (empty) item card to `doc`, isolated in an open shadow root so page styles
 * cannot reach it. The card shows nothing until `show` is called.
 *
 * Key presses inside the card do not propagate to the page: a page's single-key
 * shortcuts must not fire while someone works the card with the keyboard.
 */
export function mountCard(doc: Document, options: MountCardOptions): CardHandle {
  const { host, shadow } = createHost(doc);
  host.style.cssText = HOST_STYLE;
  const style = doc.createElement('style');
  // The tokens and shared rules first: theme.css is their one home, card.css builds on them.
  style.textContent = themeCss + cardCss;
  // Preact gets a container of its own: rendering into the shadow root would diff against the <style>.
  const container = doc.createElement('div');
  shadow.append(style, container);

  const listeners = new AbortController();
  const { signal } = listeners;
  host.addEventListener('pointerenter', () => options.onPointerEnter(), { signal });
  host.addEventListener('pointerleave', () => options.onPointerLeave(), { signal });
  // On the shadow root, not the host: stopping here keeps the key from the host and the page.
  shadow.addEventListener(
    'keydown',
    (event) => {
      event.stopPropagation();
      // A ShadowRoot's event map does not list keydown, so the event comes typed as a plain Event.
      if ((event as KeyboardEvent).key !== 'Escape') return;
      event.preventDefault();
      options.onClose();
    },
    { signal },
  );

  doc.documentElement.append(host);
  const dialog = (): HTMLElement | null => container.querySelector<HTMLElement>('[role="dialog"]');
  let removed = false;

  return {
    host,
    show(state, anchor) {
      if (removed) return;
      render(
        h(ItemCard, {
          state,
          onSearch: options.onSearch,
          onCompare: options.onCompare,
          onClose: options.onClose,
        }),
        container,
      );
      // Preact renders synchronously, so the size is final here and nothing was painted in between.
      const card = dialog();
      const viewport = viewportOf(doc);
      card?.style.removeProperty('max-height');
      let box = card?.getBoundingClientRect();
      // Never cover the mention: a card taller than the room on either side scrolls within the larger room.
      const room = Math.max(
        viewport.height - VIEWPORT_MARGIN_PX - anchor.bottom - ANCHOR_GAP_PX,
        anchor.top - ANCHOR_GAP_PX - VIEWPORT_MARGIN_PX,
      );
      if (card && box && box.height > room && room >= MIN_CARD_HEIGHT_PX) {
        card.style.setProperty('max-height', `${Math.floor(room)}px`);
        box = card.getBoundingClientRect();
      }
      const size = { width: box?.width ?? 0, height: box?.height ?? 0 };
      const { left, top } = placeCard(anchor, size, viewport, VIEWPORT_MARGIN_PX);
      host.style.setProperty('left', `${Math.round(left)}px`, 'important');
      host.style.setProperty('top', `${Math.round(top)}px`, 'important');
    },
    focus() {
      dialog()?.focus({ preventScroll: true });
    },
    contains(node) {
      return node !== null && (host.contains(node) || shadow.contains(node));
    },
    remove() {
      if (removed) return;
      removed = true;
      render(null, container);
      listeners.abort();
      host.remove();
    },
  };
}

/** The part of the viewport the card may use. */
function viewportOf(doc: Document): Size {
  const view = doc.defaultView;
  const width = view?.innerWidth ?? 0;
  const height = view?.innerHeight ?? 0;
  // innerWidth/innerHeight include classic scroll bars; the root's client size leaves them out,
  // but it is the viewport only in standards mode (in quirks mode it is the <html> box).
  const root = doc.documentElement;
  if (doc.compatMode !== 'CSS1Compat' || root.clientWidth <= 0 || root.clientHeight <= 0) {
    return { width, height };
  }
  return { width: Math.min(width, root.clientWidth), height: Math.min(height, root.clientHeight) };
}
