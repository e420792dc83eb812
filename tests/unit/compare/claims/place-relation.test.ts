import { describe, expect, it } from 'vitest';
import { placeRelation, type PlaceRelation } from '@/lib/compare/claims';
import { resolvePlace } from '@/lib/node/place-gazetteer';

function place(text: string) {
  const resolved = resolvePlace(text);
  if (!resolved) throw new Error(`the gazetteer does not know "${text}"`);
  return resolved;
}

describe('a place named at two scales', () => {
  it.each<[string, string, PlaceRelation]>([
    ['Ukraine’s Odesa region', 'southern Ukraine', 'within'],
    ['Odesa', 'Ukraine', 'within'],
    ['Moscow', 'Russia', 'within'],
    ['Odessa', 'Odesa region', 'within'],
    ['Kyiv', 'Kyiv', 'same'],
    ['Norfolk', 'Norwalk', 'apart'],
    ['Moscow', 'Kyiv', 'apart'],
    ['Lviv', 'southern Ukraine', 'unknown'],
    ['Russia', 'Ukraine', 'apart'],
    ['Moscow', 'southern Ukraine', 'unknown'],
  ])('%s / %s → %s', (a, b, relation) => {
    expect(placeRelation(place(a), place(b))).toBe(relation);
    expect(placeRelation(place(b), place(a))).toBe(relation);
  });

  it('knows no place in a word that only looks like one', () => {
    expect(resolvePlace('progress')).toBeNull();
  });
});
