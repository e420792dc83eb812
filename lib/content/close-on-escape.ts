/**
 * Esc anywhere on the page closes the open card (inside the card, the card
 * hears it first: lib/ui/card/mount-card.ts). A page's own Esc is left alone
 * while no card is open. Ends when `signal` aborts.
 */
export function closeOnEscape(
  doc: Pick<Document, 'addEventListener'>,
  isOpen: () => boolean,
  close: () => void,
  signal: AbortSignal,
): void {
  if (signal.aborted) return;
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && isOpen()) close();
    },
    { signal, passive: true },
  );
}
