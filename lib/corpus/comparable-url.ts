/** Host and path, lower-cased: query strings, fragments and a trailing slash do not make another article. */
export function comparableUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return `${parsed.host}${parsed.pathname.replace(/\/+$/u, '')}`.toLowerCase();
  } catch {
    return null;
  }
}
