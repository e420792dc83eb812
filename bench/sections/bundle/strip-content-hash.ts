/** WXT puts the files whose names carry Vite's content hash in these folders only. */
const HASHED_DIRS = ['chunks/', 'assets/'];
/** Vite's default `[name]-[hash]`: eight URL-safe base64 characters before the extension. */
const CONTENT_HASH = /-[A-Za-z0-9_-]{8}(\.[A-Za-z0-9]+)$/u;

/**
 * `chunks/popup-BVf3qkbx.js` → `chunks/popup-[hash].js`, so the same chunk
 * lines up across browsers and runs although its hash differs; other paths
 * are returned unchanged.
 */
export function stripContentHash(path: string): string {
  if (!HASHED_DIRS.some((dir) => path.startsWith(dir))) return path;
  return path.replace(CONTENT_HASH, '-[hash]$1');
}
