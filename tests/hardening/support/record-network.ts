import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Connection, type CDPSession, type Protocol } from 'puppeteer-core';
// Puppeteer's WebSocket transport is not part of its public face, but its Connection is, and
// Connection is what routes CDP's flattened child sessions (Playwright's CDPSession cannot).
import { NodeWebSocketTransport } from 'puppeteer-core/internal/node/NodeWebSocketTransport.js';

/** Chromium writes `DevToolsActivePort` within a second of starting. */
const PORT_FILE_TIMEOUT_MS = 10_000;

/** One request as CDP's Network domain reported it, with the target that made it. */
export interface RecordedRequest {
  /** The target's type: `page` (a tab, extension page or web page), `service_worker`, `worker`, `iframe`… */
  targetType: string;
  /** The target's URL when the request was sent (a tab's changes as it navigates). */
  targetUrl: string;
  /** The document the request belongs to (Network.requestWillBeSent's `documentURL`). */
  documentUrl: string;
  url: string;
  resourceType: string;
  /** `parser`, `script`, `preload`, `other`… */
  initiatorType: string;
  /** Every URL on the initiator: its own, and each frame of its stack and of the async stacks before it. */
  initiatorUrls: string[];
  /** Why the browser refused it, if it did (e.g. `csp`). */
  blockedReason?: string;
}

export interface NetworkRecorder {
  readonly requests: readonly RecordedRequest[];
  /** The session of the latest attached target that `match` accepts (to run a control request in it). */
  sessionFor(match: (targetType: string, url: string) => boolean): CDPSession | undefined;
  close(): Promise<void>;
}

/** Reads the browser's DevTools WebSocket address from the profile (`--remote-debugging-port=0`). */
export async function devToolsEndpoint(profileDir: string): Promise<string> {
  const file = join(profileDir, 'DevToolsActivePort');
  const deadline = Date.now() + PORT_FILE_TIMEOUT_MS;
  while (!existsSync(file) || readFileSync(file, 'utf8').split('\n').length < 2) {
    if (Date.now() > deadline) throw new Error(`hardening: ${file}: Chromium wrote no DevTools port`);
    await sleep(50);
  }
  const [port, path] = readFileSync(file, 'utf8').split('\n');
  return `ws://127.0.0.1:${port}${path}`;
}

function initiatorUrls(initiator: Protocol.Network.Initiator): string[] {
  const urls = initiator.url ? [initiator.url] : [];
  for (let stack = initiator.stack; stack; stack = stack.parent)
    for (const frame of stack.callFrames) urls.push(frame.url);
  return urls;
}

/**
 * Records every request of every target in a running Chromium through a
 * second, browser-level CDP connection (Playwright keeps its own pipe).
 * `Target.setAutoAttach` with `flatten` and `waitForDebuggerOnStart` attaches
 * to every page, service worker and worker — the existing ones at once, a new
 * one paused before its first line runs — and each gets `Network.enable`
 * before it is let go, so even a service worker's first fetch is seen.
 * Nested targets (out-of-process frames, dedicated workers) are attached the
 * same way.
 */
export async function recordNetwork(profileDir: string): Promise<NetworkRecorder> {
  const transport = await NodeWebSocketTransport.create(await devToolsEndpoint(profileDir));
  const connection = new Connection('', transport);
  const requests: RecordedRequest[] = [];
  const byRequestId = new Map<string, RecordedRequest>();
  const seen = new Set<string>();
  const targets = new Map<string, { session: CDPSession; info: Protocol.Target.TargetInfo }>();
  /** Every target's latest info (its URL changes as a tab navigates), by target id. */
  const infos = new Map<string, Protocol.Target.TargetInfo>();
  const autoAttach = { autoAttach: true, waitForDebuggerOnStart: true, flatten: true } as const;

  const attach = async (event: Protocol.Target.AttachedToTargetEvent): Promise<void> => {
    const session = connection.session(event.sessionId);
    if (!session) return;
    const { targetId } = event.targetInfo;
    if (!infos.has(targetId)) infos.set(targetId, event.targetInfo);
    const target = {
      session,
      get info() {
        return infos.get(targetId) ?? event.targetInfo;
      },
    };
    targets.set(event.sessionId, target);
    session.on(
      'Target.attachedToTarget',
      (nested: Protocol.Target.AttachedToTargetEvent) => void attach(nested),
    );
    session.on('Network.requestWillBeSent', (sent: Protocol.Network.RequestWillBeSentEvent) => {
      // A target can be attached twice (the browser's auto-attach, and an extension page's for its
      // service worker): one request, one record. A redirect keeps its id but is a request of its own.
      const key = `${targetId}:${sent.requestId}:${sent.request.url}`;
      if (seen.has(key)) return;
      seen.add(key);
      const request: RecordedRequest = {
        targetType: target.info.type,
        targetUrl: target.info.url,
        documentUrl: sent.documentURL,
        url: sent.request.url,
        resourceType: sent.type ?? 'Other',
        initiatorType: sent.initiator.type,
        initiatorUrls: initiatorUrls(sent.initiator),
      };
      requests.push(request);
      byRequestId.set(`${targetId}:${sent.requestId}`, request);
    });
    session.on('Network.loadingFailed', (failed: Protocol.Network.LoadingFailedEvent) => {
      const request = byRequestId.get(`${targetId}:${failed.requestId}`);
      if (request && failed.blockedReason) request.blockedReason = failed.blockedReason;
    });
    // A target that closes while being set up (a tab closed at once) is no failure of the recorder.
    await Promise.all([
      session.send('Network.enable'),
      session.send('Target.setAutoAttach', autoAttach),
    ]).catch(() => undefined);
    await session.send('Runtime.runIfWaitingForDebugger').catch(() => undefined);
  };
  connection.on(
    'Target.attachedToTarget',
    (event: Protocol.Target.AttachedToTargetEvent) => void attach(event),
  );
  // A stopped service worker or a closed tab is gone; a restarted worker is attached anew.
  connection.on('sessiondetached', (session: CDPSession) => targets.delete(session.id()));
  connection.on('Target.targetCreated', ({ targetInfo }: Protocol.Target.TargetCreatedEvent) =>
    infos.set(targetInfo.targetId, targetInfo),
  );
  connection.on('Target.targetInfoChanged', ({ targetInfo }: Protocol.Target.TargetInfoChangedEvent) =>
    infos.set(targetInfo.targetId, targetInfo),
  );
  await connection.send('Target.setDiscoverTargets', { discover: true });
  await connection.send('Target.setAutoAttach', autoAttach);

  return {
    requests,
    sessionFor: (match) =>
      [...targets.values()].reverse().find(({ info }) => match(info.type, info.url))?.session,
    async close() {
      connection.dispose();
      await Promise.resolve();
    },
  };
}
