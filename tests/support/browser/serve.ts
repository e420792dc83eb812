import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
};

export interface FixtureServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The address of a served path, e.g. `url('/demo/article.html')`. */
  url: (path: string) => string;
  close: () => Promise<void>;
}

/**
 * Serves folders of fixture files over http://127.0.0.1 on a free port, for
 * pages that must come from a real origin (content scripts do not run on
 * file:// by default). `mounts` maps a URL prefix to a folder:
 * `serveFixtures({ '/demo': '.cache/demo', '/pages': '../shared/pages' })`
 * serves `../shared/pages/bbc-1/source.html` at `/pages/bbc-1/source.html`.
 * Only files inside a mounted folder are served; anything else is a 404.
 */
export async function serveFixtures(mounts: Record<string, string>): Promise<FixtureServer> {
  const roots = Object.entries(mounts)
    .map(([prefix, dir]) => ({ prefix: `/${prefix.replace(/^\/+|\/+$/g, '')}`, dir: resolve(dir) }))
    // Longest prefix first, so '/pages/x' wins over '/pages'.
    .sort((a, b) => b.prefix.length - a.prefix.length);

  const server = createServer((request, response) => {
    const file = resolveFile(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!file || request.method !== 'GET') {
      response.writeHead(file ? 405 : 404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });

  function resolveFile(pathname: string): string | null {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return null;
    }
    for (const { prefix, dir } of roots) {
      const inside =
        prefix === '/' ? decoded : decoded.startsWith(`${prefix}/`) ? decoded.slice(prefix.length) : null;
      if (inside === null) continue;
      const candidate = resolve(join(dir, inside));
      if (candidate !== dir && !candidate.startsWith(dir + sep)) return null;
      const stats = statSync(candidate, { throwIfNoEntry: false });
      if (stats?.isFile()) return candidate;
      const index = join(candidate, 'index.html');
      if (stats?.isDirectory() && statSync(index, { throwIfNoEntry: false })?.isFile()) return index;
    }
    return null;
  }

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\/+/, '')}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
