import type { UserSource } from '../user-sources/user-source-schema';
import { itemWorkerAnswerSchema, type ItemsExtracted, type ItemWorkerRequest } from './item-messages';

/** A started item worker as its host sees it (a DOM `Worker`), taken as a parameter. */
export interface ItemWorkerPort {
  postMessage(request: ItemWorkerRequest): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'error', listener: (event: { message?: string }) => void): void;
}

/**
 * The host's side of the item worker: each request gets an id, each answer is
 * parsed before it is read and settles the request of its id. A worker that
 * fails (its script did not load, it threw at the top level) fails every
 * request waiting and every later one, so the caller falls back at once.
 */
export class ItemWorkerClient {
  private next = 0;
  private failed: Error | null = null;
  private readonly waiting = new Map<
    number,
    { resolve: (answer: ItemsExtracted) => void; reject: (error: Error) => void }
  >();

  constructor(private readonly port: ItemWorkerPort) {
    port.addEventListener('message', ({ data }) => {
      const parsed = itemWorkerAnswerSchema.safeParse(data);
      if (!parsed.success) return;
      const request = this.waiting.get(parsed.data.id);
      if (!request) return;
      this.waiting.delete(parsed.data.id);
      if ('answer' in parsed.data) request.resolve(parsed.data.answer);
      else request.reject(new Error(parsed.data.error));
    });
    port.addEventListener('error', (event) => {
      this.failed = new Error(`item-worker: ${event.message ?? 'the worker failed'}`);
      for (const request of this.waiting.values()) request.reject(this.failed);
      this.waiting.clear();
    });
  }

  /** How many requests wait for their answer. */
  get pending(): number {
    return this.waiting.size;
  }

  extract(source: UserSource): Promise<ItemsExtracted> {
    if (this.failed) return Promise.reject(this.failed);
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.port.postMessage({ id, source });
    });
  }
}
