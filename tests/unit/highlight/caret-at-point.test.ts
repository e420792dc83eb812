import { describe, expect, it } from 'vitest';
import { caretAtPoint } from '@/lib/highlight';

/** A document with only the caret API: what each call was asked, and a fixed answer. */
function caretDocument(answer: { offsetNode: Node; offset: number } | null) {
  const calls: unknown[][] = [];
  const doc = {
    caretPositionFromPoint: (...args: unknown[]) => {
      calls.push(args);
      return answer;
    },
  } as unknown as Document;
  return { doc, calls };
}

describe('caretAtPoint', () => {
  const node = { nodeType: 3 } as Node;

  it('names the shadow roots it is given, so a position inside one is not reported as its host', () => {
    const { doc, calls } = caretDocument({ offsetNode: node, offset: 4 });
    const shadow = {} as ShadowRoot;
    expect(caretAtPoint(doc, 10, 20, [shadow])).toEqual({ node, offset: 4 });
    expect(calls).toEqual([[10, 20, { shadowRoots: [shadow] }]]);
  });

  it('asks with the point alone when no shadow root holds a mention', () => {
    const { doc, calls } = caretDocument(null);
    expect(caretAtPoint(doc, 1, 2)).toBeNull();
    expect(calls).toEqual([[1, 2]]);
  });

  it('falls back to caretRangeFromPoint where the standard API is missing', () => {
    const doc = {
      caretRangeFromPoint: () => ({ startContainer: node, startOffset: 7 }),
    } as unknown as Document;
    expect(caretAtPoint(doc, 0, 0, [{} as ShadowRoot])).toEqual({ node, offset: 7 });
  });
});
