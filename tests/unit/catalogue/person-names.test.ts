import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '@/lib/catalogue';
import { parseArticle } from '@/lib/corpus';
import type { Catalogue } from '@/lib/entities';

const corpus = (...texts: string[]) => texts.map((text, i) => parseArticle(`a${i}`, text));

/** The label of the item the matcher finds `alias` as, so two aliases of one person give one label. */
function itemOf(catalogue: Catalogue, alias: string): string | undefined {
  return catalogue.entities.find((entity) => entity.aliases.some((a) => a.text === alias))?.label;
}

describe('person names across outlets', () => {
  it.each([
    // [articles, one form, another form that names the same person]
    [
      [
        'Former Mexican President Vincente Fox made it loud and clear. Fox told Jorge Ramos so.',
        'Former Mexican President Vicente Fox says Mexico will not pay. Fox told Fusion so.',
        'President Vicente Fox used a profanity. Fox also expressed disbelief.',
      ],
      'Vincente Fox',
      'Vicente Fox',
    ],
    [
      [
        'Vice President Joseph R. Biden Jr. spoke on Tuesday. Biden said it twice.',
        'Vice President Joe Biden spoke on Tuesday. Biden was there.',
      ],
      'Joseph Biden',
      'Joe Biden',
    ],
    [
      [
        'The director Todd Jones resigned. Jones said so.',
        'The director Byron Todd Jones resigned on Friday. Jones said so.',
      ],
      'Todd Jones',
      'Byron Todd Jones',
    ],
    // BASIL b063: Fox News gives the gunman's full name, which the tagger does not place, and opens
    // sentences with his surname; HuffPost names him "Omar Mateen".
    [
      [
        'The gunman, Omar Mir Seddique Mateen, was killed by police. Mateen was born in New York.',
        'The shooter, identified as Omar Mateen, was killed. Police said Omar Mateen acted alone.',
      ],
      'Omar Mir Seddique Mateen',
      'Omar Mateen',
    ],
    [
      [
        'The gunman, Omar Mir Seddique Mateen, was killed by police. Mateen was born in New York.',
        'The shooter, identified as Omar Mateen, was killed. Police said Omar Mateen acted alone.',
      ],
      'Mateen',
      'Omar Mateen',
    ],
  ])('in %j, "%s" is "%s"', (texts, one, other) => {
    const { catalogue } = buildCatalogue(corpus(...texts));
    expect(itemOf(catalogue, one)).toBeDefined();
    expect(itemOf(catalogue, one)).toBe(itemOf(catalogue, other));
  });

  it('keeps two people whose given names differ by one letter apart when one article names both', () => {
    const { catalogue } = buildCatalogue(
      corpus(
        'Senator Louis Martin and Senator Louise Martin spoke. Louis Martin and Louise Martin left.',
        'Senator Louise Martin spoke again.',
      ),
    );
    expect(itemOf(catalogue, 'Louis Martin')).not.toBe(itemOf(catalogue, 'Louise Martin'));
  });

  it('gives a family’s bare surname to the member the articles using it name in full most', () => {
    const { catalogue } = buildCatalogue(
      corpus(
        'President Barack Obama spoke. Obama said the economy grew. Michelle Obama was there.',
        'President Barack Obama left. Obama was tired. President Barack Obama slept.',
        'Obama was cheered by the offensive. Obama spoke again.',
        'First lady Michelle Obama visited a school. She said so.',
      ),
    );
    expect(itemOf(catalogue, 'Obama')).toBe('Barack Obama');
    expect(itemOf(catalogue, 'Michelle Obama')).toBe('Michelle Obama');
  });
});

describe('acronyms', () => {
  it('reads letters as the network they open where most articles using them write no expansion', () => {
    const { catalogue } = buildCatalogue(
      corpus(
        'The group Anybody But Cantor, or ABC, ran ads. ABC spent money.',
        'The moderator, ABC News’ Martha Raddatz, opened the debate. ABC News aired it.',
        'With ABC’s Martha Raddatz asking questions, the debate went on.',
        'ABC reported the poll on Sunday.',
      ),
    );
    expect(itemOf(catalogue, 'ABC')).toBe('ABC News');
  });

  it('reads dotted initials as the place they abbreviate before a person with the same initials', () => {
    // BASIL b063 (Fox News) in a corpus where Nikki Haley is also named.
    const { catalogue } = buildCatalogue(
      corpus(
        'Trump originally was planning to deliver a speech Monday in Manchester, N.H., on the Clintons.',
        'Voters in New Hampshire heard him. New Hampshire is a swing state.',
        'Governor Nikki Haley spoke. Nikki Haley left for Columbia.',
      ),
    );
    expect(itemOf(catalogue, 'N.H.')).toBe('New Hampshire');
  });

  it('spells a hyphenated name with or without its hyphen, and reads its acronym by every part', () => {
    const { catalogue } = buildCatalogue(
      corpus(
        'Congress debated the Trans-Pacific Partnership on Friday. The Trans-Pacific Partnership failed.',
        'The Trans Pacific Partnership, or TPP, is a trade deal. TPP would cover 12 nations.',
      ),
    );
    expect(itemOf(catalogue, 'TPP')).toBeDefined();
    expect(itemOf(catalogue, 'TPP')).toBe(itemOf(catalogue, 'Trans-Pacific Partnership'));
  });

  it('reads no country’s letters as an institution they open or a name that writes them dotted', () => {
    const { catalogue } = buildCatalogue(
      corpus(
        'The US Senate voted. The US imposed sanctions. The U.S. Senate passed it.',
        'The US said so on Monday. The U.S. Senate adjourned.',
      ),
    );
    expect(itemOf(catalogue, 'US')).not.toBe(itemOf(catalogue, 'US Senate'));
    expect(itemOf(catalogue, 'US')).not.toBe(itemOf(catalogue, 'U.S. Senate'));
  });
});

describe('names the extraction used to cut away', () => {
  it.each([
    // [articles, the alias of an item, its label]
    // BASIL b003: "Congress" without an article, after a preposition, is the institution.
    [
      [
        'The apology said the conduct was unbecoming of a member of Congress.',
        'Republicans blamed the Democrat majority in Congress.',
      ],
      'Congress',
      'Congress',
    ],
    // BASIL b063 (The New York Times): a qualifier of titles closing a name is its head.
    [
      ['He pledged his allegiance to the Islamic State in a call.', 'The Islamic State claimed the attack.'],
      'Islamic State',
      'Islamic State',
    ],
    // BASIL b063 (Fox News): "ban Muslim immigration" reports the Muslims the other outlets name.
    [
      [
        'Trump renewed his call to ban Muslim immigration.',
        'Muslims condemned the attack. Muslims gathered.',
        'Leaders of Muslims spoke.',
      ],
      'Muslim',
      'Muslims',
    ],
    // BASIL b068 (Fox News, HuffPost): a law's name whose head follows "of", and its acronym.
    [
      [
        'The Justice Against Sponsors of Terrorism Act, or JASTA, moved to the floor of the Senate in May.',
        'Obama vetoed the bill and said that JASTA undermines core U.S. interests.',
      ],
      'JASTA',
      'Justice Against Sponsors of Terrorism Act',
    ],
    // BASIL b068 (HuffPost): a title's qualifier ("Foreign") opening a law's name is part of it.
    [
      [
        'It overrides the 1976 Foreign Sovereign Immunities Act, which grants immunity to countries.',
        'They are following an incorrect reading of the Foreign Sovereign Immunities Act.',
      ],
      'Foreign Sovereign Immunities Act',
      'Foreign Sovereign Immunities Act',
    ],
    // BASIL b069 (The New York Times): the titled form keeps the initial's full stop, as written.
    [
      [
        'In a narrow victory, Representative Linda T. Sánchez of California defeated another California Democrat.',
        'Rep. Loretta Sanchez won the competition. Sanchez said so. Sanchez led the caucus.',
      ],
      'Representative Linda T. Sánchez',
      'Linda Sánchez',
    ],
    // BASIL b069 (HuffPost): a party's whip is a title.
    [
      [
        'The same people have been running the caucus: House Minority Whip Steny Hoyer (Md.) among them.',
        'Reps. Steny Hoyer, Maryland, kept the No. 2 job.',
      ],
      'Steny Hoyer',
      'Steny Hoyer',
    ],
  ])('in %j, "%s" is an alias of "%s"', (texts, alias, label) => {
    expect(itemOf(buildCatalogue(corpus(...texts)).catalogue, alias)).toBe(label);
  });

  it('keeps "the House" alone out, and an office of titles only', () => {
    const { catalogue } = buildCatalogue(
      corpus(
        'The House voted on Tuesday. The bill went to the House.',
        'The Secretary of State spoke. The House agreed.',
      ),
    );
    expect(itemOf(catalogue, 'House')).toBeUndefined();
    expect(itemOf(catalogue, 'Secretary of State')).toBeUndefined();
    expect(itemOf(catalogue, 'State')).toBeUndefined();
  });
});
