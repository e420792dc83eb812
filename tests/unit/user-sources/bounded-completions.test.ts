import { describe, expect, it } from 'vitest';
import { boundedCompletions } from '@/lib/user-sources/bounded-completions';

describe('boundedCompletions', () => {
  it.each([
    {
      case: 'keeps the word itself and its closest completions, in key order',
      word: 'state',
      read: ['state', 'statehood', 'statement', 'statements', 'states', 'statesman', 'stated', 'stateless'],
      max: 3,
      kept: ['state', 'stated', 'statehood', 'states'],
    },
    {
      case: 'breaks a tie of length by key order',
      word: 'trum',
      read: ['trumpet', 'trumps', 'trump', 'trumped'],
      max: 2,
      kept: ['trump', 'trumps'],
    },
    {
      case: 'counts the cap beside the word, not including it',
      word: 'vote',
      read: ['vote', 'voted', 'voter'],
      max: 8,
      kept: ['vote', 'voted', 'voter'],
    },
    {
      case: 'keeps only the word when no completion is allowed',
      word: 'vote',
      read: ['voted', 'vote', 'voter'],
      max: 0,
      kept: ['vote'],
    },
    {
      case: 'drops duplicates and terms that do not start with the word',
      word: 'port',
      read: ['port', 'port', 'ports', 'sport'],
      max: 8,
      kept: ['port', 'ports'],
    },
  ])('$case', ({ word, read, max, kept }) => {
    expect(boundedCompletions(word, read, max)).toEqual(kept);
  });
});
