import { describe, expect, it } from 'vitest';
import { attributeQuotes } from '@/lib/compare/facts';

/** One rule: an article (paragraphs of sentences) and each quotation's first words with its speaker. */
interface Row {
  shows: string;
  paragraphs: string[][];
  speakers: [start: string, speaker: string | null][];
}

const rows: Row[] = [
  {
    shows: 'takes the speaker phrase of the quotation’s own sentence',
    paragraphs: [['“The harbour will reopen in May,” Ingrid Solberg said on Monday.']],
    speakers: [['The harbour', 'Ingrid Solberg']],
  },
  {
    shows: 'keeps one speaker for a quotation the sentence ends split in two',
    paragraphs: [
      [
        'The mayor spoke after the vote.',
        '“We did not choose this fight.',
        'But we will finish it,” Pedro Almeida said.',
      ],
    ],
    speakers: [
      ['We did not choose', 'Pedro Almeida'],
      ['But we will finish', 'Pedro Almeida'],
    ],
  },
  {
    shows: 'carries the speaker to the next quotation of the paragraph that names no new one',
    paragraphs: [['“Nobody was hurt,” said Chief Ama Owusu.', '“The fire is now under control.”']],
    speakers: [
      ['Nobody was hurt', 'Ama Owusu'],
      ['The fire is now', 'Ama Owusu'],
    ],
  },
  {
    shows: 'takes the speaker named in the next sentence',
    paragraphs: [
      [
        'The verdict was “a dark day for press freedom in the region.”',
        'It was “a warning to every reporter,” Lena Fischer said.',
      ],
    ],
    speakers: [
      ['a dark day', 'Lena Fischer'],
      ['a warning', 'Lena Fischer'],
    ],
  },
  {
    shows: 'takes a speaker who opens the next sentence (“…” X told reporters.)',
    paragraphs: [
      ['“Are we supposed to wait another decade for this road?”', 'Mayor Jonas Berg told reporters.'],
    ],
    speakers: [['Are we supposed', 'Jonas Berg']],
  },
  {
    shows: 'resolves "he" to the last person named before it in the paragraph',
    paragraphs: [
      ['Farid Haddad, the union’s treasurer, met the board on Tuesday.', '“The fund is empty,” he said.'],
    ],
    speakers: [['The fund is empty', 'Farid Haddad']],
  },
  {
    shows: 'resolves "she" in a paragraph that opens with the quotation to the paragraph before',
    paragraphs: [
      ['Marta Kowalczyk said the rescue had taken all night.'],
      ['“We found the last family at dawn,” she said.'],
    ],
    speakers: [['We found the last family', 'Marta Kowalczyk']],
  },
  {
    shows: 'resolves a pronoun after a participle to the sentence’s subject ("X did …, saying “…”")',
    paragraphs: [['Tomas Lind rejected the offer on Friday, saying “the price is simply too low.”']],
    speakers: [['the price is simply', 'Tomas Lind']],
  },
  {
    shows: 'reads a reversed attribution by an organisation named earlier (“…,” the agency said)',
    paragraphs: [
      [
        'The European Space Agency delayed the launch by a week.',
        '“The weather window closed overnight,” the agency said.',
      ],
    ],
    speakers: [['The weather window', 'European Space Agency']],
  },
  {
    shows: 'spells out an acronym from the name written earlier',
    paragraphs: [
      ['The World Food Programme warned of shortages.'],
      ['“Stocks will run out in June,” the WFP said.'],
    ],
    speakers: [['Stocks will run out', 'World Food Programme']],
  },
  {
    shows: 'names the speaker as fully as the article named them before',
    paragraphs: [['Hiroshi Tanaka leads the delegation.'], ['“We expect a text by Friday,” Mr Tanaka said.']],
    speakers: [['We expect a text', 'Hiroshi Tanaka']],
  },
  {
    shows: 'reads "X told Y:" before the quotation',
    paragraphs: [['Senator Clara Reyes told the committee: “The numbers do not add up.”']],
    speakers: [['The numbers do not', 'Clara Reyes']],
  },
  {
    shows: 'reads "according to X" after the quotation',
    paragraphs: [['The bridge is “safe for light traffic only”, according to Nils Dahl.']],
    speakers: [['safe for light traffic', 'Nils Dahl']],
  },
  {
    shows: 'takes the person, not the place they work, in "X of Y said"',
    paragraphs: [['“Prices will keep falling,” said Amara Diallo of the Dakar Institute.']],
    speakers: [['Prices will keep falling', 'Amara Diallo']],
  },
  {
    shows: 'reads single quotation marks without taking apostrophes for them',
    paragraphs: [["The port's director called it 'a mistake we can't repeat', Ole Strand said."]],
    speakers: [['a mistake we can', 'Ole Strand']],
  },
  {
    shows: 'reads straight double quotes split over two sentences',
    paragraphs: [['"We waited three years.', 'Now we want answers," Dana Kim said.']],
    speakers: [
      ['We waited three years', 'Dana Kim'],
      ['Now we want answers', 'Dana Kim'],
    ],
  },
  {
    shows: 'gives a one-word quotation the speaker its sentence names',
    paragraphs: [['Ana Ribeiro called the proposal “reckless”.']],
    speakers: [['reckless', 'Ana Ribeiro']],
  },
  {
    shows: 'invents no speaker for a scare quote, even after a quotation with one',
    paragraphs: [['“We will vote no,” said Karl Weber.', 'The so-called “green corridor” stays closed.']],
    speakers: [
      ['We will vote no', 'Karl Weber'],
      ['green corridor', null],
    ],
  },
  {
    shows: 'gives a title in quotation marks no speaker',
    paragraphs: [['Governor Ruth Adler told ABC’s “Morning Report” that the plan was dead.']],
    speakers: [['Morning Report', null]],
  },
  {
    shows: 'does not carry a speaker into the next paragraph',
    paragraphs: [['“The talks are over,” Igor Petrov said.'], ['“Nothing has been signed yet.”']],
    speakers: [
      ['The talks are over', 'Igor Petrov'],
      ['Nothing has been signed', null],
    ],
  },
  {
    shows: 'does not carry a speaker past a colon that introduces someone else',
    paragraphs: [['“Will you run?” Maria Costa asked him.', 'His answer: “Not this year, and maybe never.”']],
    speakers: [
      ['Will you run', 'Maria Costa'],
      ['Not this year', null],
    ],
  },
  {
    shows: 'reads a parenthetical “X continued” as the speaker of the sentence’s quotation',
    paragraphs: [
      ['That plan, Helga Brandt continued, rests on figures that “nobody in the ministry has checked.”'],
    ],
    speakers: [['nobody in the ministry', 'Helga Brandt']],
  },
  {
    shows: 'gives a quotation that a stance verb takes as its object to the subject',
    paragraphs: [
      ['On Sunday, Tomas Ruiz, an adviser to the mayor, criticized such attacks on “honour and family.”'],
    ],
    speakers: [['honour and family', 'Tomas Ruiz']],
  },
  {
    shows: 'reaches past a place in the appositive to the name that opens the sentence',
    paragraphs: [
      ['Ms. Okafor, at another rally on Friday, in Dayton, Ohio, called the new toll roads “medieval.”'],
    ],
    speakers: [['medieval', 'Okafor']],
  },
  {
    shows: 'reads “by asking” as a participle that hands the question to the subject',
    paragraphs: [['An impatient Carla Mendes opened the hearing by asking, “Who signed this contract?”']],
    speakers: [['Who signed', 'Carla Mendes']],
  },
  {
    shows: 'gives the answer after “Asked whether …” to the subject who answers',
    paragraphs: [
      [
        'Asked whether he would resign, Mr. Lindqvist did not back down, saying, “I think the board has a very poor record on this.”',
      ],
    ],
    speakers: [['I think the board', 'Lindqvist']],
  },
  {
    shows: 'resolves “he” to a subject named before an auxiliary in the paragraph before',
    paragraphs: [
      ['Mr. Haddad did not say the port was a bad idea.'],
      ['“Where did they get the idea that the port pays for itself?” he said.'],
    ],
    speakers: [['Where did they get', 'Haddad']],
  },
  {
    shows: 'takes the appositive name after a role as the speaker',
    paragraphs: [
      ['The mayor’s lawyer, Anna Keller, said in a statement that the council “has no case.”'],
      ['A lawyer for the mayor, Anna Keller of Keller & Ruiz, confirmed that he “denies every charge.”'],
    ],
    speakers: [
      ['has no case', 'Anna Keller'],
      ['denies every charge', 'Anna Keller'],
    ],
  },
  {
    shows: 'reads an outlet that reported or now reports words as their speaker',
    paragraphs: [
      ['The Daily Ledger reported the charges “will include fraud and bribery.”'],
      ['The Evening Post now reports that the mayor has “been indicted by a grand jury.”'],
    ],
    speakers: [
      ['will include fraud', 'Daily Ledger'],
      ['been indicted', 'Evening Post'],
    ],
  },
  {
    shows: 'gives a quotation after a second verb joined by “and” to the subject',
    paragraphs: [['Hansen stormed back, leaned into him and said, “Do not ever do that to me again.”']],
    speakers: [['Do not ever', 'Hansen']],
  },
  {
    shows: 'takes the name after “said the statement from …,” as the speaker',
    paragraphs: [
      ['“We are disappointed, but hardly surprised,” said the statement from his attorney, Anna Keller.'],
    ],
    speakers: [['We are disappointed', 'Anna Keller']],
  },
  {
    shows: 'does not take the subject of a reported clause for an inverted speaker',
    paragraphs: [['The mayor, whispering, said Mr. Dale was “not man enough.”']],
    speakers: [['not man enough', null]],
  },
  {
    shows: 'gives “the congressman” to the name the article wrote with that word, even inside a quotation',
    paragraphs: [
      ['Representative Michael G. Grimm was expected to be indicted on Friday.'],
      ['“The government has pursued a vendetta against Congressman Grimm,” Mr. McGinley said.'],
      [
        'Then, the congressman, speaking in a barely audible whisper as he stood close to the reporter, said Mr. Scotto was “not man enough” and added: “I’ll break you in half.',
        'Like a boy.”',
      ],
    ],
    speakers: [
      ['not man enough', 'Michael G. Grimm'],
      ['I’ll break you in half', 'Michael G. Grimm'],
      ['Like a boy', 'Michael G. Grimm'],
    ],
  },
  {
    shows:
      'gives “the statement” to the name its description gave it (“the statement from X’s attorney, NAME”)',
    paragraphs: [
      [
        '“We are disappointed by the government’s decision,” said the statement from Grimm’s attorney, William McGinley.',
      ],
      ['The statement said Grimm “asserts his innocence of any wrongdoing” and “will be vindicated.”'],
      ['“Until then, he will continue to serve his constituents,” the statement said.'],
    ],
    speakers: [
      ['asserts his innocence', 'William McGinley'],
      ['will be vindicated', 'William McGinley'],
      ['Until then', 'William McGinley'],
    ],
  },
  {
    shows: 'learns a role from a long appositive after a name (“NAME, a lawyer for the campaign who …,”)',
    paragraphs: [
      [
        'Nora Blake, a lawyer for the campaign who has represented the state party in three elections, met the judges.',
      ],
      ['“We will appeal this ruling,” the lawyer said.'],
    ],
    speakers: [['We will appeal', 'Nora Blake']],
  },
  {
    shows: 'gives the words of “X, who described … as “…”” to X',
    paragraphs: [
      ['Dana Whitfield, the state senator from Erie, spoke on Monday.'],
      ['The senator, who described the ruling as “a betrayal of every family in this county,” left early.'],
      ['Ron Ames, who described the vote as “a good day for the county,” stayed.'],
    ],
    speakers: [
      ['a betrayal', 'Dana Whitfield'],
      ['a good day', 'Ron Ames'],
    ],
  },
  {
    shows: 'hands a participle’s quotation to a subject with a long relative clause between',
    paragraphs: [
      [
        'After reporter Michael Scotto finished his report, Grimm stormed back.',
        'Scotto, who was asking about fundraising during Grimm’s first campaign, protested, saying he was asking “a valid question.”',
      ],
    ],
    speakers: [['a valid question', 'Michael Scotto']],
  },
  {
    shows: 'does not give a role word to someone who was never given it',
    paragraphs: [
      ['Ivan Petrov, a farmer from Tver, met the envoy.'],
      ['“The talks went well,” the envoy said.'],
    ],
    speakers: [['The talks went well', null]],
  },
];

describe('attributeQuotes', () => {
  it.each(rows)('$shows', ({ paragraphs, speakers }) => {
    const quotes = attributeQuotes(paragraphs);
    for (const [start, speaker] of speakers) {
      const quote = quotes.find((candidate) => candidate.fact.quote?.startsWith(start));
      expect(quote, `a quotation starting “${start}”`).toBeDefined();
      expect(quote?.speaker ?? null).toBe(speaker);
    }
  });
});
