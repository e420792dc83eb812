import { afterEach, describe, expect, it } from 'vitest';
import { compileMatcher, type EntityKind } from '@/lib/entities';
import {
  createPageHighlighter,
  extractPageText,
  PageTextWalker,
  scanUnit,
  scanUnits,
  SLICE_BUDGET_MS,
  type PageMention,
} from '@/lib/highlight';
import { NODES_PER_CHECK } from '@/lib/highlight/page-highlighter';
import { highlighterPage } from '../../helpers/highlighter-page';

const matcher = compileMatcher([
  { text: 'Steve Witkoff', entityId: 'witkoff', caseSensitive: false, properNoun: true },
  { text: 'Pokrovsk', entityId: 'pokrovsk', caseSensitive: false, properNoun: true },
]);
const kindOf = (id: string): EntityKind | undefined =>
  id === 'witkoff' ? 'person' : id === 'pokrovsk' ? 'place' : undefined;

/**
 * A clock that only moves when the walk does work: every read of a sibling
 * or child link (one per node visited, about two per element) costs
 * COST_MS. Real time plays no part, so the slices are exact.
 */
const COST_MS = 0.01;
let clock = 0;
const restores: (() => void)[] = [];

function chargeForLinks(document: Document): void {
  const samples: object[] = [document.body, document.createTextNode('x')];
  for (const sample of samples) {
    for (const name of ['firstChild', 'lastChild', 'nextSibling', 'previousSibling']) {
      let owner: object | null = sample;
      /** Only the getter is read, as a plain function property (it is called with a node as `this`). */
      let descriptor: { get?: (this: Node) => unknown } | undefined;
      while (owner && !(descriptor = Object.getOwnPropertyDescriptor(owner, name)))
        owner = Object.getPrototypeOf(owner) as object | null;
      const getter = descriptor?.get;
      if (!owner || !descriptor || !getter || (getter as { charged?: boolean }).charged) continue;
      const charged = function (this: Node): unknown {
        clock += COST_MS;
        return getter.call(this);
      };
      (charged as { charged?: boolean }).charged = true;
      const target = owner;
      const original = descriptor;
      Object.defineProperty(target, name, { ...original, get: charged });
      restores.push(() => Object.defineProperty(target, name, original));
    }
  }
}

afterEach(() => {
  for (const restore of restores.splice(0).reverse()) restore();
});

function pageOf(body: string): Document {
  return highlighterPage(body, { now: () => clock }).document;
}

/** A mention as text: item, block (by id), first node's text and offsets; sortable. */
const key = (mention: PageMention): string =>
  `${(mention.block as Element | null)?.id} ${mention.entityId}@${mention.from.node.nodeValue}:${mention.from.offset}-${mention.to.offset}`;

describe('createPageHighlighter slices', () => {
  it('never works past the budget by more than one step of the walk, even under a parent of 20,000 children', async () => {
    const rows = Array.from(
      { length: 20_000 },
      (_, i) => `<p>row ${i}${i % 500 === 0 ? ' Steve <b>Witkoff</b> in Pokrovsk' : ''}</p>`,
    ).join('');
    const document = pageOf(rows);
    chargeForLinks(document);
    clock = 0;
    const highlighter = createPageHighlighter({
      doc: document,
      matcher,
      kindOf,
      density: 'all',
      kinds: new Set<EntityKind>(['person', 'place']),
      now: () => clock,
    });
    expect(highlighter).not.toBeNull();
    const stats = await highlighter!.scan(document.body);
    // One step visits NODES_PER_CHECK nodes, each reading at most two links.
    const oneStepMs = NODES_PER_CHECK * 2 * COST_MS;
    expect(stats.longestSliceMs).toBeLessThanOrEqual(SLICE_BUDGET_MS + oneStepMs);
    // The walk alone reads 40,000+ links: 400 ms of this clock, so it really was sliced.
    expect(stats.slices).toBeGreaterThan(400 / (SLICE_BUDGET_MS + oneStepMs));
    expect(stats.painted).toBe(80);
  });

  it('highlights exactly what an unsliced extraction finds', async () => {
    const rows = Array.from(
      { length: 3_000 },
      (_, i) =>
        `<div id="row-${i}"><span>Envoy Steve </span><i>Witk</i>off went to ${i % 3 === 0 ? 'Pokrovsk' : 'Kyiv'}</div>`,
    ).join('');
    const document = pageOf(rows);
    const expected = scanUnits(extractPageText(document.body).chunks)
      .flatMap((unit) => scanUnit(unit, matcher))
      .slice(0, 400)
      .map(key)
      .sort();
    chargeForLinks(document);
    clock = 0;
    const highlighter = createPageHighlighter({
      doc: document,
      matcher,
      kindOf,
      density: 'all',
      kinds: new Set<EntityKind>(['person', 'place']),
      now: () => clock,
    });
    const stats = await highlighter!.scan(document.body);
    expect(stats.slices).toBeGreaterThan(5);
    // Sorted: linkedom's compareDocumentPosition does not order `mentions()` as a browser does.
    expect(highlighter!.mentions().map(key).sort()).toEqual(expected);
  });
});

describe('createPageHighlighter and the viewport', () => {
  it.each([
    [true, 0],
    [false, 1],
  ])(
    'with the viewport known at the top (%s), asks the browser where it is %i times',
    async (atTop, asked) => {
      const document = pageOf(Array.from({ length: 20 }, (_, i) => `<p>Steve Witkoff ${i}</p>`).join(''));
      let observers = 0;
      class CountingObserver {
        constructor(private readonly notify: (entries: IntersectionObserverEntry[]) => void) {
          observers++;
        }
        observe(target: Element): void {
          const entry = {
            target,
            boundingClientRect: { bottom: 10 },
          } as unknown as IntersectionObserverEntry;
          setTimeout(() => this.notify([entry]), 0);
        }
        disconnect(): void {}
      }
      Object.assign(document.defaultView as object, {
        IntersectionObserver: CountingObserver,
        clearTimeout: (handle: number) => clearTimeout(handle),
      });
      const highlighter = createPageHighlighter({
        doc: document,
        matcher,
        kindOf,
        density: 'all',
        kinds: new Set<EntityKind>(['person']),
        atTop: () => atTop,
      });
      expect((await highlighter!.scan(document.body)).painted).toBe(20);
      expect(observers).toBe(asked);
    },
  );
});

describe('PageTextWalker steps', () => {
  it('visits at most its budget of nodes per step, however many children one parent has', () => {
    const document = pageOf(Array.from({ length: 5_000 }, (_, i) => `<p>row ${i}</p>`).join(''));
    chargeForLinks(document);
    clock = 0;
    const walker = new PageTextWalker(document.body);
    let longest = clock;
    let done = false;
    while (!done) {
      const before = clock;
      done = walker.step(100);
      longest = Math.max(longest, clock - before);
    }
    expect(longest).toBeLessThanOrEqual(100 * 2 * COST_MS + 1e-9);
    expect(walker.chunks.filter((chunk) => chunk.node !== null)).toHaveLength(5_000);
  });

  it('reports a parent whose next child the page removed between two steps, and keeps what it had', () => {
    const document = pageOf('<div id="list"><p>one</p><p>two</p><p>three</p><p>four</p></div>');
    const list = document.getElementById('list') as Element;
    const walker = new PageTextWalker(document.body);
    // body's cursor, the div, then its first <p> and that <p>'s text: "one" is read.
    walker.step(4);
    expect(walker.chunks.map((chunk) => chunk.text)).toEqual(['one']);
    list.children[1]?.remove();
    walker.step(Number.POSITIVE_INFINITY);
    expect(walker.lost).toEqual([list]);
    expect(walker.chunks.map((chunk) => chunk.text)).toEqual(['one']);
  });

  it('reads on past a node the page removed after the walk had passed it', () => {
    const document = pageOf('<div id="list"><p>one</p><p>two</p><p>three</p></div>');
    const list = document.getElementById('list') as Element;
    const walker = new PageTextWalker(document.body);
    walker.step(4);
    list.children[0]?.remove();
    walker.step(Number.POSITIVE_INFINITY);
    expect(walker.lost).toEqual([]);
    expect(walker.chunks.filter((chunk) => chunk.node).map((chunk) => chunk.text)).toEqual([
      'one',
      'two',
      'three',
    ]);
  });
});
