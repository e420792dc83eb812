import { describe, expect, it } from 'vitest';
import { identifyPage, shingleHashes, textSketch } from '@/lib/corpus';
import { readCorpusDir } from '@/lib/node';
import { SEEDS_DIR } from '../../helpers/fixtures';

const articles = readCorpusDir(SEEDS_DIR);
const sources = articles.map((article) => ({
  id: article.meta.id,
  url: article.meta.url,
  sketch: textSketch(article.body),
}));

describe('identifyPage', () => {
  it('recognises each article on a page that wraps it in menus, ads and a footer', () => {
    for (const article of articles) {
      const page = `Home World Business Sign in\n${article.body}\nMore stories · Cookie settings · © 2025`;
      expect(identifyPage('https://news.example/a', shingleHashes(page), sources)).toBe(article.meta.id);
    }
  });

  it('does not take a page that quotes one paragraph for the article', () => {
    const article = articles[1];
    const paragraph = article?.paragraphs.find((p) => p.kind === 'text')?.text ?? '';
    const page = `An opinion piece. ${paragraph} We disagree with all of that, for reasons of our own.`;
    expect(identifyPage('https://blog.example/b', shingleHashes(page), sources)).toBeNull();
  });

  it('matches by URL first, ignoring query and fragment', () => {
    const withUrl = [{ id: 'x', url: 'https://news.example/story/1', sketch: [] }];
    expect(identifyPage('https://news.example/story/1/?utm=a#top', new Set(), withUrl)).toBe('x');
    expect(identifyPage('https://news.example/story/2', new Set(), withUrl)).toBeNull();
  });
});
