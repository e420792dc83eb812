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
    shows: 'tells "the authority" by a name written inside a quotation, without the full stop that ends it',
    paragraphs: [
      ['Anna Berg said: “We wrote to the Oslo Port Authority.”'],
      ['“We will rebuild the bridge,” the authority said.'],
    ],
    speakers: [
      ['We wrote', 'Anna Berg'],
      ['We will rebuild', 'Oslo Port Authority'],
    ],
  },
  {
    shows:
      'reads no description of a person into a subject with its verb ("The harbour plan told reporters")',
    paragraphs: [
      ['“We will rebuild the bridge,” Anna Berg said.'],
      ['The harbour plan told reporters called it “a reckless waste of money”.'],
    ],
    speakers: [
      ['We will rebuild', 'Anna Berg'],
      ['a reckless waste', null],
    ],
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
    shows:
      'does not take the subject of a reported clause for an inverted speaker (the unnamed mayor speaks)',
    paragraphs: [['The mayor, whispering, said Mr. Dale was “not man enough.”']],
    speakers: [['not man enough', 'mayor']],
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
    shows: 'does not give a role word to someone who was never given it: the role, unnamed, speaks',
    paragraphs: [
      ['Ivan Petrov, a farmer from Tver, met the envoy.'],
      ['“The talks went well,” the envoy said.'],
    ],
    speakers: [['The talks went well', 'envoy']],
  },
  {
    shows: 'pairs a curly opening mark with a straight closing one',
    paragraphs: [
      ['But Colorado Attorney General John Suthers isn’t backing down.'],
      [
        '“Because neighboring states have expressed concern about Colorado-grown marijuana coming into their states, we are not entirely surprised by this action," Suthers said.',
      ],
    ],
    speakers: [['Because neighboring states', 'John Suthers']],
  },
  {
    shows: 'pairs a straight opening mark with a curly closing one',
    paragraphs: [['Mayor Ines Duarte said the city was "not ready to lift the curfew.”']],
    speakers: [['not ready to lift', 'Ines Duarte']],
  },
  {
    shows: 'keeps an office whose name holds an initialism and a possessive whole',
    paragraphs: [
      [
        '“According to the indictment, the Hunters knew that many of their desired purchases could be made only by using campaign funds,” according to the U.S. Attorney’s Office.',
      ],
    ],
    speakers: [['According to the indictment', 'U.S. Attorney’s Office']],
  },
  {
    shows: 'gives an organisation’s person after its possessive, past "adding that" with a comma inside',
    paragraphs: [
      [
        'Marijuana Industry Group\'s Mike Elliott echoed Tvert\'s sentiments, adding that despite the multi-decade federal war on drugs, marijuana remains "universally available" -- including in Nebraska and Oklahoma.',
      ],
    ],
    speakers: [['universally available', 'Mike Elliott']],
  },
  {
    shows: 'reaches past a party tag and a long appositive to the name that opens the sentence',
    paragraphs: [
      [
        'Rep. Jared Polis (D-Colo.), a vocal supporter of drug policy reform who has sponsored multiple bills seeking protection for state-legal marijuana businesses and advocated full-scale federal legalization of the drug, told HuffPost that Nebraska and Oklahoma attempting to overturn the will of Colorado\'s voters is "outrageous."',
      ],
    ],
    speakers: [['outrageous', 'Jared Polis']],
  },
  {
    shows: 'reaches past a long appositive to the name after the quotation that opens the sentence',
    paragraphs: [
      [
        '"They are reading it like a sacred text," Rep. Jerrold Nadler, D-N.Y., the former chairman of the House Judiciary subcommittee on the Constitution, Civil Rights and Civil Liberties, told The Washington Post.',
      ],
    ],
    speakers: [['They are reading it', 'Jerrold Nadler']],
  },
  {
    shows: 'reads "contended" and "asserted" as speech verbs',
    paragraphs: [
      ["Fox News obtained a letter sent from Hunter's attorney, Gregory A. Vega, on Aug. 6."],
      ['Vega contended that there was a "rush to indict" after a two-year grand jury investigation.'],
      ['Vega asserted the prosecution was "politically motivated" because of Hunter\'s early support.'],
    ],
    speakers: [
      ['rush to indict', 'Gregory A. Vega'],
      ['politically motivated', 'Gregory A. Vega'],
    ],
  },
  {
    shows: 'does not read the object of a relative clause’s verb as a speaker ("who wrote Amendment 64")',
    paragraphs: [
      [
        'Brian Vicente, a Colorado attorney and legalization advocate who wrote Amendment 64, said the challenge is "political grandstanding" without merit.',
      ],
    ],
    speakers: [['political grandstanding', 'Brian Vicente']],
  },
  {
    shows: 'gives the words to the person, not the organisation in the second of two appositives',
    paragraphs: [
      [
        '“If Nebraska and Oklahoma succeed, they will put the violent criminal organizations back in charge,” Michael Elliott, the executive director of the Marijuana Industry Group, a Colorado-based trade group, said in a statement.',
      ],
    ],
    speakers: [['If Nebraska and Oklahoma', 'Michael Elliott']],
  },
  {
    shows: 'gives the words to whoever issued the statement "according to a statement released by"',
    paragraphs: [
      [
        'Beyond the family vacations, the indictment said expenses included dental work, as well as “tens of thousands of dollars on smaller purchases, including fast food and movie tickets,” according to a statement released by the Marijuana Policy Project.',
      ],
    ],
    speakers: [['tens of thousands', 'Marijuana Policy Project']],
  },
  {
    shows: 'hands the quotation of "… and told X … that" to the sentence’s subject',
    paragraphs: [
      ['Rep. Duncan Hunter was indicted on Tuesday.'],
      [
        'He was for a time considered as a possible choice for defense secretary, and told The San Diego Union-Tribune days after the election that he wanted to restore “a warrior culture, a warrior mentality” to the government.',
      ],
    ],
    speakers: [['a warrior culture', 'Duncan Hunter']],
  },
  {
    shows: 'hands the quotation of ", accusing …" to the sentence’s subject',
    paragraphs: [
      ['Rep. Duncan Hunter was indicted on Tuesday.'],
      [
        'In a speech earlier this month, Hunter echoed President Donald Trump and castigated the Justice Department, accusing the agency of being “corrupt, answerable to no one” and said it “uses the law to extort the American people.”',
      ],
    ],
    speakers: [
      ['corrupt, answerable', 'Duncan Hunter'],
      ['uses the law', 'Duncan Hunter'],
    ],
  },
  {
    shows: 'does not take words with a lower-case verb for a title (“And if I did” spend …)',
    paragraphs: [
      ['Rep. Duncan Hunter blamed his wife in an interview.'],
      ['“And if I did” spend campaign funds improperly, he said, “it was an accident and I paid it back.”'],
    ],
    speakers: [
      ['And if I did', 'Duncan Hunter'],
      ['it was an accident', 'Duncan Hunter'],
    ],
  },
  {
    shows: 'gives a document’s words to nobody, not to the states the document is from',
    paragraphs: [
      [
        'But the lawsuit from Nebraska and Oklahoma, where marijuana is still outlawed, argues that Colorado has “created a dangerous gap” in the federal drug-control system.',
      ],
    ],
    speakers: [['created a dangerous gap', null]],
  },
  {
    shows: 'counts a hyphenated compound as one word, so a two-word term takes no speaker from before',
    paragraphs: [
      [
        'In a policy statement last year, the Justice Department noted it does not have the resources to police all violations.',
        'It laid out eight priorities that states need to protect if they want to authorize "marijuana-related conduct."',
      ],
    ],
    speakers: [['marijuana-related conduct', null]],
  },
  {
    shows: 'keeps a speaker the article describes by role and never names, as written',
    paragraphs: [
      [
        '"The AARP has a history of division between the top folks and their base on these issues," one union official said.',
      ],
      ['A spokesperson for Google says the company "cares deeply" about the security of users\' data.'],
    ],
    speakers: [
      ['The AARP has a history', 'union official'],
      ['cares deeply', 'Google spokesperson'],
    ],
  },
  {
    shows: 'gives a report’s words to the outlet that issued it',
    paragraphs: [
      [
        '"Even when the system works just as advertised, the NSA routinely collects a great deal of American content," the Washington Post report said.',
      ],
    ],
    speakers: [['Even when the system', 'Washington Post']],
  },
  {
    shows: 'steps back over a party-and-state tag to the name before it',
    paragraphs: [
      [
        'Sen. Kay Bailey Hutchison, R-Texas, who on Thursday unveiled her own Social Security reform package, said Friday that the AARP has marked "a huge shift in the debate on the solvency of Social Security."',
      ],
    ],
    speakers: [['a huge shift', 'Kay Bailey Hutchison']],
  },
  {
    shows: 'resolves "he" to a subject with a time phrase and an adverb before its verb',
    paragraphs: [
      [
        'WASHINGTON -- President Barack Obama on Friday forcefully defended revelations that the agency is collecting phone records, saying that Congress was fully briefed.',
      ],
      ['"Your duly elected representatives have consistently been informed," he said.'],
    ],
    speakers: [['Your duly elected', 'Barack Obama']],
  },
  {
    shows: 'reads "X in December argued" as X speaking, and "he" in the next paragraph as X',
    paragraphs: [
      ['NRA CEO Wayne LaPierre in December called for armed officers to be installed in every school.'],
      ['But LaPierre in December argued that improving school security is paramount.'],
      ['"It\'s now time for us to assume responsibly for our schools," he said.'],
    ],
    speakers: [["It's now time", 'Wayne LaPierre']],
  },
  {
    shows: 'hands a statement’s quotations to its subject ("issued a statement calling … and claiming …")',
    paragraphs: [
      [
        'AARP CEO Barry Rand later issued a statement calling the article "misleading" and claiming "AARP has not changed its position on Social Security."',
      ],
    ],
    speakers: [
      ['misleading', 'Barry Rand'],
      ['AARP has not changed', 'Barry Rand'],
    ],
  },
  {
    shows: 'resolves "he" to a name set off as an appositive before its verb, not to the speaker before',
    paragraphs: [
      ['The group will change its stance, Mr. Rother said.'],
      [
        'As word of the position set off debate on Friday, the group’s chief executive, Barry Rand, issued a formal statement saying that the position had not changed and refuting what he described as “misleading” media reports.',
      ],
    ],
    speakers: [['misleading', 'Barry Rand']],
  },
  {
    shows: 'names nobody from a sentence inside a quotation that runs on ("Everybody recognizes that.")',
    paragraphs: [
      [
        'AARP legislative policy director David Certner said on CNN Friday that there was some miscommunication.',
      ],
      [
        '"Everybody knows we need to look at a package of different changes," he said.',
        '"The reality is, we have more people older and who are living longer, so we need to make changes.',
        'Everybody recognizes that.',
        'And we\'re certainly willing to talk about a package of changes."',
      ],
      [
        'He suggested raising the retirement age would be on the table even though doing so represents "a massive benefit cut for people."',
      ],
    ],
    speakers: [['a massive benefit cut', 'David Certner']],
  },
  {
    shows:
      'reaches a person past a second appositive that has no article ("president of the …, an advocacy group here,")',
    paragraphs: [
      [
        'Marian Wright Edelman, president of the Children’s Defense Fund, an advocacy group here, criticized the study as “nothing more than a continuation of the attempts to prey on America’s fears.”',
      ],
    ],
    speakers: [['nothing more than', 'Marian Wright Edelman']],
  },
  {
    shows: 'reads "praised" and "reiterated … in saying" as handing words to the subject',
    paragraphs: [
      [
        'When he had finished introducing the report, Hutchinson called up Mark Mattioli, whose son was killed in December.',
        'Mattioli praised the NRA "for coming up and spending the time and resources on putting a program like this together."',
      ],
      [
        'White House Press Secretary Jay Carney reiterated past statements in saying President Obama does not see Social Security as a "driver" of the deficits.',
      ],
    ],
    speakers: [
      ['for coming up', 'Mark Mattioli'],
      ['driver', 'Jay Carney'],
    ],
  },
  {
    shows: 'spells an acronym out without the full stop that ended the sentence naming it',
    paragraphs: [
      ['The report on school safety was funded by the National Rifle Association.'],
      ['The NRA said it needs "time to digest" the findings.'],
    ],
    speakers: [['time to digest', 'National Rifle Association']],
  },
  {
    shows: 'resolves "they" to two people named together as a subject, into the next paragraph',
    paragraphs: [
      [
        'On Friday, Mr. Udall and Mr. Wyden released a joint statement repeating that they had “long been concerned about the degree to which this collection has relied on secret law.”',
      ],
      [
        '“Senior administration officials have stated on multiple occasions that the authority is analogous to a grand jury subpoena,” they said.',
      ],
    ],
    speakers: [
      ['long been concerned', 'Udall and Wyden'],
      ['Senior administration officials', 'Udall and Wyden'],
    ],
  },
  {
    shows: 'gives "they" no speaker when no two people were named together',
    paragraphs: [['Farmers in the valley met on Monday.', '“The wells are dry,” they said.']],
    speakers: [['The wells are dry', null]],
  },
  {
    shows: 'resolves "he" past a paragraph that names nobody to the last person named',
    paragraphs: [
      [
        'James Clapper, the director of national intelligence, issued a statement late Thursday decrying the leak.',
      ],
      ['At the same time, he took the rare step of moving to declassify information about the programs.'],
      [
        '“The article omits key information regarding how the program is used," he said of the Guardian story.',
      ],
    ],
    speakers: [['The article omits', 'James Clapper']],
  },
  {
    shows:
      'takes an unnamed role after an inverted verb as the speaker ("…," said a senior administration official)',
    paragraphs: [
      [
        '"We are not going to go after existing stock of weapons or magazines," said a senior administration official.',
        '"We are going to limit it to the manufacturing of assault weapons and clips going forward."',
      ],
    ],
    speakers: [
      ['We are not going', 'senior administration official'],
      ['We are going to limit', 'senior administration official'],
    ],
  },
  {
    shows:
      'matches "the president" after an inverted verb to the name the article gave that title, not a vice president',
    paragraphs: [
      ['President Barack Obama unveiled the most sweeping effort at gun control in a generation.'],
      ['The review was spearheaded by Vice President Joe Biden.'],
      [
        '"I intend to use whatever weight this office holds to make them a reality," said the president, speaking about his recommendations.',
      ],
    ],
    speakers: [['I intend to use', 'Barack Obama']],
  },
  {
    shows: 'leaves "said the president would" to the clause it opens, nobody saying it',
    paragraphs: [['It was also said the president would sign "whatever reaches his desk."']],
    speakers: [['whatever reaches', null]],
  },
  {
    shows:
      'gives the words someone agrees with to whom they are agreed with ("agree with Ms. Pelosi that “…”")',
    paragraphs: [
      [
        'Mrs. Clinton invoked Ms. Pelosi’s name twice and appeared to agree with Ms. Pelosi that “there are some specifics in there that could and should be changed.”',
      ],
    ],
    speakers: [['there are some specifics', 'Pelosi']],
  },
  {
    shows:
      'gives an opinion agreed with to whose it is ("agrees with Suthers\' opinion that the suit is “…”")',
    paragraphs: [
      [
        'John Suthers said the suit was baseless.',
        'Mason Tvert told The Huffington Post that MPP agrees with Suthers\' opinion that the suit is "without merit."',
      ],
    ],
    speakers: [['without merit', 'John Suthers']],
  },
  {
    shows: 'gives "his campaign noted" to the campaign of the last person named',
    paragraphs: [
      [
        "Former Maryland Gov. Martin O'Malley has also opposed the deal.",
        'His campaign noted in an email that the speech did not "weigh in on the secretive TPP deal that could depress American wages."',
      ],
    ],
    speakers: [['weigh in on', "Martin O'Malley's campaign"]],
  },
  {
    shows: 'reads "his recent claims that" as a noun phrase, not as someone’s words',
    paragraphs: [
      [
        'Rick Santorum defended his recent claims that federally provided education was "anachronistic," and more.',
      ],
    ],
    speakers: [['anachronistic', 'Rick Santorum']],
  },
  {
    shows: 'lets no later "she" stand for "her office"',
    paragraphs: [
      ['Kay Bailey Hutchison unveiled a plan.', 'Her office claims the bill would cut deficits.'],
      ['"Those two things would keep our Social Security system solvent for 75 years," she told Fox News.'],
    ],
    speakers: [['Those two things', 'Kay Bailey Hutchison']],
  },

  {
    shows: 'reaches a name past a party tag in brackets before the verb ("Sen. John Thune (R-S.D.) said")',
    paragraphs: [
      [
        '“He had his Red Bull.',
        'He certainly had his caffeine,” Sen. John Thune (R-S.D.) said after the debate.',
      ],
    ],
    speakers: [
      ['He had his Red Bull', 'John Thune'],
      ['He certainly had', 'John Thune'],
    ],
  },
  {
    shows: 'reads "charged that" as a verb of saying, "charged" alone not',
    paragraphs: [
      [
        'On Medicare, Biden charged that the Republican ticket\'s plan would raise costs for future seniors with a de facto "voucher" system.',
      ],
      ['Prosecutors charged him with fraud over a "gift" from a donor.'],
    ],
    speakers: [
      ['voucher', 'Biden'],
      ['gift', null],
    ],
  },
  {
    shows: 'reads "he asks" and someone’s fans who "reply" as speakers',
    paragraphs: [
      [
        'At almost all of his campaign rallies, Donald J. Trump leads a familiar refrain as he details his plan to build a giant wall along the border with Mexico.',
      ],
      ['“Who’s gonna pay?” he asks.'],
      ['Without fail, Mr. Trump’s adoring fans reply, “Mexico!”'],
    ],
    speakers: [
      ['Who’s gonna pay?', 'Donald J. Trump'],
      ['Mexico!', 'Donald J. Trump’s adoring fans'],
    ],
  },
  {
    shows:
      'takes a described subject with a modifier ("the Mexican-born journalist told") for the person named before',
    paragraphs: [
      ['“I’m not going to pay for that f***ing wall!” Fox told Jorge Ramos in an interview for Fusion.'],
      ['Ramos later returned and Trump took several of his questions.'],
      [
        '“He tried to silence me,” the Mexican-born journalist told Fox News’ Megyn Kelly in August.',
        '“And in this country, you cannot do that.',
        'I’m a citizen.”',
      ],
    ],
    speakers: [
      ['He tried to silence me', 'Jorge Ramos'],
      ['And in this country', 'Jorge Ramos'],
    ],
  },
  {
    shows:
      'takes no description that is a preposition’s object for a speaker ("a release from … about the planned meeting noted")',
    paragraphs: [
      ['“It’s not a birther bill,” Ms. Townsend said.'],
      [
        'But a release from Mr. Seel’s office about the planned meeting noted that Mr. Trump “has brought the issue of President Barack Obama failing to provide a birth certificate front and center recently.”',
      ],
    ],
    speakers: [['has brought the issue', null]],
  },
  {
    shows: 'takes a name right after a quotation for a subject a later "he" stands for',
    paragraphs: [
      [
        'When Mr. Biden went after Mr. Romney’s infamous remark at a private fund-raiser about the “47 percent,” Mr. Ryan reminded the vice president of his own propensity for gaffes.',
        '“I think the vice president very well knows that sometimes the words don’t come out of your mouth the right way,” he said with a gotcha smile.',
      ],
    ],
    speakers: [['I think the vice president', 'Ryan']],
  },
  {
    shows: 'gives a quotation after a colon to the subject before it ("Ryan shot back, …: “…”")',
    paragraphs: [
      [
        'Ryan shot back, in reference to Biden\'s tendency to make gaffes: "As the vice president very well knows ... sometimes the words don\'t come out of your mouth the right way."',
      ],
      ['Biden was quick to retort: "With all due respect, that\'s just a bunch of malarkey.'],
    ],
    speakers: [
      ['As the vice president', 'Ryan'],
      ['With all due respect', 'Biden'],
    ],
  },
  {
    shows:
      'leaves a colon to the clause nearest it, not to a subject a relative clause stands between ("Critics say … the code that says:")',
    paragraphs: [
      [
        'Critics say the Sestak job offer may have violated the part of the U.S. code that says: "Whoever, directly or indirectly, promises any employment, position, compensation ... shall be fined under this title or imprisoned not more than one year, or both."',
      ],
    ],
    speakers: [['Whoever, directly', null]],
  },
  {
    shows:
      'takes no noun after a name for its verb before a colon ("A top Senate Democratic aide, likewise, put …:")',
    paragraphs: [
      [
        'A top Senate Democratic aide, likewise, put the prospects of immense opposition to the pick bluntly in an email to HuffPost: “There couldn’t possibly be worse time to take the unprecedented step of handing the FBI over to a politician.',
        'That absolutely includes Senator Lieberman.”',
      ],
      [
        'House interns hauled signs: “Scalise Strong,” “Capitol Police MVP” and “Unvidvided” in red, white, and blue.',
      ],
    ],
    speakers: [
      ['There couldn’t possibly', null],
      ['Scalise Strong', null],
    ],
  },
  {
    shows:
      'gives a described subject with a name in it as written ("The Georgetown University letter argues")',
    paragraphs: [
      [
        'A group of nearly 90 professors and administrators connected to the Jesuit-founded school in Washington, D.C., has sent Ryan, R-Wis., a letter saying he’s misused Catholic doctrine to support his deficit-reducing, GOP House budget.',
      ],
      [
        'The Georgetown University letter argues, though, that Ryan misappropriated the Catholic teaching as a “rationale for gutting government programs.”',
      ],
    ],
    speakers: [['rationale for gutting', 'Georgetown University letter']],
  },
  {
    shows:
      'takes no name after a quotation that no comma closes for a subject ("a "full anorak" Doctor Who fan")',
    paragraphs: [
      [
        'Capaldi, who described himself as a "full anorak" Doctor Who fan who once wrote a letter aged 15 about Doctor Who to the Radio Times, admitted he was yet to get his head around being named as one of British TV\'s most enduring and best loved characters.',
      ],
      ['"He\'s not me yet," he said.'],
    ],
    speakers: [["He's not me yet", 'Capaldi']],
  },
  {
    shows: 'hands a quotation to the subject past "and said to X, after …,"',
    paragraphs: [
      [
        'Mr. Biden flashed a Cheshire Cat grin and said to Ryan, after waiting a beat to let the moment sink in, “So, now you’re Jack Kennedy?”',
      ],
    ],
    speakers: [['So, now you’re Jack Kennedy?', 'Biden']],
  },
  {
    shows:
      'gives the subject the words it puts on someone ("addressing his opponent as “…” but dismissing his arguments as “…”")',
    paragraphs: [
      [
        'Mr. Biden, clearly delighted to come to President Obama’s rescue, relished his role, addressing his opponent as “my friend” but dismissing his arguments as “malarkey.”',
      ],
    ],
    speakers: [
      ['my friend', 'Biden'],
      ['malarkey', 'Biden'],
    ],
  },
  {
    shows:
      'hands a one-word quotation after a participle of stance to the subject ("decrying the … “dangerous” rhetoric")',
    paragraphs: [
      [
        'Biden made a thinly-veiled attack on Trump on Thursday, decrying the reality TV star’s "dangerous" rhetoric.',
      ],
    ],
    speakers: [['dangerous', 'Biden']],
  },
  {
    shows: 'gives "accused X of “…”" to the subject that opens the sentence',
    paragraphs: [
      [
        'Ryan accused Obama of "projecting weakness" with his foreign policy, particularly in his response to the terror attack on the U.S. Consulate in Benghazi, Libya.',
      ],
      [
        'Sen. Marco Rubio, R-Fla., accused Obama of trying to "undermine Americans\' constitutional right to bear arms" without doing enough to focus on keeping guns out of the hands of criminals and the mentally ill.',
      ],
    ],
    speakers: [
      ['projecting weakness', 'Ryan'],
      ['undermine Americans', 'Marco Rubio'],
    ],
  },
  {
    shows:
      'leaves "accused X of “…”" to a thing that opens the sentence, not to a name in its relative clause',
    paragraphs: [
      [
        'The lawsuit, which was brought by Nebraska’s attorney general, Jon Bruning, and Oklahoma’s attorney general, Scott Pruitt, accused Colorado officials of participating in a “scheme” that cultivates, packages and distributes marijuana.',
      ],
    ],
    speakers: [['scheme', null]],
  },
  {
    shows:
      'gives the words of someone’s remark to whose it is ("Mr. Romney’s … remark … about the “47 percent”")',
    paragraphs: [
      ['Mitt Romney spoke at a fund-raiser in May.'],
      [
        'When Mr. Biden went after Mr. Romney’s infamous remark at a private fund-raiser about the “47 percent,” Mr. Ryan reminded the vice president of his own propensity for gaffes.',
      ],
    ],
    speakers: [['47 percent', 'Mitt Romney']],
  },
  {
    shows:
      'gives "his … comment in which he said “…”" to the person named before "his", not the sentence’s subject',
    paragraphs: [
      [
        'Biden went after the Romney/Ryan ticket with a directness that Obama did not.',
        'Notably, he hammered Mitt Romney over his secretly videotaped comment in which he said he doesn\'t have to worry about the "47 percent" of Americans who don\'t pay federal income taxes.',
      ],
    ],
    speakers: [['47 percent', 'Mitt Romney']],
  },
  {
    shows: 'gives a participle inside a remark’s "in which" clause to the remark’s owner',
    paragraphs: [
      [
        'Biden did another thing Obama did not a week ago.',
        'He raised the issue of Romney’s comments at a fundraiser in May in which he talked disparagingly about people who receive government benefits, claiming that he could “never convince them they should take personal responsibility and care for their lives."',
      ],
    ],
    speakers: [['never convince them', 'Romney']],
  },
  {
    shows:
      'gives "released a statement unequivocally calling X an “…”" to the subject (an adverb before the participle)',
    paragraphs: [
      ['Earlier Sunday, Clinton released a statement unequivocally calling the massacre an “act of terror.”'],
    ],
    speakers: [['act of terror', 'Clinton']],
  },
  {
    shows:
      'gives a phrase someone "was heard shouting" to them, though title-cased (a title is never shouted)',
    paragraphs: [
      [
        'The gunman, Omar Mir Seddique Mateen, was heard shouting “Allahu Akbar” while engaging officers, law enforcement sources told Fox News.',
      ],
    ],
    speakers: [['Allahu Akbar', 'Omar Mir Seddique Mateen']],
  },
  {
    shows: 'still reads a title-cased quotation nobody shouts as a title',
    paragraphs: [['Omar Mateen was a regular at the club, the owner told “Good Morning America” on Monday.']],
    speakers: [['Good Morning America', null]],
  },
  {
    shows: 'gives "He offered “thoughts and prayers”" to the person named in the paragraph before',
    paragraphs: [
      [
        'Florida GOP Gov. Rick Scott declared a state of emergency, which will make additional resources available for local authorities.',
      ],
      [
        'He offered “thoughts and prayers” to all those affected by the attack, particularly the victims and their families, and praised the efforts of the first-responders.',
      ],
    ],
    speakers: [['thoughts and prayers', 'Rick Scott']],
  },
  {
    shows: 'gives "X pleaded with Americans … not to “…”" to X',
    paragraphs: [
      [
        'Mr. Obama pleaded with Americans during his remarks not to “give in to fear or turn against each other,” a somewhat muted reference to Mr. Trump’s previous call for a ban on Muslims entering the United States.',
      ],
    ],
    speakers: [['give in to fear', 'Obama']],
  },
  {
    shows: 'gives "the statement continued" to whoever was last quoted in a statement',
    paragraphs: [
      ['"For that reason alone, he should step down," Trump said in a statement released by his campaign.'],
      [
        '"If we do not get tough and smart real fast, we are not going to have a country anymore.',
        'We can\'t afford to be politically correct anymore," the statement continued.',
      ],
    ],
    speakers: [
      ['If we do not get tough', 'Trump'],
      ["We can't afford", 'Trump'],
    ],
  },
  {
    shows:
      'gives nobody a short quotation the sentence goes on to call "the term"; "used the word “…”" stays the user’s',
    paragraphs: [
      [
        'Obama last year explained that he refuses to describe the self-proclaimed Islamic State and al Qaeda as groups fueled by “radical Islam” because the term grants them a religious legitimacy they don’t deserve.',
      ],
      [
        'Santorum, who has pulled ahead of Mitt Romney in polling for the 2012 Republican presidential primary nod, said Sunday that when he used the word "theology" he was referring to a "world view that elevates the Earth above man."',
      ],
    ],
    speakers: [
      ['radical Islam', null],
      ['theology', 'Santorum'],
    ],
  },
  {
    shows: 'takes "pleaded" only with "with" and "offered" only with words in quotes as its object',
    paragraphs: [
      [
        'On Monday, Trump said he feels “badly” for Flynn, who pleaded guilty on Friday to giving false statements to the FBI about his Russia contacts.',
      ],
      [
        'Cowan said Patrick offered him the job on Tuesday, and he accepted.',
        'He said there would be "no daylight" between him and Kerry on policy.',
      ],
    ],
    speakers: [
      ['badly', 'Trump'],
      ['no daylight', 'Cowan'],
    ],
  },
  {
    shows: 'takes "the congressman" or "the lawmaker" for the person the article titled "Rep."',
    paragraphs: [
      [
        "Rep. Anthony Weiner, in an interview with Fox News, said Wednesday he's certain he did not send a lewd photo of somebody's bulging underwear to a college student via Twitter.",
      ],
      [
        'The congressman, who described the incident as "mischief," continued to allege that he was the victim of a computer hacker.',
      ],
      [
        'Three days after an Internet video surfaced showing North Carolina Rep. Bob Etheridge in a physical confrontation with a young man, the lawmaker said he is "profoundly" sorry for the tussle on a Washington street.',
      ],
    ],
    speakers: [
      ['mischief', 'Anthony Weiner'],
      ['profoundly', 'Bob Etheridge'],
    ],
  },
  {
    shows: 'never takes "the congressman" for a senator',
    paragraphs: [
      ['Sen. Kay Bailey Hutchison, R-Texas, spoke first.'],
      [
        'The congressman, who described the incident as "mischief," continued to allege that he was the victim of a computer hacker.',
      ],
    ],
    speakers: [['mischief', 'congressman']],
  },
  {
    shows: 'takes a demand in quotes as the demander’s words, and the next quotation with it',
    paragraphs: [
      [
        'Three days after an Internet video surfaced showing North Carolina Rep. Bob Etheridge in a physical confrontation with a young man, the lawmaker said he is "profoundly" sorry for the tussle on a Washington street.',
      ],
      [
        '"Who are you!" the seven-term congressman demands.',
        '"Tell me who you are ... I have a right to know who you are."',
      ],
    ],
    speakers: [
      ['Who are you', 'Bob Etheridge'],
      ['Tell me who you are', 'Bob Etheridge'],
    ],
  },
  {
    shows: 'gives the words after "and immediately asks," to the subject of the first verb',
    paragraphs: [
      [
        'Etheridge appears visibly irritated and immediately asks, “who are you?” before knocking the interviewer’s camera to the ground.',
      ],
    ],
    speakers: [['who are you', 'Etheridge']],
  },
  {
    shows: 'gives nobody the words someone refused to say (a word someone used stays theirs, above)',
    paragraphs: [
      [
        'He demanded that Mr. Obama resign because he refused to say the words “radical Islam” in his remarks.',
      ],
    ],
    speakers: [['radical Islam', null]],
  },
  {
    shows:
      'keeps a person the article describes and never names ("the reporter", "Another man") as described',
    paragraphs: [
      [
        'In the video, the North Carolina lawmaker is seen approaching the camera, while the reporter asks, “Hi, Congressman.',
        'How are you?',
        'Do you fully support the Obama agenda?”',
      ],
      ['Another man, not seen on camera, then tells Etheridge, "We\'re just here for a project."'],
      ['When the man asks Etheridge to "please let go of me," the congressman then grabs him by the neck.'],
      ['The cameraman replies, “we’re just here for a project...we’re just students.”'],
    ],
    speakers: [
      ['Hi, Congressman', 'reporter'],
      ["We're just here", 'man'],
      ['please let go of me', 'man'],
      ['we’re just here', 'cameraman'],
    ],
  },
  {
    shows: 'gives a person described by role the name the article gave that role by apposition',
    paragraphs: [
      ['The gunman, Omar Mir Seddique Mateen, was heard shouting “Allahu Akbar” while engaging officers.'],
      ['“I will not stop,” the gunman told the dispatcher.'],
    ],
    speakers: [['I will not stop', 'Omar Mir Seddique Mateen']],
  },
  {
    shows: 'gives the words after a passive "described by X as" to X, and only those words',
    paragraphs: [
      [
        'For the man described by The New York Times Magazine as "the last great Mafioso of the century," his admission was the final act in a 50-year career linking the era of old-time gangsters and the modern-day Mafia of Gotti.',
      ],
      [
        'Representative Darrell Issa of California, the senior Republican on the House Oversight and Government Reform Committee, said the interactions described by the White House “represent an illegal quid pro quo,” even if the position was unpaid.',
      ],
      ['Bettie Page never denounced sexual expression.'],
      ['“God created us naked,” she said by way of explaining her total lack of inhibition in the buff.'],
    ],
    speakers: [
      ['the last great Mafioso', 'New York Times Magazine'],
      ['represent an illegal', 'Darrell Issa'],
      ['God created us naked', 'Bettie Page'],
    ],
  },
  {
    shows: 'gives a boast to the boaster, not to the witness who reports it',
    paragraphs: [
      [
        "After Flynn's death, a witness told police that Simpson bragged to him that his girlfriend's killing will never be solved because it was 'too clean' and 'the perfect murder.'",
      ],
    ],
    speakers: [
      ['too clean', 'Simpson'],
      ['the perfect murder', 'Simpson'],
    ],
  },
  {
    shows: 'never takes an adverb that opens a sentence for a first name ("Purportedly Simpson")',
    paragraphs: [
      ['Christopher Simpson was charged on Friday.'],
      ['Purportedly Simpson became angry and expressed that he did not want to be a father again.'],
      ["A witness told police that Simpson bragged to him that it was 'the perfect murder.'"],
    ],
    speakers: [['the perfect murder', 'Christopher Simpson']],
  },
  {
    shows: 'gives the words after "went so far as to say" and "went on to say" to the subject of "went"',
    paragraphs: [
      [
        'The terror massacre at a packed Orlando nightclub reverberated across the presidential campaign trail Sunday, as the candidates condemned the deadliest shooting in U.S. history -- and Donald Trump ripped President Obama and Hillary Clinton for avoiding the term “radical Islam” in doing so.',
      ],
      [
        'The presumptive Republican presidential nominee went so far as to say Obama should “step down” for not using the term and Clinton should “get out of this race” if she won’t either.',
      ],
      [
        '"I think that the BuzzFeed piece was a disgrace to our country, it was a disgrace to journalism and I think also that the coverage by the mainstream media was disgraceful," he went on to say.',
      ],
    ],
    speakers: [
      ['radical Islam', null],
      ['step down', 'Donald Trump'],
      ['get out of this race', 'Donald Trump'],
      ['I think that the BuzzFeed', 'Donald Trump'],
    ],
  },
  {
    shows: 'takes no name after ", and" in a witness’s report for a later "he"',
    paragraphs: [
      [
        'Elijah Coleman, 21, told jurors in Albany County Court he and two acquaintances went to West Hill on May 29 to “put in some work” and “start trouble.”',
      ],
      [
        'They rode bikes to First and Judson streets, he testified, and Timmons, now 16, was armed with a .45-caliber handgun he had picked up under a trash can at the Ida Yarbrough apartments in Albany.',
      ],
      ['After a face-off with some rivals who “wanted to fight,” he testified, Timmons pulled the trigger.'],
    ],
    speakers: [['wanted to fight', 'Elijah Coleman']],
  },
  {
    shows: 'takes a name after a party word and a role as the subject, never the party word',
    paragraphs: [
      [
        'The Democratic congresswoman spoke next.',
        '“I will never stop believing in our country & its future,” she wrote.',
      ],
      [
        'Republican presidential nominee Mitt Romney has repeatedly targeted the Obama administration for not taking a firm enough stance against Iran, claiming on many occasions that the president has “thrown Israel under a bus.”',
      ],
    ],
    speakers: [
      ['thrown Israel', 'Mitt Romney'],
      ['I will never stop', null],
    ],
  },
  {
    shows:
      'gives a verb coordinated in a subordinate clause to that clause’s subject, and a participle to a described subject',
    paragraphs: [
      [
        'Etheridge, a Democrat, is seen in an amateur video grabbing the wrist and neck of an unidentified young man after the man approached the congressman and asked if he supported the "Obama agenda."',
      ],
      [
        'A young man, dressed in a jacket and tie, approached the congressman on a sidewalk, saying: “Hi, Congressman.',
        'How are you?',
        'Do you fully support the Obama agenda?”',
      ],
      [
        'After reporter Michael Scotto finished his report, Grimm stormed back, leaned into him and said, "Let me be clear to you. If you ever do that to me again, I\'ll throw you off this (expletive) balcony."',
      ],
    ],
    speakers: [
      ['Obama agenda', 'man'],
      ['Hi, Congressman', 'young man'],
      ['Let me be clear', 'Grimm'],
    ],
  },
  {
    shows:
      'gives the quotation that opens a paragraph to the speaker the paragraph before introduced with a colon',
    paragraphs: [
      [
        'Over at Big Government, a post accompanying the video provides the following commentary on the encounter:',
      ],
      ['“Expect more of this. A hard, progressive left captured the Democrat majority in Congress.'],
      [
        'Mediaite, in a response to the Big Government post, writes about the problems with anonymous inflammatory assault interviews, and argues that it might be this new brand of “journalism” that has Etheridge on edge:',
      ],
      ['“Now, Etheridge’s actions are only partially defensible.'],
    ],
    speakers: [
      ['Expect more of this', null],
      ['Now, Etheridge', 'Mediaite'],
    ],
  },
  {
    shows: 'never takes a participle that opens a sentence for the person "she" stands for',
    paragraphs: [
      [
        'Bettie Page, the 1950s pin-up queen and pop culture icon who died on Thursday, will be remembered for her indomitable influence on style.',
      ],
      [
        'Looking back on the career that followed, she told Playboy in 1998: “I never thought it was shameful.”',
      ],
    ],
    speakers: [['I never thought', 'Bettie Page']],
  },
  {
    shows:
      'gives nobody a short quotation marked as a term by "so-called" or "brand of", but keeps a longer one',
    paragraphs: [
      [
        'Mediaite, in a response to the Big Government post, writes about the problems with anonymous inflammatory assault interviews, and argues that it might be this new brand of “journalism” that has Etheridge on edge:',
      ],
      [
        'On Feb. 27, the Obama administration announced its intention to reverse the so-called “medical conscience” rule, following a 30-day comment period.',
      ],
      ['Mr. Trump called it a kind of “disgrace to our country and to journalism,” he said.'],
    ],
    speakers: [
      ['journalism', null],
      ['medical conscience', null],
      ['disgrace to our country', 'Trump'],
    ],
  },
  {
    shows:
      'gives the words of "went on to defend … as", "tried to explain that" to the subject, never those of "refused to say"',
    paragraphs: [
      [
        'President Barack Obama on Friday defended the programs.',
        'Obama went on to defend those who operated the programs as "professionals."',
      ],
      [
        "Republicans are challenging a host of statements made by Secretary of State Hillary Clinton during Wednesday's heated Libya testimony.",
      ],
      [
        'Still, then-Deputy Assistant Secretary for Diplomatic Security Charlene Lamb testified in October that the size of the attack -- and not the money -- was the issue.',
      ],
      ['The secretary tried to explain that "1.43 million cables" come through the department every year.'],
    ],
    speakers: [
      ['professionals', 'Barack Obama'],
      ['1.43 million cables', 'Hillary Clinton'],
    ],
  },
  {
    shows:
      'gives the words after a participle to a described subject after an opening phrase, never to a place that is filled',
    paragraphs: [
      [
        'Several hours earlier, a senior administration official also pushed back, saying the Guardian article and Washington Post article about the Internet mining refers to collection under a law that "does not allow the targeting of any U.S. citizen or of any person located within the United States.”',
      ],
      [
        'WASHINGTON — The Obama administration tried Saturday to marshal new evidence in defense of its collection of private Internet and telephone data, arguing that a secret program called Prism is simply an “internal government computer system” designed to sort through court-supervised collection of data.',
      ],
      [
        'The National Mall was filled with supporters, many wearing “Make America Great Again” hats and chanting “Trump! Trump!”',
      ],
    ],
    speakers: [
      ['does not allow the targeting', 'senior administration official'],
      ['internal government computer system', 'Obama administration'],
      ['Trump!', null],
    ],
  },
  {
    shows:
      'lets the one asked a question answer it ("asked Trump, “…?” His response:"), never the one asked for something',
    paragraphs: [
      [
        '"Today" show host Meredith Vieira asked Trump, "You\'ve been privy to all of this to know this?"',
        'His response: "Well, I have people that actually have been studying it and they cannot believe what they\'re talking."',
      ],
      [
        "The remarks from the potential presidential candidate prompted Vieira to ask Trump if he had people on the ground in Hawaii searching for proof of the president's citizenship.",
        'He signaled he did, saying, "And they cannot believe what they\'re finding.',
        'And I\'m serious."',
      ],
      [
        "Efton A. Stanfield, a former FBI special agent who was then an executive of the electrical contractors' association, asked Nixon in a telegram to turn to the career professional to replace Gray.",
      ],
      ['“Mr. Felt is a man of outstanding loyalty, character, reputation, habits,” he said.'],
    ],
    speakers: [
      ["You've been privy", 'Meredith Vieira'],
      ['Well, I have people', 'Trump'],
      ['And they cannot believe', 'Trump'],
      ['Mr. Felt is a man', 'Efton A. Stanfield'],
    ],
  },
  {
    shows: 'gives the words of "his comment that …" to whose comment it is',
    paragraphs: [
      [
        'Updated: Rick Santorum on Sunday tried to clarify his comment that President Obama subscribed to a “phony theology,” saying he was referring not to the president’s faith but to his view of man’s relationship to the world.',
      ],
    ],
    speakers: [['phony theology', 'Rick Santorum']],
  },
  {
    shows: 'never lets "he" stand for an organisation named as a subject ("the White House asked")',
    paragraphs: [
      [
        '“That could be further evidence of an attempt to interfere with the investigation,” Schiff said of Trump’s reported request to Coats and Rogers.',
        'He also referred to past reports that the White House asked allies on Capitol Hill to refute negative press stories about Trump associates’ ties to Russia.',
        '“If all of this is part of a pattern by the White House of interference or worse, that’s something that we have to find out about and it’s something we have to stop,” he said.',
      ],
    ],
    speakers: [['If all of this is part', 'Schiff']],
  },
  {
    shows:
      'reads any verb of saying right after a quotation as inverted ("“…?” asked Senator Roger Wicker"), but not a pronoun after it',
    paragraphs: [
      [
        '“What’s the half-life?” asked Senator Roger Wicker, Republican of Mississippi, appraising how long the comity might last.',
      ],
      [
        '“Maybe with a little more time, the teams would be mixed,” suggested Representative Ted Deutch, Democrat of Florida.',
      ],
      [
        'The GOP front-runner, who has made many outrageous comments about Latinos including calling Mexican immigrants "criminals" and "rapists," insists he\'ll coerce Mexico into paying for a wall to keep undocumented migrants out of the U.S. if he\'s elected.',
      ],
    ],
    speakers: [
      ['What’s the half-life', 'Roger Wicker'],
      ['Maybe with a little more time', 'Ted Deutch'],
      ['criminals', null],
    ],
  },
  {
    shows:
      'gives nobody a crowd’s chant or the name of a thing "called “…”", but keeps what someone called a thing',
    paragraphs: [
      ['Chants of “We love you, Pelosi!” rang out briefly, until the minority leader acknowledged them.'],
      [
        'Shields tweeted a link to a YouTube video called "Behind the scenes with Kathy Griffin" but the video has since been removed.',
      ],
      [
        'WASHINGTON — Michael Steele, chairman of the Republican National Committee, drew fierce criticism on Friday after declaring that the United States was on the wrong side of history with its conflict in Afghanistan, a military fight he called “a war of Obama’s choosing.”',
      ],
    ],
    speakers: [
      ['We love you, Pelosi', null],
      ['Behind the scenes', null],
      ['a war of Obama', 'Michael Steele'],
    ],
  },
  {
    shows: 'hands the words after "tweeting:", "telling", "urging" to the subject',
    paragraphs: [
      [
        'Schumer, near the time of his announcement Monday, pledged his continued support for DREAMers, tweeting: “Soon, the govt will reopen, and we have a lot to do: #ProtectDreamers.',
      ],
      [
        'House Majority Leader Steny Hoyer shared a similar sentiment, urging Trump and Sen. Mitch McConnell to "stop holding government hostage and end the shutdown" immediately.',
      ],
      [
        "In 2005, Gomes was convicted of beating Mendes, holding a knife to her throat, and telling her, “you're never going to leave me,” according to court records.",
      ],
    ],
    speakers: [
      ['Soon, the govt', 'Schumer'],
      ['stop holding government hostage', 'Steny Hoyer'],
      ["you're never going to leave me", 'Gomes'],
    ],
  },
  {
    shows: 'reads an organisation named for its cause whole ("said Democracy for America")',
    paragraphs: [
      [
        '“Today’s cave by most Senate Democrats was … a stunning display of moral and political cowardice," said Democracy for America, just one of several such groups bashing Schumer for the stand-down on Monday.',
      ],
    ],
    speakers: [['Today’s cave', 'Democracy for America']],
  },
  {
    shows: 'leaves a title’s department out of the name ("Secretary of the Interior Ryan Zinke")',
    paragraphs: [
      [
        'Secretary of the Interior Ryan Zinke echoed Trump\'s comment in his own tweet, saying that he and the president had spoken and "both believe that conservation & healthy herds are critical."',
      ],
      [
        'Director of National Intelligence James Clapper spoke on Thursday.',
        'He called the disclosure of the program "reprehensible."',
      ],
    ],
    speakers: [
      ['both believe', 'Ryan Zinke'],
      ['reprehensible', 'James Clapper'],
    ],
  },
  {
    shows: 'lets "they" stand for two people through a paragraph that only quoted them',
    paragraphs: [
      [
        'On Friday, Mr. Udall and Mr. Wyden released a joint statement repeating that they had “long been concerned about the degree to which this collection has relied on ‘secret law.’”',
      ],
      [
        '“Senior administration officials have stated on multiple occasions that the Patriot Act’s ‘business records’ authority is ‘analogous to a grand jury subpoena,’” they said.',
      ],
      [
        '“Now that the fact of bulk collection has been declassified, we believe that more information about the scale of the collection should be declassified as well,” they said.',
      ],
    ],
    speakers: [
      ['Senior administration officials', 'Udall and Wyden'],
      ['Now that the fact', 'Udall and Wyden'],
    ],
  },
  {
    shows:
      'takes "the group" for the association last named, and "The group’s first ad called" as the group’s words',
    paragraphs: [
      [
        'The National Rifle Association also plans to launch a major ad campaign.',
        'The group\'s first ad called Obama an "elitist hypocrite" for his daughters\' security detail.',
      ],
      [
        "A “suspicious” fire devastated the church attended by Alaska Gov. and former vice presidential candidate Sarah Palin on Friday night in her hometown of Wasilla, the church's minister said.",
      ],
    ],
    speakers: [
      ['elitist hypocrite', 'National Rifle Association'],
      ['suspicious', "church's minister"],
    ],
  },
  {
    shows:
      'gives "Mrs. Clinton" the Clinton whose given name is a woman’s, though the article named Bill Clinton last (b057-nyt)',
    paragraphs: [
      [
        'DES MOINES – Hillary Rodham Clinton on Sunday urged President Obama to listen to congressional Democrats – particular the House minority leader, Nancy Pelosi – and make changes to the Trans-Pacific Partnership trade deal that reflect their concerns about protecting American jobs and wages.',
      ],
      [
        'She is facing many Democratic primary voters who have deep misgivings about trade agreements, including the North American Free Trade Agreement, or Nafta, that President Bill Clinton signed, and she faces rivals for the 2016 nomination like Senator Bernie Sanders of Vermont who flatly oppose the Trans-Pacific Partnership.',
      ],
      [
        '“No president would be a tougher negotiator on behalf of American workers with either our trading partners or Republicans on Capitol Hill than I would be,” Mrs. Clinton said.',
      ],
    ],
    speakers: [['No president would be', 'Hillary Rodham Clinton']],
  },
  {
    shows: 'gives "she" after a bare family surname the woman of the family, "he" the man',
    paragraphs: [
      [
        'DES MOINES – Hillary Rodham Clinton on Sunday urged President Obama to listen to congressional Democrats.',
        'She is facing many Democratic primary voters who have deep misgivings about trade agreements, including the North American Free Trade Agreement, or Nafta, that President Bill Clinton signed.',
      ],
      [
        'Clinton spoke in Des Moines.',
        '“I am willing to try now to see whether you can push to get rid of the objectionable parts,” she said.',
      ],
      ['Clinton signed it in 1993.', '“It was the right deal for its time,” he said.'],
    ],
    speakers: [
      ['I am willing to try', 'Hillary Rodham Clinton'],
      ['It was the right deal', 'Bill Clinton'],
    ],
  },
  {
    shows:
      'gives a bare surname the family member named in full most often, not the one named last (b086-hpo); the one person of a surname stays hers',
    paragraphs: [
      [
        'Rep. Duncan Hunter (R-Calif.) and his wife, Margaret Hunter, were indicted Tuesday on charges of improperly using campaign funds for private use.',
      ],
      [
        '“The goal of the conspiracy was for Duncan Hunter and Margaret Hunter to enrich themselves, and others at their direction, by converting campaign funds for their own personal benefit and enjoyment,” the 47-page indictment says.',
      ],
      ['“Nah, I know the rules,” Hunter said.'],
      ['Nancy Pelosi spoke later.', '“We know how to win elections,” Ms. Pelosi said.'],
    ],
    speakers: [
      ['Nah, I know the rules', 'Duncan Hunter'],
      ['We know how to win', 'Nancy Pelosi'],
    ],
  },
  {
    shows:
      'keeps a party’s member nobody names as described, with the relative clause that says which (b069-hpo); "said a Republican" alone too',
    paragraphs: [
      [
        '“There’s a whole lot of anger,” said one Democrat who opposed her, who requested anonymity in order to speak freely.',
        '“I’m astounded that this caucus refuses to acknowledge reality and change.”',
      ],
      ['“We lost the middle of the country,” said a Republican.'],
    ],
    speakers: [
      ['There’s a whole lot', 'one Democrat who opposed her'],
      ['I’m astounded', 'one Democrat who opposed her'],
      ['We lost the middle', 'a Republican'],
    ],
  },
  {
    shows:
      'gives a politician taken up by state and party ("The California Democrat spoke …, saying") the person the article named most (b069-hpo)',
    paragraphs: [
      [
        'WASHINGTON ― House Minority Leader Nancy Pelosi (D-Calif.) was re-elected to her leadership post Wednesday morning.',
      ],
      [
        'Pelosi defeated her lone challenger, Rep. Tim Ryan (Ohio), by a vote of 134 to 63.',
        'It’s a decisive win, and it (barely) clears the two-thirds majority support that Pelosi predicted she had.',
      ],
      [
        'She’s also the only woman in top House and Senate leadership.',
        'If Ryan had replaced her, it would have become all white men.',
      ],
      [
        'The California Democrat spoke briefly to reporters after the vote, saying she feels “exhilarated” at being re-elected.',
      ],
    ],
    speakers: [['exhilarated', 'Nancy Pelosi']],
  },
  {
    shows: 'keeps a department named after a title whole ("the Justice Department", b086-nyt)',
    paragraphs: [
      [
        'Beyond the family vacations and private school tuition, the indictment said expenses included dental work, theater tickets, and domestic and international travel for almost a dozen relatives, as well as “tens of thousands of dollars on smaller purchases, including fast food, movie tickets, golf outings, video games, coffee, groceries, home utilities and expensive meals,” according to a statement released by the Justice Department.',
      ],
    ],
    speakers: [['tens of thousands', 'Justice Department']],
  },
  {
    shows: 'gives the quotations after "He made clear that …" to him, however short (b014-nyt)',
    paragraphs: [
      ['“You have to look at all the tradeoffs,” Mr. Rother said.'],
      [
        'He made clear that the group’s willingness to discuss cuts comes with conditions: Reductions in benefits should be “minimal,” they should not affect current recipients and instead should be directed “far off in the future,” and they should be offset by increases in tax-generated revenue.',
      ],
    ],
    speakers: [
      ['minimal', 'Rother'],
      ['far off in the future', 'Rother'],
    ],
  },
  {
    shows:
      'gives words reported as someone’s warnings ("warnings from the Obama administration that … was “…”") to them (b068-fox)',
    paragraphs: [
      [
        'Despite last-ditch warnings from the Obama administration that the legislation could hurt national security and was “badly misguided,” lawmakers dismissed the concerns.',
      ],
    ],
    speakers: [['badly misguided', 'Obama administration']],
  },
  {
    shows:
      'gives words in the first person with no speaker to the person who opens the sentence (b069-fox, t26-01-ecbplus)',
    paragraphs: [
      [
        'Pelosi said afterward that she was “exhilarated” by the strong support and reminded reporters that she had accurately predicted winning two-thirds of the vote.',
      ],
      [
        'She has winning brought “a special spring in my step” because it gives her the opportunity to “differentiate between us and the administration coming in January."',
      ],
      [
        'His lawyer, Benjamin Brafman, offered the explanation that "I think you get to a point in life - I think everyone does-where you become too old and too sick and too tired to fight."',
      ],
    ],
    speakers: [
      ['a special spring', 'Pelosi'],
      ['differentiate between us', 'Pelosi'],
      ['I think you get', 'Benjamin Brafman'],
    ],
  },
  {
    shows:
      'leaves words in the first person with no speaker to nobody when the subject is no person (t43-01-ecb) or the words are in the third person',
    paragraphs: [
      [
        'ATI is “basically throwing in the towel, leaving us as the only stand-alone (graphics chip) company in the world.”',
      ],
      [
        'Nancy Pelosi met the caucus on Wednesday.',
        'She has winning brought “a special spring in the step of the caucus” this week.',
      ],
    ],
    speakers: [
      ['basically throwing', null],
      ['a special spring in the step', null],
    ],
  },
  {
    shows:
      'gives "the official" the fuller description the article gave last ("one union official", b014-hpo; "A Microsoft spokesperson said that …", b037-fox)',
    paragraphs: [
      [
        '"The AARP has a history of division between the top folks and their base on these issues. The top folks like to be in the inside game," one union official said.',
        '"But they are walking backwards now."',
      ],
      [
        'The official said that he and other opponents of benefit cuts had been told that AARP\'s "longstanding position" hadn\'t changed, but there was some uncertainty about what that position actually is.',
      ],
      [
        'A Microsoft spokesperson said that the company only provides customer data after receiving a legally binding order or subpoena.',
      ],
      [
        '"In addition we only ever comply with orders for requests about specific accounts or identifiers," the spokesperson said.',
      ],
    ],
    speakers: [
      ['longstanding position', 'union official'],
      ['In addition we only', 'Microsoft spokesperson'],
    ],
  },
  {
    shows:
      'gives "a spokesperson for X" as X’s spokesperson (b037-fox, b078-hpo), and a role nobody described more fully as the role (negative)',
    paragraphs: [
      ['A spokesperson for Google says the company "cares deeply" about the security of users\' data.'],
      [
        'As HuffPost reported Wednesday, the administration optedto lift the 2014 ban after determining that sport hunting of elephants in those African countries would “enhance the survival of the species in the wild,” a spokesperson for the U.S. Fish and Wildlife Service said.',
      ],
      [
        '“The longer we wait,” the aide said, “the more difficult it will be to protect current beneficiaries.”',
      ],
    ],
    speakers: [
      ['cares deeply', 'Google spokesperson'],
      ['enhance the survival', 'U.S. Fish and Wildlife Service spokesperson'],
      ['The longer we wait', 'aide'],
    ],
  },
  {
    shows:
      'takes the name after a title and its department ("said Secretary of the Interior Dirk Kempthorne", t09-01-ecb), never the title alone',
    paragraphs: [
      [
        '“The rule strengthens the regulations so the government can focus on protecting endangered species as it strives to rebuild the American economy,” said Secretary of the Interior Dirk Kempthorne.',
      ],
    ],
    speakers: [['The rule strengthens', 'Dirk Kempthorne']],
  },
  {
    shows:
      'takes the name after a capitalised word and a role ("Talk-show host Ellen DeGeneres", b078-hpo; "Beat writer Larry Holder", t25-15-ecb) as the subject, not the word',
    paragraphs: [
      [
        'Talk-show host Ellen DeGeneres launched a campaign called #BeKindToElephants.',
        'By lifting the ban, she said, Trump was “encouraging Americans to kill elephants.”',
      ],
      ['Beat writer Larry Holder puts this in a one liner, saying Bush “could sit out the final two games.”'],
    ],
    speakers: [
      ['encouraging Americans', 'Ellen DeGeneres'],
      ['could sit out', 'Larry Holder'],
    ],
  },
  {
    shows:
      'keeps a verb between two names a verb: the first name stays the subject (negative; constructed on t33-04-ecb’s names)',
    paragraphs: [
      [
        'Peter Lynch told Shondell McAllister the hearing would resume.',
        '“We will be back on Monday,” he said.',
      ],
    ],
    speakers: [['We will be back', 'Peter Lynch']],
  },
  {
    shows:
      'gives words two people named together as the subject say to both, each in full (b063-hpo; t02-03-ecbplus)',
    paragraphs: [
      ['Barack Obama spoke at the White House.'],
      [
        'In their remarks on Sunday, both Obama and Clinton referred to the shooting as an “act of terror" and an "act of hate."',
      ],
      [
        '“We are thrilled to have Ellen DeGeneres host the Oscars,” Craig Zadan and Neil Meron said in a statement.',
      ],
    ],
    speakers: [
      ['act of terror', 'Barack Obama and Clinton'],
      ['We are thrilled', 'Craig Zadan and Neil Meron'],
    ],
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
