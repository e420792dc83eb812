import { describe, expect, it } from 'vitest';
import { StoryIndex, storySignals, type ItemMention, type StorySignals } from '@/lib/stories';

/** Items are given by hand (as the matcher would find them), so each case says exactly what it shares. */
function article(text: string, items: string[] = [], published: string | null = null): StorySignals {
  const mentions: ItemMention[] = items.map((entityId) => ({ entityId }));
  return storySignals(text, mentions, published);
}

const QUAKE_2009 = [
  'A strong earthquake of magnitude 6.3 struck the Abruzzo region of Italy in April 2009, destroying houses in L’Aquila; rescuers searched the rubble of the old town for survivors and the death toll rose.',
  'The April 2009 earthquake near L’Aquila in Abruzzo killed hundreds; Italian rescuers dug through the rubble of collapsed houses while aftershocks shook the old town.',
  'Rescuers in L’Aquila pulled survivors from the rubble after the 2009 Abruzzo earthquake, the deadliest in Italy for decades, as the toll of the dead rose again.',
];
const QUAKE_2012 = [
  'Two earthquakes struck Emilia-Romagna in northern Italy in May 2012, toppling factories near Modena and Finale Emilia; rescuers searched collapsed warehouses for workers.',
  'The May 2012 Emilia earthquake damaged churches and factories around Modena and Finale Emilia; Italian rescuers found workers under collapsed warehouse roofs.',
  'In Emilia-Romagna, rescuers cleared the rubble of factories in Finale Emilia after the 2012 earthquake near Modena left thousands of workers without a workplace.',
];
const REHAB = [
  'The actress checked into the Promises Treatment Center in Malibu for rehab, her publicist said, after a difficult year in Hollywood.',
  'Hollywood actress enters Malibu rehab at the Promises Treatment Center, says her publicist; the star had struggled all year.',
];

function corpus(): { id: string; signals: StorySignals }[] {
  return [
    ...QUAKE_2009.map((text, i) => ({
      id: `q09-${i}`,
      signals: article(text, ['italy', 'abruzzo', 'l-aquila']),
    })),
    ...QUAKE_2012.map((text, i) => ({
      id: `q12-${i}`,
      signals: article(text, ['italy', 'emilia-romagna', 'modena']),
    })),
    ...REHAB.map((text, i) => ({
      id: `rehab-${i}`,
      signals: article(text, ['promises-treatment-center', 'malibu']),
    })),
  ];
}

const groups = (index: StoryIndex): string[][] => index.stories().map((story) => story.sourceIds);

describe('StoryIndex', () => {
  it('keeps two earthquakes in one country in different years apart, and each together', () => {
    const index = StoryIndex.build(corpus());
    expect(groups(index)).toEqual([
      ['q09-0', 'q09-1', 'q09-2'],
      ['q12-0', 'q12-1', 'q12-2'],
      ['rehab-0', 'rehab-1'],
    ]);
  });

  it('labels a story with its characteristic items and says when its dates are unknown', () => {
    const labels = new Map([
      ['l-aquila', 'L’Aquila'],
      ['abruzzo', 'Abruzzo'],
      ['italy', 'Italy'],
    ]);
    const index = StoryIndex.build(corpus(), {}, (id) => labels.get(id));
    const story = index.storyOf('q09-0')!;
    expect(story.label).toMatch(/L’Aquila|Abruzzo/u);
    expect(story.label).toMatch(/\(dates unknown\)$/u);
    expect(story.from).toBeNull();
    expect(story.to).toBeNull();
    expect(story.id).toBe('s-q09-0');
  });

  it('spans a story from its earliest to its latest publication date', () => {
    const dated = corpus().map((entry, i) =>
      entry.id.startsWith('q09')
        ? { id: entry.id, signals: { ...entry.signals, published: `2009-04-0${6 + (i % 3)}` } }
        : entry,
    );
    const story = StoryIndex.build(dated).storyOf('q09-1')!;
    expect([story.from, story.to]).toEqual(['2009-04-06', '2009-04-08']);
    expect(story.label).not.toMatch(/dates unknown/u);
  });

  it('keeps apart articles published further apart than the date gap, however alike', () => {
    const text = QUAKE_2009[0]!;
    const index = StoryIndex.build([
      { id: 'a', signals: article(text, ['italy'], '2009-04-06') },
      { id: 'b', signals: article(text, ['italy'], '2009-04-07') },
      { id: 'c', signals: article(text, ['italy'], '2010-04-06') },
    ]);
    expect(groups(index)).toEqual([['a', 'b'], ['c']]);
  });

  it('keeps copies of one wire text with the other reports of their event', () => {
    const wire =
      'Rescuers in central Italy searched through the night for survivors after a powerful earthquake flattened villages near Amatrice and Accumoli, killing at least 38 people, officials said on Wednesday.';
    const reports = [
      'The mayor of Amatrice said half his town was gone after the earthquake struck before dawn; firefighters and volunteers dug with bare hands in Accumoli and Pescara del Tronto.',
      'Italy declared a state of emergency for the villages around Amatrice hit by the quake, as the civil protection agency raised the death toll and sent tents for the homeless.',
    ];
    const entries = [
      ...['', ' Reporting by the wire desk.', ' Updated with photographs.'].map((extra, i) => ({
        id: `copy-${i}`,
        signals: article(wire + extra, ['italy', 'amatrice']),
      })),
      ...reports.map((text, i) => ({ id: `report-${i}`, signals: article(text, ['italy', 'amatrice']) })),
      ...QUAKE_2009.slice(0, 2).map((text, i) => ({
        id: `q09-${i}`,
        signals: article(text, ['italy', 'abruzzo', 'l-aquila']),
      })),
    ];
    const event = ['copy-0', 'copy-1', 'copy-2', 'report-0', 'report-1'];
    expect(groups(StoryIndex.build(entries))).toEqual([event, ['q09-0', 'q09-1']]);
    // Were the copies to set each other's local scale, every independent report would look far from them.
    expect(groups(StoryIndex.build(entries, { copyCosine: 1.01 }))).not.toContainEqual(event);
  });

  it('makes a corpus of one article one story, and an article without items or words a story of its own', () => {
    expect(groups(StoryIndex.build([{ id: 'only', signals: article(QUAKE_2009[0]!) }]))).toEqual([['only']]);
    const index = StoryIndex.build([...corpus(), { id: 'blank', signals: article('') }]);
    expect(index.storyOf('blank')!.sourceIds).toEqual(['blank']);
    expect(index.storyOf('blank')!.label).toBe('Untitled story (dates unknown)');
    expect(StoryIndex.build([]).stories()).toEqual([]);
  });

  it('puts every article in exactly one story', () => {
    const ids = StoryIndex.build(corpus())
      .stories()
      .flatMap((story) => story.sourceIds);
    expect(ids.sort()).toEqual(
      corpus()
        .map((entry) => entry.id)
        .sort(),
    );
  });

  it('maps a corpus article given as a page to its own story, and an unrelated page to none', () => {
    const index = StoryIndex.build(corpus());
    for (const entry of corpus()) {
      const page = { ...entry.signals, published: null };
      expect(index.match(page).best?.story.id).toBe(index.storyOf(entry.id)!.id);
    }
    const offStory = index.match(
      article(
        'The central bank raised interest rates by a quarter point, citing inflation in services and wages.',
      ),
    );
    expect(offStory.best).toBeNull();
    expect(index.match(article('')).best).toBeNull();
  });

  it('maps a new report of a known event to that event, with the similar event as runner-up', () => {
    const index = StoryIndex.build(corpus());
    const page = article(
      'Aftershocks rattled L’Aquila as rescuers kept searching the rubble of the Abruzzo earthquake of 2009 for survivors.',
      ['l-aquila', 'abruzzo'],
    );
    const decision = index.match(page);
    expect(decision.best?.story.id).toBe('s-q09-0');
    expect(decision.runnerUp?.story.id).toBe('s-q12-0');
    expect(decision.best!.score).toBeGreaterThan(decision.runnerUp!.score);
  });

  it('adds an article to the story it reports and removes it again', () => {
    const entries = corpus();
    const index = StoryIndex.build(entries.filter((entry) => entry.id !== 'q12-2'));
    expect(index.storyOf('q12-0')!.sourceIds).toEqual(['q12-0', 'q12-1']);
    index.add('q12-2', entries.find((entry) => entry.id === 'q12-2')!.signals);
    expect(index.storyOf('q12-2')!.sourceIds).toEqual(['q12-0', 'q12-1', 'q12-2']);
    index.remove('q12-2');
    expect(index.storyOf('q12-2')).toBeNull();
    expect(index.storyOf('q12-0')!.sourceIds).toEqual(['q12-0', 'q12-1']);
    index.remove('not-there');
    expect(index.size).toBe(entries.length - 1);
  });
});
