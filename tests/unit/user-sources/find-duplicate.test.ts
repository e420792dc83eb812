import { describe, expect, it } from 'vitest';
import { findDuplicate, userSourceId } from '@/lib/user-sources';

const TEXT =
  'Crews at Port Varnal walked out on Tuesday, stopping every crossing to the islands for the first time in a decade. ' +
  'The union said 300 members joined the strike, and the operator said talks would resume on Thursday.';
const OTHER =
  'The city council approved a new budget on Monday after a long debate about school funding and road repairs, ' +
  'with the mayor promising a review of spending in the spring.';

describe('findDuplicate', () => {
  const stored = [
    { id: 'yours-1', url: 'https://harbour.example/ferry/', text: TEXT },
    { id: 'yours-2', url: null, text: OTHER },
  ];

  it('recognises the same page by URL, whatever its query, fragment or trailing slash', () => {
    expect(findDuplicate({ url: 'https://HARBOUR.example/ferry?utm=x#top', text: 'different' }, stored)).toBe(
      'yours-1',
    );
  });

  it('recognises the same wording without a URL, even with a paragraph added', () => {
    expect(
      findDuplicate(
        { url: null, text: `${OTHER} A spokesperson declined to comment further on the vote.` },
        stored,
      ),
    ).toBe('yours-2');
  });

  it('does not mistake another article on the same story for a copy', () => {
    expect(
      findDuplicate(
        {
          url: 'https://other.example/a',
          text: 'Ferry crews walked out in Port Varnal, the union said, in a dispute over pay.',
        },
        stored,
      ),
    ).toBeNull();
  });
});

describe('userSourceId', () => {
  it('gives the same key the same id, and a taken id a suffix', () => {
    const id = userSourceId('https://harbour.example/ferry', new Set());
    expect(id).toMatch(/^yours-[a-z0-9]+$/u);
    expect(userSourceId('https://harbour.example/ferry', new Set())).toBe(id);
    expect(userSourceId('https://harbour.example/ferry', new Set([id]))).toBe(`${id}-2`);
  });
});
