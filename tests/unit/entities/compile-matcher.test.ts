import { describe, expect, it } from 'vitest';
import { compileMatcher, type MatchAlias } from '@/lib/entities';

const name = (text: string, entityId = text.toLowerCase()): MatchAlias => ({
  text,
  entityId,
  caseSensitive: false,
  properNoun: true,
});
const acronym = (text: string, entityId = text.toLowerCase()): MatchAlias => ({
  text,
  entityId,
  caseSensitive: true,
  properNoun: true,
});
const topic = (text: string, entityId = text.toLowerCase()): MatchAlias => ({
  text,
  entityId,
  caseSensitive: false,
  properNoun: false,
});

/** The surface texts found, after checking each one is the slice of the original at its offsets. */
function surfaces(aliases: MatchAlias[], text: string): string[] {
  const mentions = compileMatcher(aliases).findAll(text);
  for (const mention of mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  return mentions.map((mention) => mention.text);
}

describe('compileMatcher', () => {
  it('finds every occurrence of every alias with its entity, alias index and offsets', () => {
    const matcher = compileMatcher([name('Putin'), name('Kyiv', 'kyiv')]);
    expect(matcher.findAll('Putin spoke of Kyiv; Kyiv answered Putin.')).toEqual([
      { entityId: 'putin', alias: 0, start: 0, end: 5, text: 'Putin' },
      { entityId: 'kyiv', alias: 1, start: 15, end: 19, text: 'Kyiv' },
      { entityId: 'kyiv', alias: 1, start: 21, end: 25, text: 'Kyiv' },
      { entityId: 'putin', alias: 0, start: 35, end: 40, text: 'Putin' },
    ]);
  });

  it('finds nothing in empty text or with no aliases', () => {
    expect(compileMatcher([name('Kyiv')]).findAll('')).toEqual([]);
    expect(compileMatcher([]).findAll('Kyiv')).toEqual([]);
  });

  it('exposes the aliases it was compiled from', () => {
    const aliases = [name('Kyiv'), acronym('US')];
    expect(compileMatcher(aliases).aliases).toBe(aliases);
  });

  describe('word boundaries', () => {
    it('never matches a name inside a longer word', () => {
      expect(surfaces([name('Kyiv')], 'Kyivstar, preKyiv, Kyiv2, 2Kyiv and Kyivs')).toEqual([]);
      expect(surfaces([name('Kyiv')], 'Kyivstar in Kyiv')).toEqual(['Kyiv']);
    });

    it('matches at the very start and end of the text and next to punctuation', () => {
      expect(surfaces([name('Kyiv')], 'Kyiv')).toEqual(['Kyiv']);
      expect(surfaces([name('Kyiv')], '(Kyiv), "Kyiv". Kyiv')).toEqual(['Kyiv', 'Kyiv', 'Kyiv']);
    });

    it('treats accented and non-Latin letters as word characters', () => {
      expect(surfaces([name('Kyiv')], 'Kyivé éKyiv Київ Kyivж')).toEqual([]);
    });

    it('checks a boundary only where the alias itself begins or ends with a letter', () => {
      expect(surfaces([acronym('U.S.')], 'the U.S.-led U.S.A. talks')).toEqual(['U.S.', 'U.S.']);
    });
  });

  describe('overlaps', () => {
    it('prefers the longest alias among those starting at the same place', () => {
      const aliases = [name('Steve'), name('Steve Witkoff'), name('Witkoff')];
      expect(surfaces(aliases, 'Steve Witkoff met Steve, then Witkoff.')).toEqual([
        'Steve Witkoff',
        'Steve',
        'Witkoff',
      ]);
    });

    it('lets the leftmost match win over a longer one that overlaps it', () => {
      expect(surfaces([name('New York'), name('York City Council')], 'New York City Council')).toEqual([
        'New York',
      ]);
    });

    it('never reports overlapping mentions', () => {
      const aliases = [topic('air truce'), topic('truce talks'), topic('talks')];
      const mentions = compileMatcher(aliases).findAll('air truce talks collapsed');
      expect(mentions.map((mention) => mention.text)).toEqual(['air truce', 'talks']);
    });

    it('reports the alias listed first when two aliases fold to the same text', () => {
      const matcher = compileMatcher([name('Georgia', 'georgia-country'), name('Georgia', 'georgia-state')]);
      expect(matcher.findAll('Georgia').map((mention) => mention.entityId)).toEqual(['georgia-country']);
    });

    it('does not let a rejected longer candidate hide a shorter valid one', () => {
      // "Kyiv star" would swallow "Kyiv", but it fails its word boundary in "Kyiv stars".
      expect(surfaces([name('Kyiv star'), name('Kyiv')], 'Kyiv stars')).toEqual(['Kyiv']);
    });

    it('finds aliases that are suffixes of one another (the automaton’s failure links)', () => {
      const aliases = [topic('a b a b c'), topic('b a b'), topic('a b')];
      expect(surfaces(aliases, 'a b a b a b')).toEqual(['a b', 'a b', 'a b']);
      expect(surfaces(aliases, 'x b a b')).toEqual(['b a b']);
      expect(surfaces(aliases, 'a b a b c')).toEqual(['a b a b c']);
    });
  });

  describe('letter case', () => {
    it('matches a case-sensitive acronym only in its own capitals', () => {
      expect(surfaces([acronym('US')], 'US, us, Us, uS and the US’s allies; US-led')).toEqual([
        'US',
        'US',
        'US',
      ]);
    });

    it('keeps the capitals of a proper name, so "Nice" the city is not "nice" the word', () => {
      expect(surfaces([name('Nice')], 'a nice day in Nice, NICE')).toEqual(['Nice', 'NICE']);
    });

    it('requires a capital at the start of each capitalised word of a proper name, and nowhere else', () => {
      const aliases = [name('Steve Witkoff'), name('McCain'), name('Ursula von der Leyen')];
      expect(surfaces(aliases, 'steve witkoff, Steve witkoff, STEVE WITKOFF')).toEqual(['STEVE WITKOFF']);
      expect(surfaces(aliases, 'Mccain MCCAIN mcCain')).toEqual(['Mccain', 'MCCAIN']);
      expect(surfaces(aliases, 'Ursula Von Der Leyen')).toEqual(['Ursula Von Der Leyen']);
    });

    it('matches topics in any case', () => {
      expect(surfaces([topic('air truce')], 'Air Truce, AIR TRUCE, air truce')).toHaveLength(3);
    });
  });

  describe('Unicode', () => {
    it('matches composed text with a decomposed alias and the reverse', () => {
      const composed = 'Zapori\u017E\u017Eia';
      const decomposed = composed.normalize('NFD');
      expect(surfaces([name(composed)], `near ${decomposed} now`)).toEqual([decomposed]);
      expect(surfaces([name(decomposed)], `near ${composed} now`)).toEqual([composed]);
    });

    it('matches names written with combining marks, whose letters are split across code units', () => {
      const text = 'Zelens\u0301kyy and Zaporiz\u030Chzhia';
      expect(surfaces([name('Zelenskyy'), name('Zaporizhzhia')], text)).toEqual([
        'Zelens\u0301kyy',
        'Zaporiz\u030Chzhia',
      ]);
    });

    it('includes combining marks on the last letter in the mention, never splitting a character', () => {
      const text = 'Jose\u0301 said';
      const [mention] = compileMatcher([name('José')]).findAll(text);
      expect(mention).toMatchObject({ start: 0, end: 5, text: 'Jose\u0301' });
      expect(surfaces([name('Jose')], 'Jose\u0301\u0323, Jose')).toEqual(['Jose\u0301\u0323', 'Jose']);
    });

    it('folds diacritics both ways', () => {
      expect(surfaces([name('Jose')], 'Jos\u00E9')).toEqual(['Jos\u00E9']);
      expect(surfaces([name('Jos\u00E9')], 'Jose')).toEqual(['Jose']);
      expect(surfaces([name('\u00C9lys\u00E9e')], 'Elysee and \u00C9LYS\u00C9E')).toEqual([
        'Elysee',
        '\u00C9LYS\u00C9E',
      ]);
    });

    it('matches a name followed by a possessive with a straight or curly apostrophe, without the possessive', () => {
      expect(surfaces([name('Putin')], "Putin\u2019s war and Putin's aims")).toEqual(['Putin', 'Putin']);
    });

    it('matches an alias with a curly apostrophe against a straight one and the reverse', () => {
      expect(surfaces([name('O\u2019Brien')], "O'Brien")).toEqual(["O'Brien"]);
      expect(surfaces([name("O'Brien")], 'O\u2019Brien')).toEqual(['O\u2019Brien']);
    });

    it('sees through non-breaking spaces, zero-width spaces, word joiners and soft hyphens inside a name', () => {
      const aliases = [name('Steve Witkoff'), name('Witkoff')];
      expect(surfaces(aliases, 'Steve\u00A0Witkoff')).toEqual(['Steve\u00A0Witkoff']);
      expect(surfaces(aliases, 'Steve\u202FWitkoff')).toEqual(['Steve\u202FWitkoff']);
      expect(surfaces(aliases, 'Steve \n Witkoff')).toEqual(['Steve \n Witkoff']);
      expect(surfaces(aliases, 'Wit\u00ADkoff')).toEqual(['Wit\u00ADkoff']);
      expect(surfaces(aliases, 'Wit\u200Bkoff')).toEqual(['Wit\u200Bkoff']);
      expect(surfaces(aliases, 'Wit\u2060koff')).toEqual(['Wit\u2060koff']);
    });

    it('matches a hyphenated phrase written with any hyphen or with spaces', () => {
      for (const hyphen of ['-', '\u2010', '\u2011', '\u2013', '\u2212', ' ', ' - ']) {
        const text = `an air${hyphen}truce`;
        expect(surfaces([topic('air truce')], text), JSON.stringify(text)).toEqual([`air${hyphen}truce`]);
        expect(surfaces([topic('air-truce')], text), JSON.stringify(text)).toEqual([`air${hyphen}truce`]);
      }
    });

    it('reports exact UTF-16 offsets after astral characters and vanished characters', () => {
      const text = '\u{1F600} \u00AD\u200BPutin\u00A0\u{1F1FA}\u{1F1F8} Putin';
      const mentions = compileMatcher([name('Putin')]).findAll(text);
      expect(mentions.map(({ start, end }) => [start, end])).toEqual([
        [5, 10],
        [16, 21],
      ]);
    });

    it('does not count spaces, hyphens or invisible characters at the ends of an alias as part of a mention', () => {
      const aliases = [name(' \u200B Kremlin'), name('-Putin-'), name('Kyiv\u00AD')];
      expect(surfaces(aliases, 'the Kremlin, the -Putin- line, Kyiv')).toEqual(['Kremlin', 'Putin', 'Kyiv']);
    });

    it('ignores aliases that fold to nothing but keeps the indices of the others', () => {
      const matcher = compileMatcher([name('\u00AD'), name(' - '), name('Kyiv')]);
      expect(matcher.findAll('- Kyiv \u00AD')).toEqual([
        { entityId: 'kyiv', alias: 2, start: 2, end: 6, text: 'Kyiv' },
      ]);
    });
  });

  it('finds mentions among thousands of aliases as it does among a few', () => {
    const many = Array.from({ length: 5_000 }, (_, i) => topic(`item${i} alpha`, `item-${i}`));
    const matcher = compileMatcher([...many, name('Kyiv')]);
    expect(matcher.findAll('item42 alpha met item4999 alpha in Kyiv').map((m) => m.entityId)).toEqual([
      'item-42',
      'item-4999',
      'kyiv',
    ]);
  });
});
