import { describe, expect, it } from 'vitest';
import { serveItemWorker } from '@/lib/item-extraction/serve-item-worker';
import { findArticleItems } from '@/lib/item-extraction/find-article-items';
import { ItemWorkerClient, type ItemWorkerPort } from '@/lib/messaging';
import { userArticle, type UserSource } from '@/lib/user-sources';

type Listener = (event: { data: unknown }) => void;

/** A worker and its host joined in memory, as a MessageChannel joins them (answers arrive on a later task). */
function channel(): { port: ItemWorkerPort; fail(message: string): void; postToHost(data: unknown): void } {
  const toWorker: Listener[] = [];
  const toHost: Listener[] = [];
  const onError: ((event: { message?: string }) => void)[] = [];
  const deliver = (listeners: Listener[], data: unknown): void => {
    const copy: unknown = structuredClone(data);
    setTimeout(() => listeners.forEach((listener) => listener({ data: copy })), 0);
  };
  serveItemWorker({
    addEventListener: (_type, listener) => toWorker.push(listener),
    postMessage: (answer) => deliver(toHost, answer),
  });
  const port: ItemWorkerPort = {
    postMessage: (request) => deliver(toWorker, request),
    addEventListener: (
      type: 'message' | 'error',
      listener: Listener & ((event: { message?: string }) => void),
    ) => {
      if (type === 'message') toHost.push(listener);
      else onError.push(listener);
    },
  };
  return {
    port,
    fail: (message) => onError.forEach((listener) => listener({ message })),
    postToHost: (data) => deliver(toHost, data),
  };
}

const source = (text: string, id = 'yours-1'): UserSource => ({
  id,
  outlet: 'Outlet',
  title: null,
  author: null,
  published: null,
  url: null,
  text,
});

describe('the item worker and its client', () => {
  it('answer each article with exactly what findArticleItems finds in it, paired by id', async () => {
    const client = new ItemWorkerClient(channel().port);
    const texts = [
      'Belarusian President Alexander Lukashenko met Mr Putin in Minsk.',
      'The Institute for the Study of War assessed the talks.',
    ];
    const answers = await Promise.all(texts.map((text, i) => client.extract(source(text, `yours-${i}`))));
    answers.forEach((answer, i) => {
      expect(answer.type).toBe('items-extracted');
      expect(answer.phrases).toEqual(
        Object.fromEntries(findArticleItems(userArticle(source(texts[i] as string, `yours-${i}`)))),
      );
    });
    expect(client.pending).toBe(0);
  });

  it('reject what is waiting, and every later request, once the worker fails', async () => {
    const joined = channel();
    const client = new ItemWorkerClient(joined.port);
    const waiting = client.extract(source('Ana Ruiz spoke.'));
    joined.fail('script did not load');
    await expect(waiting).rejects.toThrow('item-worker: script did not load');
    await expect(client.extract(source('Ana Ruiz spoke.'))).rejects.toThrow('script did not load');
  });

  it('ignore an answer that does not parse, and settle the request when the real one comes', async () => {
    const joined = channel();
    const client = new ItemWorkerClient(joined.port);
    joined.postToHost({ id: 0, answer: { type: 'items-extracted', phrases: { x: { labels: 'no' } } } });
    const answer = await client.extract(source('Ana Ruiz met Ana Ruiz.'));
    expect(Object.keys(answer.phrases)).toContain('ana-ruiz');
  });
});
