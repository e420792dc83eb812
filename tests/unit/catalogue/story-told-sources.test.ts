import { describe, expect, it } from 'vitest';
import { storyUntoldSources } from '@/lib/catalogue/story-told-sources';

/** Articles named "story-report" are of one story when they share the prefix. */
const related = (a: string, b: string): boolean => a.split('-')[0] === b.split('-')[0];

describe('storyUntoldSources', () => {
  it.each([
    // [topic, article → times the report names it, headlines naming it, the articles whose story does not tell it]
    // BASIL b078-hpo: "It also recently rolled back protections for African lions", once, in a story
    // none of whose other reports says it; protections are what b039's reports are about.
    ['protections', { 'b078-hpo': 1, 'b039-fox': 2, 'b039-nyt': 1 }, [], ['b078-hpo']],
    // Two reports of one story name it: a topic of that story, once each.
    ['apology', { 'b019-fox': 1, 'b019-hpo': 1 }, [], []],
    // One report comes back to it in a second sentence: a subject of that report.
    ['video', { 'b003-hpo': 3, 'b010-fox': 1 }, [], ['b010-fox']],
    // Seed 002: "above the price cap", twice, in the one report of its story that names it.
    ['price cap', { '002_e6f7d8410eb97394': 2 }, [], []],
    // A report's headline names it ("Trump Calls Elephant Trophy Hunting A 'Horror Show'").
    ['trophy hunting', { 'b078-hpo': 1 }, ['b078-hpo'], []],
    // BASIL b078: hpo's "rolled back protections" is the one noun; nyt's "protect elephants" and
    // hpo's "protect these amazing animals" are the verb the aliases match: no report comes back to it.
    ['protections', { 'b078-hpo': 1, 'b078-nyt': 0 }, [], ['b078-hpo', 'b078-nyt']],
    // A story that tells it keeps every report of it, the one that only words it as a verb too.
    ['apology', { 'b019-fox': 1, 'b019-hpo': 2, 'b019-nyt': 0 }, [], []],
    // Told once in each of three stories: no story's.
    ['look', { 'b019-fox': 1, 'b039-hpo': 1, 'b078-fox': 1 }, [], ['b019-fox', 'b039-hpo', 'b078-fox']],
  ])('for "%s" in %j (headlines %j) drops %j', (topic, passages, headlines, expected) => {
    const untold = storyUntoldSources(
      [{ id: topic, namings: new Map(Object.entries(passages)) }],
      (article, id) => id === topic && (headlines as string[]).includes(article),
      related,
    );
    expect(untold.get(topic) ?? []).toEqual(expected);
  });
});
