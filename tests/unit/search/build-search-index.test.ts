import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/lib/corpus';
import { articlePassages, buildSearchIndex, passageId } from '@/lib/search';
import { lines } from '../../helpers/fixtures';

const STRIKE = parseArticle(
  'strike',
  lines(
    'Dockers Walk Out',
    'Crane operators stopped work. Ships waited.',
    'Pay and the rota',
    'Talks resume.',
  ),
);

describe('articlePassages', () => {
  it('makes one passage per sentence, skipping headings, with offsets into the body', () => {
    const passages = articlePassages(STRIKE);
    expect(passages.map((passage) => [passage.id, passage.paragraph, passage.text])).toEqual([
      ['strike#0', 0, 'Crane operators stopped work.'],
      ['strike#1', 0, 'Ships waited.'],
      ['strike#2', 2, 'Talks resume.'],
    ]);
    for (const passage of passages) {
      expect(passage.sourceId).toBe('strike');
      expect(STRIKE.body.slice(passage.start, passage.end)).toBe(passage.text);
    }
  });

  it('gives passages ids that are unique across articles', () => {
    const other = parseArticle('ferry', 'Crane operators stopped work. Ships waited.');
    const ids = [STRIKE, other].flatMap((article) => articlePassages(article)).map((passage) => passage.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(passageId('ferry', 1)).toBe('ferry#1');
  });
});

describe('buildSearchIndex', () => {
  it('ships the sources table and an index as JSON text', () => {
    const files = buildSearchIndex([STRIKE]);
    expect(files.sources).toEqual([STRIKE.meta]);
    expect(JSON.parse(files.indexJson)).toMatchObject({ documentCount: 3 });
  });

  it('builds the same index from the same articles', () => {
    expect(buildSearchIndex([STRIKE]).indexJson).toBe(buildSearchIndex([STRIKE]).indexJson);
  });
});
