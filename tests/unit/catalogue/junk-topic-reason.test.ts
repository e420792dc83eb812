import { describe, expect, it } from 'vitest';
import type { ConceptLexicon } from '@/lib/catalogue';
import { extractCandidates } from '@/lib/catalogue/extract-candidates';
import { junkTopicReason } from '@/lib/catalogue/junk-topic-reason';
import { parseArticle } from '@/lib/corpus';

/** WordNet's first senses of a few nouns: "envoy" and "partner" name people; "fundraiser" a person, then an event. */
const LEXICON: ConceptLexicon = {
  nounSenses: (noun) => {
    if (noun === 'fundraiser')
      return [
        { synset: 'fundraiser-person', person: true },
        { synset: 'fundraiser-event', person: false },
      ];
    return ['envoy', 'partner', 'farmer', 'lawyer', 'candidate'].includes(noun)
      ? [{ synset: noun, person: true }]
      : [];
  },
};

/** The reason the topic `phrase` gets in a corpus of these articles (one text each). */
function reason(phrase: string, texts: readonly string[]): string | null {
  const articles = texts.map((text, index) => parseArticle(`s${index}`, text));
  const candidate = extractCandidates(articles).find(
    (c) => c.kind === 'topic' && [...c.forms.keys()].includes(phrase),
  );
  if (!candidate) throw new Error(`no topic candidate "${phrase}"`);
  return junkTopicReason(candidate, LEXICON, articles.length);
}

/** Articles about other things, so that a corpus has the spread of a real one. */
const OTHER = Array.from({ length: 40 }, (_, i) => `The harbour museum opened wing ${i + 1} to visitors.`);

describe('junkTopicReason', () => {
  it.each([
    ['news outlet', 'descriptor', ['Russian news outlet Zvezda quoted him. The news outlet Meduza did not.']],
    ['special envoy', 'descriptor', ['The US special envoy Steve Witkoff met Putin.']],
    ['special envoy', 'role', ['He sent his special envoy. The special envoy flew to Moscow.']],
    ['trading partners', 'role', ['Trump threatened to sanction Russia and its trading partners.']],
    ['halt', 'relational', ['Russia proposed a halt to air strikes, and a halt to drone attacks.']],
    ['military facilities', 'generic', ['Drones hit military facilities. The military facilities burned.']],
    ['lawyer', 'role', ['His lawyer said no. The lawyer said it again, and another lawyer agreed.']],
    ['candidate', 'role', ['The candidate spoke. A candidate must file, and each candidate did.']],
    [
      'administration',
      'institution',
      ['The Obama administration said so. The Bush administration did not, and the administration waited.'],
    ],
    [
      'department',
      'institution',
      [
        'The Justice Department opened a case. The department said it would not comment, and the department waited.',
      ],
    ],
    [
      'magazine',
      'relational',
      ['He told Time magazine so. The Forbes magazine did not, and a magazine waited.'],
    ],
    [
      'remarks',
      'relational',
      [
        ...OTHER,
        ...Array.from(
          { length: 4 },
          (_, i) => `Rice defended her remarks on bridge ${i}. Graham's remarks were sharp.`,
        ),
        'The remarks came late.',
      ],
    ],
    [
      'matter',
      'scattered',
      [...OTHER, ...Array.from({ length: 5 }, (_, i) => `That matter is closed, he said of bridge ${i}.`)],
    ],
  ])('finds "%s" is %s', (phrase, expected, texts) => {
    expect(reason(phrase, texts)).toBe(expected);
  });

  it.each([
    ['secondary sanctions', ['Secondary sanctions loom. The secondary sanctions hit buyers of Russian oil.']],
    ['sanctions', ['Sanctions will follow. The sanctions target banks, and new sanctions target oil.']],
    ['farmers', ['Farmers protested. The farmers blocked roads, and farmers from Iowa joined.']],
    ['apology', [...OTHER, 'He issued an apology.', 'The apology came late.', 'An apology was offered.']],
    ['fundraiser', ['He spoke at a fundraiser in Texas. The fundraiser in Texas raised money.']],
    ['farmers', ['The farmers protested. Farmers blocked roads, and farmers from Iowa joined.']],
    ['oil', ['Russian oil flows. Russian oil is cheap, and oil prices fell.']],
    // A story's own happening, in few of the articles, is mostly its agent's.
    [
      'resignation',
      [...OTHER, 'He announced his resignation.', 'His resignation shocked them.', 'The resignation came.'],
    ],
    // An institution's plural may be what a story is about.
    ['schools', ['Guards in schools, he said. The schools were closed, and schools in Texas opened.']],
  ])('keeps "%s" as a concept', (phrase, texts) => {
    expect(reason(phrase, texts)).toBeNull();
  });
});
