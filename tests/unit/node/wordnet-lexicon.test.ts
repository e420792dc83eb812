import { describe, expect, it } from 'vitest';
import { commonSynonyms, senseVerbs } from '@/lib/catalogue';
import { sharedWordnetLexicon } from '@/lib/node';

describe('wordnetLexicon', () => {
  const lexicon = sharedWordnetLexicon();

  it.each([
    ['political action committee', 'PAC'],
    ['ceasefire', 'truce'],
  ])('gives "%s" the synonym "%s"', (noun, synonym) => {
    expect(commonSynonyms(lexicon, noun)).toContain(synonym);
  });

  it.each([
    ['apology', ['apologize', 'apologise']],
    ['apologies', ['apologize', 'apologise']],
    ['testimony', ['testify']],
    // A verb of many senses says many things: "moved" is no "movement".
    ['movement', []],
    // An artifact's verb tells something else: "refined" oil is no refinery.
    ['refinery', []],
    // The verbs of "endorsement", a synonym in the same sense, are not "sanction"'s.
    ['sanctions', ['sanction']],
  ])('gives the happening "%s" the verbs %j', (noun, verbs) => {
    expect(senseVerbs(lexicon, noun).sort()).toEqual([...verbs].sort());
  });
});
