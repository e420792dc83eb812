import type { CorpusView, StoredPassage, StoryRef } from '@/lib/compare';

import type { SourceMeta } from '@/lib/corpus';
import { compileMatcher, type Entity } from '@/lib/entities';

/**
 * A hand-made corpus of two similar events in the same week, both told by
 * the same union leader: a dock strike at Calder (three sources) and one at
 * Orwell (two). Their figures are worded alike, so only the story and the
 * port each names tell them apart: the dates are too close for "another time" to.
 */
const TEXTS: Record<string, string[]> = {
  calder1: [
    'Mara Lind said 1,200 dock workers walked out at Calder port on Monday.',
    'Mara Lind said “we will not go back without a fair deal” at the gates.',
    'Mara Lind said 40 ships were waiting outside Calder harbour.',
    'The union wants better pay, Mara Lind added.',
  ],
  calder2: [
    'Union leader Mara Lind said 1,200 dock workers walked out at Calder port.',
    'Mara Lind warned the strike at Calder could last a week.',
  ],
  calder3: ['About 900 dock workers walked out at Calder port, Mara Lind said.'],
  orwell1: [
    'Mara Lind said 3,000 dock workers walked out at Orwell port in solidarity.',
    'The Orwell strike closed the container terminal, Mara Lind said.',
  ],
  orwell2: ['Mara Lind said 3,000 dock workers walked out at Orwell port.'],
};

export const CALDER: StoryRef = {
  id: 's-calder1',
  label: 'Calder · strike',
  from: '2031-05-02',
  to: '2031-05-03',
};
export const ORWELL: StoryRef = {
  id: 's-orwell1',
  label: 'Orwell · strike',
  from: '2031-05-05',
  to: '2031-05-05',
};
const STORY: Record<string, StoryRef> = {
  calder1: CALDER,
  calder2: CALDER,
  calder3: CALDER,
  orwell1: ORWELL,
  orwell2: ORWELL,
};
const PUBLISHED: Record<string, string> = {
  calder1: '2031-05-02',
  calder2: '2031-05-02',
  calder3: '2031-05-03',
  orwell1: '2031-05-05',
  orwell2: '2031-05-05',
};

export const sources: SourceMeta[] = Object.keys(TEXTS).map((id) => ({
  id,
  outlet: `${id} Gazette`,
  title: `Dock strike (${id})`,
  author: null,
  published: PUBLISHED[id] ?? null,
  publishedApproximate: false,
  url: null,
}));

const passages = new Map<string, StoredPassage>(
  Object.entries(TEXTS).flatMap(([sourceId, texts]) =>
    texts.map((text, n): [string, StoredPassage] => [`${sourceId}#${n}`, { text, entities: ['mara-lind'] }]),
  ),
);

export const maraLind: Entity = {
  id: 'mara-lind',
  label: 'Mara Lind',
  kind: 'person',
  aliases: [{ text: 'Mara Lind', caseSensitive: false }],
  sources: Object.fromEntries(
    Object.entries(TEXTS).map(([sourceId, texts]) => [sourceId, texts.map((_, n) => `${sourceId}#${n}`)]),
  ),
  mentions: [...passages.keys()].length,
};

export const view: CorpusView = {
  sources,
  passage: (id) => passages.get(id),
  matcher: compileMatcher(
    maraLind.aliases.map((alias) => ({ ...alias, entityId: maraLind.id, properNoun: true })),
  ),
  kindOf: (id) => (id === maraLind.id ? 'person' : undefined),
};

export const storyOf = (sourceId: string): StoryRef | null => STORY[sourceId] ?? null;
