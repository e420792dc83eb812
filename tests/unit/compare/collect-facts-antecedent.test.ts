import { describe, expect, it } from 'vitest';
import { alignFacts } from '@/lib/compare/align-facts';
import { collectFacts, sourcePassageIds, withAntecedent, type CorpusView } from '@/lib/compare/collect-facts';
import type { SourceMeta } from '@/lib/corpus';
import { compileMatcher } from '@/lib/entities';

/** Sources as paragraphs of sentences: `<id>#<n>` numbers the sentences across paragraphs. */
function viewOf(texts: Record<string, string[][]>): CorpusView {
  const passages = new Map<string, { text: string; entities: string[]; paragraph: number }>();
  for (const [sourceId, paragraphs] of Object.entries(texts)) {
    let n = 0;
    paragraphs.forEach((sentences, paragraph) => {
      for (const text of sentences) passages.set(`${sourceId}#${n++}`, { text, entities: [], paragraph });
    });
  }
  const sources: SourceMeta[] = Object.keys(texts).map((id) => ({
    id,
    outlet: `${id} Gazette`,
    title: id,
    author: null,
    published: '2031-05-02',
    publishedApproximate: false,
    url: null,
  }));
  return { sources, passage: (id) => passages.get(id), matcher: compileMatcher([]), kindOf: () => undefined };
}

function durations(view: CorpusView) {
  const facts = view.sources.flatMap((source) =>
    collectFacts(view, source, sourcePassageIds(view, source.id)),
  );
  const { agreements, discrepancies } = alignFacts(facts);
  return [...agreements, ...discrepancies].filter((aligned) => aligned.kind === 'duration');
}

describe('a sentence that points back is read with the one it points to', () => {
  const meeting = {
    a: [['The talks between Lind and Okafor began at 9am and ended just after noon in the harbour office.']],
    b: [
      ['An aide said Lind held useful talks with Okafor on Monday.', 'The two met for around three hours.'],
    ],
  };

  it('sets "the two met for around three hours" beside the clock range of the talks it refers to (issue 22)', () => {
    expect(durations(viewOf(meeting)).map((aligned) => aligned.status)).toEqual(['agree']);
  });

  it('does not reach into the paragraph before', () => {
    const apart = { a: meeting.a, b: [[meeting.b[0]![0]!], [meeting.b[0]![1]!]] };
    expect(durations(viewOf(apart))).toEqual([]);
  });

  it('leaves a sentence that names its own subject alone', () => {
    const view = viewOf({ b: [['Lind held talks.', 'Okafor met the press for an hour.']] });
    expect(withAntecedent(view, 'b#1', 'Okafor met the press for an hour.')).toBe(
      'Okafor met the press for an hour.',
    );
    expect(withAntecedent(view, 'b#1', 'They met the press for an hour.')).toBe(
      'Lind held talks. They met the press for an hour.',
    );
  });
});
