import { strings } from '../ui/strings';

/** Marks the notice's host: tests find it by this. */
export const KEEP_NOTICE_ATTRIBUTE = 'data-parallax-keep';
/** The notice goes by itself after this: long enough to read one line and reach "Undo". */
const NOTICE_MS = 10_000;
/** The largest z-index browsers honour, as the card's (lib/ui/card/mount-card.ts). */
const Z_INDEX_MAX = 2147483647;

/**
 * Quiet: a small box in the corner, in the page's light or dark scheme
 * through system colours, never over the article's column on a wide screen.
 */
const STYLE = `
:host { all: initial; }
.notice { position: fixed; right: 16px; bottom: 16px; z-index: ${Z_INDEX_MAX}; display: flex; gap: 12px;
  align-items: center; max-width: 360px; padding: 10px 14px; border-radius: 8px;
  font: 14px/1.4 system-ui, sans-serif; color: CanvasText; background: Canvas;
  border: 1px solid GrayText; box-shadow: 0 2px 12px rgb(0 0 0 / 0.18); color-scheme: light dark; }
button { font: inherit; padding: 2px 10px; border-radius: 6px; border: 1px solid GrayText;
  background: transparent; color: inherit; cursor: pointer; }
button.close { border: 0; padding: 0 4px; }
`;

export interface KeepNoticeAction {
  label: string;
  run: () => void;
}

export interface KeepNotice {
  /** Replaces the notice's line and buttons (e.g. "Removed" after an undo). */
  show(message: string, actions: readonly KeepNoticeAction[]): void;
  remove(): void;
}

/**
 * The "kept" notice in the page, in a shadow root of its own like the card,
 * so the page's styles cannot reach it and it cannot restyle the page. The
 * page itself is not changed otherwise; `remove` takes it away. It goes by
 * itself after a few seconds, and with `signal`.
 */
export function mountKeepNotice(doc: Document, signal: AbortSignal): KeepNotice {
  const win = doc.defaultView;
  const host = doc.createElement('parallax-keep');
  host.setAttribute(KEEP_NOTICE_ATTRIBUTE, '');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const box = doc.createElement('div');
  box.className = 'notice';
  box.setAttribute('role', 'status');
  box.setAttribute('aria-label', strings.keep.noticeLabel);
  root.append(style, box);

  let timer: number | undefined;
  const remove = (): void => {
    if (timer !== undefined) win?.clearTimeout(timer);
    host.remove();
  };
  signal.addEventListener('abort', remove, { once: true });

  const button = (label: string, run: () => void, className?: string): HTMLButtonElement => {
    const element = doc.createElement('button');
    element.type = 'button';
    element.textContent = label;
    if (className) element.className = className;
    element.addEventListener('click', run);
    return element;
  };

  return {
    show(message, actions) {
      const line = doc.createElement('span');
      line.textContent = message;
      const close = button('×', remove, 'close');
      close.setAttribute('aria-label', strings.keep.close);
      box.replaceChildren(line, ...actions.map((action) => button(action.label, action.run)), close);
      // Added on first show: an empty box never flashes while the background answers.
      if (!host.isConnected && !signal.aborted) (doc.body ?? doc.documentElement).append(host);
      if (timer !== undefined) win?.clearTimeout(timer);
      timer = win?.setTimeout(remove, NOTICE_MS);
    },
    remove,
  };
}
