/**
 * Saving and copying an export from an extension page, without the
 * `downloads` permission: a Blob URL on a temporary `<a download>`.
 */

/**
 * How long the Blob URL outlives the click. Firefox reads the URL after
 * `click()` returns, so revoking it at once cancels the download (Mozilla
 * bug 1282407); a second is ample for a local Blob and frees it soon after.
 */
const REVOKE_DELAY_MS = 1000;

/** Offers `text` as a file named `fileName` (e.g. `text/markdown`, `application/json`). */
export function downloadText(doc: Document, fileName: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  // Firefox ignores a click on a link outside the document.
  doc.body.append(link);
  link.click();
  link.remove();
  const view = doc.defaultView;
  if (view) view.setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
  else URL.revokeObjectURL(url);
}

/** Puts `text` on the clipboard; `false` when the clipboard is unavailable or refuses. */
export async function copyText(
  text: string,
  clipboard: Pick<Clipboard, 'writeText'> | undefined = globalThis.navigator?.clipboard,
): Promise<boolean> {
  if (!clipboard) return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
