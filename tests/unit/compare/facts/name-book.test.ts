import { describe, expect, it } from 'vitest';
import { appositiveRoles } from '@/lib/compare/facts/appositive-roles';
import { NameBook, nameRuns } from '@/lib/compare/facts/name-book';

/** One rule: sentences an article wrote (real ones, from BASIL), then a speaker phrase and the name the book gives it. */
interface Row {
  shows: string;
  sentences: string[];
  phrase: string;
  /** A pronoun's gender, when the phrase came from "he" or "she". */
  gender?: 'male' | 'female';
  name: string | null;
}

const rows: Row[] = [
  {
    shows:
      'gives "Mrs. Clinton" the Clinton whose given name is a woman’s, though Bill Clinton was named last (b057-nyt)',
    sentences: [
      'DES MOINES – Hillary Rodham Clinton on Sunday urged President Obama to listen to congressional Democrats – particular the House minority leader, Nancy Pelosi – and make changes to the Trans-Pacific Partnership trade deal that reflect their concerns about protecting American jobs and wages.',
      'She is facing many Democratic primary voters who have deep misgivings about trade agreements, including the North American Free Trade Agreement, or Nafta, that President Bill Clinton signed, and she faces rivals for the 2016 nomination like Senator Bernie Sanders of Vermont who flatly oppose the Trans-Pacific Partnership.',
    ],
    phrase: 'Mrs. Clinton',
    name: 'Hillary Rodham Clinton',
  },
  {
    shows:
      'gives "Mr. Clinton" Bill Clinton: "Bill" is a familiar form of a man’s name (negative of the row above)',
    sentences: [
      'DES MOINES – Hillary Rodham Clinton on Sunday urged President Obama to listen to congressional Democrats – particular the House minority leader, Nancy Pelosi – and make changes to the Trans-Pacific Partnership trade deal that reflect their concerns about protecting American jobs and wages.',
      'She is facing many Democratic primary voters who have deep misgivings about trade agreements, including the North American Free Trade Agreement, or Nafta, that President Bill Clinton signed, and she faces rivals for the 2016 nomination like Senator Bernie Sanders of Vermont who flatly oppose the Trans-Pacific Partnership.',
    ],
    phrase: 'Mr. Clinton',
    name: 'Bill Clinton',
  },
  {
    shows: 'gives "she" after a bare "Clinton" the woman of the family',
    sentences: [
      'She is facing many Democratic primary voters who have deep misgivings about trade agreements, including the North American Free Trade Agreement, or Nafta, that President Bill Clinton signed, and she faces rivals for the 2016 nomination like Senator Bernie Sanders of Vermont who flatly oppose the Trans-Pacific Partnership.',
      'DES MOINES – Hillary Rodham Clinton on Sunday urged President Obama to listen to congressional Democrats.',
    ],
    phrase: 'Clinton',
    gender: 'female',
    name: 'Hillary Rodham Clinton',
  },
  {
    shows:
      'gives a bare surname the family member the article named in full most often, not the latest (b086-hpo)',
    sentences: [
      'Rep. Duncan Hunter (R-Calif.) and his wife, Margaret Hunter, were indicted Tuesday on charges of improperly using campaign funds for private use.',
      'When HuffPost asked Duncan Hunter how his campaign was going, he said things were good.',
      'The goal of the conspiracy was for Duncan Hunter and Margaret Hunter to enrich themselves.',
    ],
    phrase: 'Hunter',
    name: 'Duncan Hunter',
  },
  {
    shows: 'gives a bare surname the first named of a family named equally often (b034-hpo)',
    sentences: [
      'When he had finished introducing the report, Hutchinson called up Mark Mattioli, whose 6-year-old son, James Mattioli, was killed in December along with 19 other children at Sandy Hook Elementary School.',
    ],
    phrase: 'Mattioli',
    name: 'Mark Mattioli',
  },
  {
    shows: 'leaves "Ms. Hunter" a surname when the one Hunter named in full is a man (negative)',
    sentences: [
      'Rep. Duncan Hunter (R-Calif.) was indicted Tuesday on charges of improperly using campaign funds.',
    ],
    phrase: 'Ms. Hunter',
    name: 'Hunter',
  },
  {
    shows:
      'takes a name before the place its bearer serves ("Representative Ron Paul of Texas") for "Mr. Paul" (b020-nyt)',
    sentences: [
      'Mr. Santorum’s rivals for the Republican nomination, Representative Ron Paul of Texas, scoffed at Mr. Santorum.',
    ],
    phrase: 'Mr. Paul',
    name: 'Ron Paul',
  },
  {
    shows: 'cuts the place from a name given with it as a speaker',
    sentences: [],
    phrase: 'Representative Ron Paul of Texas',
    name: 'Ron Paul',
  },
  {
    shows: 'keeps an organisation with "of" in its name whole (negative: "House of Representatives")',
    sentences: ['The bill passed the House of Representatives on Wednesday.'],
    phrase: 'the House of Representatives',
    name: 'House of Representatives',
  },
  {
    shows: 'reads past a generational suffix: "Mr. Clapper" is James R. Clapper Jr. (b037-nyt)',
    sentences: [
      'After rushing to declassify some carefully selected descriptions of the programs, James R. Clapper Jr., the director of national intelligence, conceded for the first time that the Prism program existed.',
    ],
    phrase: 'Mr. Clapper',
    name: 'James R. Clapper Jr.',
  },
  {
    shows: 'matches a surname whatever its inner capitals ("LaBolt" for "Ben Labolt", b020-fox)',
    sentences: [
      'Obama campaign deputy press secretary Ben Labolt also issued a statement Saturday shortly after Santorum told voters that Obama’s agenda is not about you.',
    ],
    phrase: 'LaBolt',
    name: 'Ben Labolt',
  },
  {
    shows: 'cuts a plural title before names ("Senators Ron Wyden of Oregon", b037-nyt)',
    sentences: [
      'On Sept. 19, 2011, Assistant Attorney General Ronald Weich told two of Congress’s most outspoken critics of the efforts, Senators Ron Wyden of Oregon and Mark Udall of Colorado, both Democrats, that the Justice Department had briefed Congress.',
    ],
    phrase: 'Mr. Wyden',
    name: 'Ron Wyden',
  },
  {
    shows:
      'gives "Mr. Trump" Donald Trump beside Ivanka Trump, whose given name the lexicon does not know (constructed)',
    sentences: [
      'President Donald Trump met the delegation on Tuesday.',
      'His daughter, Ivanka Trump, joined them later.',
    ],
    phrase: 'Mr. Trump',
    name: 'Donald Trump',
  },
  {
    shows: 'gives a bare "Trump" the member named in full most often (constructed)',
    sentences: [
      'President Donald Trump met the delegation on Tuesday.',
      'Donald Trump then left for Florida.',
      'His daughter, Ivanka Trump, joined them later.',
    ],
    phrase: 'Trump',
    name: 'Donald Trump',
  },
  {
    shows: 'gives "the California Democrat" nobody when the article has named no person (negative)',
    sentences: ['House Democrats met on Wednesday.'],
    phrase: 'the California Democrat',
    name: null,
  },
  {
    shows:
      'leaves "Mr. Cruz" a surname when the article named only a woman of the family in full (negative: not Heidi Cruz)',
    sentences: ['Heidi Cruz campaigned in Iowa on Monday.'],
    phrase: 'Mr. Cruz',
    name: 'Cruz',
  },
  {
    shows:
      'tells a family member’s gender by the kinship the article gave her ("His daughter, Ivanka Trump"), so "Mr. Trump" is not her',
    sentences: ['Mr. Trump spoke on Tuesday.', 'His daughter, Ivanka Trump, joined him later.'],
    phrase: 'Mr. Trump',
    name: 'Trump',
  },
];

describe('NameBook.fullName', () => {
  it.each(rows)('$shows', ({ sentences, phrase, gender, name }) => {
    const book = new NameBook();
    for (const sentence of sentences) {
      const runs = nameRuns(sentence);
      book.read(runs);
      book.learnRoles(appositiveRoles(sentence, runs));
    }
    expect(book.fullName(phrase, gender ?? null)).toBe(name);
  });
});
