import { Connection, type CDPSession, type Protocol } from 'puppeteer-core';
// Puppeteer's WebSocket transport is not part of its public face, but its Connection is (see record-network.ts).
import { NodeWebSocketTransport } from 'puppeteer-core/internal/node/NodeWebSocketTransport.js';
import { devToolsEndpoint } from './record-network';

/** Chromium pauses or resumes a worker at once; longer means the command was lost. */
const PAUSED_TIMEOUT_MS = 10_000;

export interface ExtensionWorkerDebugger {
  /**
   * Pauses the worker's JavaScript as DevTools' pause button does: the next
   * statement it runs (the dispatch of the next message) stops there, and
   * every message after it waits in the worker's queue. Nothing answers.
   */
  pause(): Promise<void>;
  /** Resolves once the worker has actually stopped on a statement after `pause`. */
  paused(): Promise<void>;
  /** Lets the worker run again: the messages that waited are dispatched in order. */
  resume(): Promise<void>;
  /**
   * Starts counting the `item-card` requests that reach the worker, by entity id, with a listener
   * of the test's own beside the background's (it answers nothing, so the background still does).
   */
  countItemCardRequests(): Promise<void>;
  /** The `item-card` requests dispatched in the worker so far, as entity ids in order. */
  itemCardRequests(): Promise<string[]>;
  close(): Promise<void>;
}

/** A global of the worker's own that only the test's listener writes. */
const COUNTER = '__parallaxTestItemCardRequests';

/**
 * Attaches a second CDP client (through `--remote-debugging-port=0`) to the
 * extension's running MV3 service worker, to pause and resume its JavaScript
 * with the Debugger domain: the real background made slow, or silent.
 * While DevTools is attached, Chromium does not stop the worker for being busy.
 */
export async function debugExtensionWorker(
  profileDir: string,
  extensionId: string,
): Promise<ExtensionWorkerDebugger> {
  const transport = await NodeWebSocketTransport.create(await devToolsEndpoint(profileDir));
  const connection = new Connection('', transport);
  const { targetInfos } = await connection.send('Target.getTargets');
  const worker = targetInfos.find(
    (target) =>
      target.type === 'service_worker' && target.url.startsWith(`chrome-extension://${extensionId}/`),
  );
  if (!worker) throw new Error(`hardening: no running service worker of extension ${extensionId}`);
  const { sessionId } = await connection.send('Target.attachToTarget', {
    targetId: worker.targetId,
    flatten: true,
  });
  const session: CDPSession | null = connection.session(sessionId);
  if (!session) throw new Error('hardening: the service worker session closed at once');
  let isPaused = false;
  let onPaused: (() => void) | null = null;
  session.on('Debugger.paused', () => {
    isPaused = true;
    onPaused?.();
  });
  session.on('Debugger.resumed', () => {
    isPaused = false;
  });
  await session.send('Debugger.enable');
  const evaluate = async <T>(expression: string): Promise<T> => {
    const { result, exceptionDetails }: Protocol.Runtime.EvaluateResponse = await session.send(
      'Runtime.evaluate',
      { expression, returnByValue: true },
    );
    if (exceptionDetails) throw new Error(`hardening: in the service worker: ${exceptionDetails.text}`);
    return result.value as T;
  };

  return {
    async pause() {
      await session.send('Debugger.pause');
    },
    paused: () =>
      isPaused
        ? Promise.resolve()
        : new Promise<void>((done, fail) => {
            const timer = setTimeout(
              () => fail(new Error('hardening: the service worker never paused')),
              PAUSED_TIMEOUT_MS,
            );
            onPaused = () => {
              clearTimeout(timer);
              onPaused = null;
              done();
            };
          }),
    async resume() {
      await session.send('Debugger.resume');
    },
    async countItemCardRequests() {
      await evaluate(`{
        globalThis.${COUNTER} = [];
        chrome.runtime.onMessage.addListener((message) => {
          if (message && message.type === 'item-card') globalThis.${COUNTER}.push(message.entityId);
        });
      }`);
    },
    itemCardRequests: () => evaluate<string[]>(`globalThis.${COUNTER}`),
    async close() {
      // Detaching resumes a paused worker.
      await session.detach().catch(() => undefined);
      connection.dispose();
    },
  };
}
