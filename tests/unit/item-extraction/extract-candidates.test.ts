import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/lib/corpus';
import { extractCandidates } from '@/lib/item-extraction/extract-candidates';

function names(sentence: string): { key: string; aliases: string[] }[] {
  return extractCandidates([parseArticle('a', `Title\n\n${sentence}`)])
    .filter((candidate) => candidate.kind === 'name')
    .map((candidate) => ({
      key: candidate.key,
      aliases: [...candidate.forms.keys(), ...candidate.titledForms],
    }));
}

describe('names as a reader writes them', () => {
  it.each([
    // [sentence, the name's key, a form kept as an alias]
    ['His lawyer, Gregory A. Vega, sent a letter.', 'gregory vega', 'Gregory A. Vega'],
    ['Donald J. Trump has dropped plans to moderate a debate.', 'donald trump', 'Donald J. Trump'],
    [
      'James R. Clapper Jr., the director of national intelligence, conceded.',
      'james clapper',
      'James R. Clapper',
    ],
    ['He runs against Democrat Ammar Campa-Najjar in November.', 'ammar campa-najjar', 'Ammar Campa-Najjar'],
    ['Campa-Najjar said in a statement that he was ready.', 'campa-najjar', 'Campa-Najjar'],
    ['Colorado voters approved Amendment 64 in 2012.', 'amendment 64', 'Amendment 64'],
    ['House Speaker Paul Ryan said he would remove him.', 'paul ryan', 'Paul Ryan'],
    ['Martin Luther King Jr. spoke of a dream.', 'martin luther king', 'Martin Luther King'],
    ['UPDATE: AARP CEO A. Barry Rand said in a statement that it was so.', 'barry rand', 'Barry Rand'],
    ['Director of National Intelligence James Clapper issued a statement.', 'james clapper', 'James Clapper'],
  ])('in "%s" finds %s', (sentence, key, alias) => {
    const found = names(sentence).find((name) => name.key === key);
    expect(found?.aliases).toContain(alias);
  });

  it.each([
    // [sentence, a fragment that must not be a name]
    ['Donald J. Trump has dropped plans.', 'donald j'],
    ['James R. Clapper Jr. spoke.', 'jr'],
    ['Obama 2012 was a campaign slogan.', 'obama 2012'],
    ['The Republican National Committee met in December 27 times.', 'republican national committee 27'],
    ['He met Democrat Ammar Campa-Najjar.', 'democrat ammar campa-najjar'],
    // A contraction is a pronoun and a verb, wherever a quotation opens it.
    ['Durbin, a Democratic senator, could help: “I’m sure he has great influence on him.”', 'i’m'],
    ["He said. We've spoken about it and all I could do was listen.", "we've"],
    // A party-and-state tag set off after a legislator's name.
    ['It was issued by House Speaker John Boehner (R-Ohio), who did not seek approval.', 'r-ohio'],
    ['"Nothing is worse than that," Graham, R-S.C., said Tuesday night on Fox News.', 'r-s.c'],
    // A lone capital opening a sentence that the tagger reads, in lower case, as an adjective.
    ['Top administration officials have hinted more openly of their displeasure.', 'top'],
    // A given name alone where the article names the person in full.
    [
      '"In the House of Representatives, what have you guys been doing, John?" Obama continued, calling out Speaker of the House John Boehner (R-Ohio).',
      'john',
    ],
  ])('in "%s" does not find %s', (sentence, fragment) => {
    expect(names(sentence).map((name) => name.key)).not.toContain(fragment);
  });

  it.each([
    // [sentence, a name that must stay]
    ['Lindsey Graham spoke first. Graham said the speech would go ahead.', 'graham'],
    ['Charlie Rose asked him. Rose said the interview was over.', 'rose'],
    ['New York sued the state.', 'new york'],
    // A name's possessive the tagger also reads as "is": the name stays.
    ['With ABC’s Martha Raddatz asking questions, the debate went on.', 'ABC'],
  ])('in "%s" keeps %s', (sentence, key) => {
    expect(names(sentence).map((name) => name.key)).toContain(key);
  });

  it('keeps "Republican" in an institution whose name it opens', () => {
    expect(names('The Republican National Committee met.').map((name) => name.key)).toContain(
      'republican national committee',
    );
  });
});

describe('titles after a place', () => {
  it('does not take "Virginia Sen." for a name', () => {
    expect(names('Virginia Sen. Jim Webb said he would run.').map((name) => name.key)).not.toContain(
      'virginia sen',
    );
  });
});

describe('institutions and offices', () => {
  it.each([
    // [sentence, the name's key]
    ['He ordered the Centers for Disease Control to research gun violence.', 'centers for disease control'],
    ['Speaker of the House Newt Gingrich said the vote would wait.', 'newt gingrich'],
    [
      'The Office of the Director of National Intelligence issued a statement.',
      'office of the director of national intelligence',
    ],
    ['Director of National Intelligence James Clapper issued a statement.', 'james clapper'],
    ['Speaker of the House Paul D. Ryan of Wisconsin said the vote would wait.', 'paul ryan'],
    // "King" is a title and a surname: only an office that opens its run takes a complement.
    ['Sen. Angus King of Maine said the vote would wait.', 'angus king'],
    // BASIL b078: "and" and "&" inside an institution's name, before its head noun.
    [
      'A spokesperson for the U.S. Fish and Wildlife Service said the hunting would help.',
      'u.s. fish and wildlife service',
    ],
    ['The Fish & Wildlife Service issued a written notice.', 'fish & wildlife service'],
    // A title's qualifier before an institution's head names the institution.
    [
      'Royce, chairman of the House Foreign Affairs Committee, questioned the action.',
      'house foreign affairs committee',
    ],
  ])('in "%s" finds %s', (sentence, key) => {
    expect(names(sentence).map((name) => name.key)).toContain(key);
  });

  it.each([
    // [sentence, a fragment that must not be a name]
    ['He ordered the Centers for Disease Control to research gun violence.', 'disease control'],
    ['A correspondent for Fox News the FBI had briefed confirmed it.', 'fox news the fbi'],
    ['Speaker of the House Newt Gingrich said the vote would wait.', 'house newt gingrich'],
    ['The Office of the Director of National Intelligence issued a statement.', 'national intelligence'],
    ['Speaker of the House Paul D. Ryan of Wisconsin said the vote would wait.', 'paul ryan of wisconsin'],
    ['A spokesperson for the U.S. Fish and Wildlife Service said the hunting would help.', 'u.s. fish'],
    ['Royce, chairman of the House Foreign Affairs Committee, questioned the action.', 'affairs committee'],
    // "and" between two names stays a break: a person, a place.
    ['Pelosi and House Democrats met the Ethics Committee.', 'pelosi and house democrats'],
    ['Russia and Ukraine agreed to a Security Council meeting.', 'russia and ukraine'],
    // BASIL: a party's members, and a name opened by "The", stay apart.
    ['Republicans and Tea Party activists rallied.', 'republicans and tea party'],
    ['It was reported by the Guardian and The Washington Post.', 'guardian and the washington post'],
  ])('in "%s" does not find %s', (sentence, fragment) => {
    expect(names(sentence).map((name) => name.key)).not.toContain(fragment);
  });
});

describe('kinds from the words themselves', () => {
  const kindOf = (sentence: string, key: string): string | undefined => {
    const candidate = extractCandidates([parseArticle('a', `Title\n\n${sentence}`)]).find(
      (c) => c.kind === 'name' && c.key === key,
    );
    return [...(candidate?.kindVotes ?? [])].sort((a, b) => b[1] - a[1])[0]?.[0];
  };

  it.each([
    // [sentence, name key, kind]
    ['Republicans in Congress voted against the bill.', 'republicans', 'organisation'],
    ['Alabama Democrats met in Montgomery.', 'alabama democrats', 'organisation'],
    ['Former Speaker Newt Gingrich said the vote would wait.', 'newt gingrich', 'person'],
    // A title inside an institution's name leaves one word no tag makes a person's.
    ['The Associated General Contractors said so.', 'contractors', undefined],
  ])('in "%s" reads %s as a %s', (sentence, key, kind) => {
    expect(kindOf(sentence, key)).toBe(kind);
  });
});

describe('topics as a reader writes them', () => {
  const topics = (text: string): { key: string; forms: string[] }[] =>
    extractCandidates([parseArticle('a', `Title\n\n${text}`)])
      .filter((candidate) => candidate.kind === 'topic')
      .map((candidate) => ({ key: candidate.key, forms: [...candidate.forms.keys()] }));

  it.each([
    // [text, a topic form it finds]
    ['Only the ban on high-capacity magazines could have had an impact.', 'high-capacity magazines'],
    ['Critics called for reinstating the assault weapons ban; the ban lapsed.', 'assault weapons ban'],
    ['He backed a tougher assault-weapons ban, and the ban passed.', 'assault-weapons ban'],
    ['He is concerned about the results of the Nevada caucus, in which Trump won.', 'Nevada caucus'],
    ['Trump did well with Hispanic voters in the Nevada caucuses on Tuesday.', 'Nevada caucuses'],
    // A compound's tail is left out, its head noun stays.
    [
      'The shutdown stalemate is creating increasing nervousness on Capitol Hill, especially among Republicans seeking re-election in Democratic-leaning states.',
      'states',
    ],
  ])('in "%s" finds %s', (text, form) => {
    expect(topics(text).flatMap((topic) => topic.forms)).toContain(form);
  });

  it.each([
    // [text, a fragment that must not be a topic]
    ['Only the ban on high-capacity magazines could have had an impact.', 'capacity magazines'],
    // "ban" is never a noun in this article, so the tagger's verb stands.
    ['They say the states ban guns; lawmakers ban assault weapons.', 'assault weapons ban'],
    // A nationality describes; a place alone is a name.
    ['Russian forces struck Ukrainian cities overnight.', 'Russian forces'],
    ['The governor of Nevada spoke.', 'Nevada'],
    // A plural of a number word stands for a noun said before, or counts.
    [
      'Some in the party believe they are losing voters, particularly younger ones, over an issue on which public opinion has changed rapidly.',
      'ones',
    ],
    // The tail of a compound opened by a name or a number is a fragment (issue 22's junk).
    [
      'The shutdown stalemate is creating increasing nervousness on Capitol Hill, especially among Republicans seeking re-election in Democratic-leaning states.',
      'leaning states',
    ],
    [
      "And on Monday, the executives of nine Indiana-based companies, including Angie's List and Anthem, sent a letter to Pence outlining their concerns.",
      'based companies',
    ],
    [
      'The 225-page report also called for states to require schools to conduct a safety assessment.',
      'page report',
    ],
  ])('in "%s" does not find %s', (text, fragment) => {
    expect(topics(text).flatMap((topic) => topic.forms)).not.toContain(fragment);
  });

  it('keys "assault-weapons ban" and "assault weapons ban" as one topic', () => {
    const found = topics(
      'A tougher assault-weapons ban, they said, and the ban lapsed. He restored the assault weapons ban.',
    );
    const topic = found.find((candidate) => candidate.forms.includes('assault weapons ban'));
    expect(topic?.forms).toContain('assault-weapons ban');
  });
});
