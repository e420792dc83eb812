import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** One request Firefox sent through the proxy: plain HTTP by its absolute URL, HTTPS and WebSocket by CONNECT. */
export interface ProxiedRequest {
  method: string;
  /** `http://host:port/path?query` for plain HTTP, `host:port` for CONNECT. */
  target: string;
}

export interface RecordingProxy {
  port: number;
  /** Every request seen so far, in order. */
  requests(): readonly ProxiedRequest[];
  /** Firefox prefs that send all of the browser's traffic, 127.0.0.1 included, through this proxy. */
  firefoxPrefs(): Record<string, unknown>;
  close(): Promise<void>;
}

/**
 * An HTTP proxy that records every request Firefox makes and forwards only those to
 * `allowedOrigins` (the test's own servers): anything else is refused at once, as the
 * machine is offline. What it records is everything the browser sent anywhere, which
 * is what a privacy claim needs; Chromium's tests read the same from the DevTools protocol.
 */
export async function startRecordingProxy(allowedOrigins: readonly string[]): Promise<RecordingProxy> {
  const allowed = new Set(allowedOrigins.map((origin) => new URL(origin).host));
  const seen: ProxiedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((incoming: IncomingMessage, outgoing: ServerResponse) => {
    const target = incoming.url ?? '';
    seen.push({ method: incoming.method ?? 'GET', target });
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      outgoing.writeHead(400).end();
      return;
    }
    if (!allowed.has(url.host)) {
      outgoing.writeHead(502).end();
      return;
    }
    const forwarded = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method: incoming.method,
        headers: incoming.headers,
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forwarded.on('error', () => outgoing.writeHead(502).end());
    incoming.pipe(forwarded);
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (incoming: IncomingMessage, socket: Socket) => {
    seen.push({ method: 'CONNECT', target: incoming.url ?? '' });
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    requests: () => [...seen],
    firefoxPrefs: () => ({
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.no_proxies_on': '',
      // Without it Firefox never proxies localhost, and the test's own pages would go unrecorded.
      'network.proxy.allow_hijacking_localhost': true,
    }),
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}
