import { describe, expect, it } from 'vitest';
import { phraseKey, spellingVariants } from '@/lib/catalogue/spelling-key';

describe('spellingVariants', () => {
  it.each([
    ['defence', 'defense'],
    ['defense', 'defence'],
    ['organisation', 'organization'],
    ['organizations', 'organisations'],
    ['labour', 'labor'],
    ['harbours', 'harbors'],
  ])('writes "%s" also as "%s"', (word, other) => {
    expect(spellingVariants(word)).toEqual(expect.arrayContaining([word, other]));
  });

  it.each(['hour', 'four', 'rise', 'size', 'fleet'])('leaves "%s" alone', (word) => {
    expect(spellingVariants(word)).toEqual([word]);
  });
});

describe('phraseKey', () => {
  it('gives British and American spellings and both numbers one key', () => {
    expect(phraseKey(['defence', 'ministries'])).toBe(phraseKey(['defense', 'ministry']));
    expect(phraseKey(['oil', 'tankers'])).toBe(phraseKey(['oil', 'tanker']));
  });
});
