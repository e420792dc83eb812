import { describe, expect, it } from 'vitest';
import { bylineAuthor, classifyFurniture, wordCount } from '@/lib/corpus/classify-furniture';

describe('classifyFurniture', () => {
  it.each([
    ['Get the Calder Gazette newsletter in your inbox', 'newsletter-prompt'],
    ['Sign up for our morning briefing', 'newsletter-prompt'],
    ['Subscribe now', 'newsletter-prompt'],
    ['Follow topic:', 'follow-prompt'],
    ['Follow', 'follow-prompt'],
    ['Follow Port news', 'follow-prompt'],
    ['PHOTO: AFP', 'image-credit'],
    ['Image: Calder Port Authority', 'image-credit'],
    ['Photos | Hanna Sorvik', 'image-credit'],
    ['Photo credit: Calder Gazette', 'image-credit'],
    ['By Jane Doe', 'byline'],
    ['by Jane van Doe', 'byline'],
    ['3 hours ago By Jane Doe', 'byline'],
    ['45 mins ago', 'byline'],
    ['Copyright 2031 Calder Gazette', 'copyright'],
    ['© 2031 Calder Gazette', 'copyright'],
    ['Calder Media Ltd. All rights reserved.', 'copyright'],
  ])('recognises "%s" as %s', (line, reason) => {
    expect(classifyFurniture(line)).toBe(reason);
  });

  it.each([
    'Crane operators stopped work at dawn on Monday.',
    'Members who did not receive the union newsletter on Monday heard about the walkout from shift leaders by text.',
    'Followers of the union gathered at the gate.',
    'Photographers were kept away from the quay.',
    'By Friday, forty ships were waiting.',
    'By the evening the pickets had gone home.',
    '12 days ago, the union voted to strike.',
    'The copyright of the union logo was never in doubt.',
  ])('keeps article text "%s"', (line) => {
    expect(classifyFurniture(line)).toBeNull();
  });
});

describe('bylineAuthor', () => {
  it('reads the name after "By", up to four capitalised words', () => {
    expect(bylineAuthor('By Jane Doe')).toBe('Jane Doe');
    expect(bylineAuthor('21 hours Ago By Jane Q. Doe')).toBe('Jane Q. Doe');
    expect(bylineAuthor('By Jane Doe and Oskar Lind')).toBe('Jane Doe');
  });

  it('returns null when there is no name', () => {
    expect(bylineAuthor('3 hours ago')).toBeNull();
    expect(bylineAuthor('by the harbour')).toBeNull();
  });
});

describe('wordCount', () => {
  it('counts words separated by any white space', () => {
    expect(wordCount('  Crane operators\tstopped\n work. ')).toBe(4);
    expect(wordCount('')).toBe(0);
  });
});
