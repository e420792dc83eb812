import { describe, expect, it } from 'vitest';
import { leadSentence, parseArticle, readableTitle } from '@/lib/corpus';
import { lines, readArticleFiles, SEEDS_DIR } from '../../helpers/fixtures';

const leadOf = (text: string): string | null | undefined => parseArticle('t', text).meta.lead;

describe('leadSentence', () => {
  it('names an article without a headline by its first sentence', () => {
    const text = lines(
      'Crane operators at Port Calder stopped work at dawn on Monday.',
      'The union said the strike would last a week.',
    );
    expect(parseArticle('t', text).meta.title).toBeNull();
    expect(leadOf(text)).toBe('Crane operators at Port Calder stopped work at dawn on Monday.');
  });

  it('drops a wire dateline before the sentence', () => {
    expect(leadOf('PORT CALDER/LISBON - Crane operators stopped work at dawn on Monday.')).toBe(
      'Crane operators stopped work at dawn on Monday.',
    );
    expect(leadOf('PORT CALDER, April 14 (Wire) — Crane operators stopped work at dawn.')).toBe(
      'Crane operators stopped work at dawn.',
    );
  });

  it('skips a first line too short to be a sentence', () => {
    const text = lines(
      'Live.',
      'Crane operators at Port Calder stopped work at dawn on Monday.',
      'The union said the strike would last a week.',
    );
    expect(leadOf(text)).toBe('Crane operators at Port Calder stopped work at dawn on Monday.');
  });

  it('shortens a long first sentence at a word boundary, with an ellipsis', () => {
    const sentence =
      'Crane operators at Port Calder stopped work at dawn on Monday, halting the loading of ' +
      'grain ships bound for three continents, the union said.';
    const lead = leadOf(sentence)!;
    expect(lead.length).toBeLessThanOrEqual(81);
    expect(lead.endsWith('…')).toBe(true);
    expect(sentence.startsWith(lead.slice(0, -1))).toBe(true);
    // Cut between words, and no comma left dangling before the ellipsis.
    expect(lead).toBe('Crane operators at Port Calder stopped work at dawn on Monday, halting the…');
  });

  it('is null when the text has no sentence at all', () => {
    expect(leadSentence([])).toBeNull();
    expect(parseArticle('t', 'Strike').meta).toMatchObject({ title: null, lead: null });
    expect(parseArticle('t', 'Port Calder, April 14.').meta).toMatchObject({ title: null, lead: null });
  });

  it('names every seed without a headline by a sentence of its own text', () => {
    const untitled = readArticleFiles(SEEDS_DIR)
      .map((file) => parseArticle(file.name.replace(/\.txt$/u, ''), file.text))
      .filter((article) => article.meta.title === null);
    expect(untitled.length).toBeGreaterThan(0);
    for (const { meta, body } of untitled) {
      expect(meta.lead, meta.id).toEqual(expect.any(String));
      expect(body.replace(/\s+/gu, ' ')).toContain(meta.lead!.replace(/…$/u, ''));
      expect(meta.lead!.length).toBeLessThanOrEqual(81);
    }
  });

  it('is not computed for an article with a headline', () => {
    const text = lines('Dockworkers Walk Out', 'Crane operators stopped work at dawn on Monday.');
    expect(parseArticle('t', text).meta).toMatchObject({ title: 'Dockworkers Walk Out', lead: null });
  });
});

describe('readableTitle', () => {
  it('is the title, else the lead marked as such, else a plain fallback, never the id', () => {
    expect(readableTitle({ title: 'Walkout', lead: null })).toBe('Walkout');
    expect(readableTitle({ title: null, lead: 'Crane operators stopped work' })).toBe(
      'From the text: “Crane operators stopped work”',
    );
    expect(readableTitle({ title: null, lead: null })).toBe('Untitled article');
  });
});
