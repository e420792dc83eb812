import { describe, expect, it } from 'vitest';
import { findNamedPhrases, userArticle } from '@/lib/user-sources';

function phrases(text: string): Record<string, { labels: string[]; titled: boolean }> {
  const article = userArticle({
    id: 'yours-1',
    outlet: 'Outlet',
    title: null,
    author: null,
    published: null,
    url: null,
    text,
  });
  return Object.fromEntries(
    [...findNamedPhrases(article)].map(([key, count]) => [
      key,
      { labels: Object.keys(count.labels), titled: (count.votes.person ?? 0) > 0 },
    ]),
  );
}

// The light path shares the lexicon's titles, joiners and never-names with the
// catalogue's build; each case below changed when the two lists became one.
describe('findNamedPhrases with the shared lexicon', () => {
  it('drops a sentence adverb that opens a run ("Despite", "Meanwhile"), as the catalogue does', () => {
    const found = phrases('Despite Moscow’s objections the talks went on. Meanwhile Kyiv waited.');
    expect(Object.keys(found)).toEqual(expect.arrayContaining(['moscow', 'kyiv']));
    expect(Object.keys(found)).not.toContain('despite-moscow');
    expect(Object.keys(found)).not.toContain('meanwhile-kyiv');
  });

  it('keeps two names joined by "and" apart', () => {
    const found = phrases('The talks between Russia and Ukraine stalled.');
    expect(Object.keys(found)).toEqual(['russia', 'ukraine']);
  });

  it('keeps lower-case particles inside a name', () => {
    const found = phrases(
      'The talks with Ursula von der Leyen stalled. The storm crossed the Gulf of Mexico.',
    );
    expect(Object.keys(found)).toEqual(['ursula-von-der-leyen', 'gulf-of-mexico']);
  });

  it('cuts a title with its modifier off a name, but not a modifier that opens an institution', () => {
    const found = phrases(
      'The deal pleased Prime Minister Keir Starmer. The pact angered the Foreign Ministry.',
    );
    expect(found['keir-starmer']).toEqual({ labels: ['Keir Starmer'], titled: true });
    expect(Object.keys(found)).toContain('foreign-ministry');
  });

  it('never takes a weekday, a month or a caption word for a name', () => {
    const found = phrases('The vote on Monday in August was close. The board met, Photo Reuters said.');
    expect(Object.keys(found)).not.toEqual(expect.arrayContaining(['monday']));
    expect(Object.keys(found)).not.toContain('august');
    expect(Object.keys(found)).toContain('reuters');
    expect(Object.keys(found)).not.toContain('photo-reuters');
  });
});
