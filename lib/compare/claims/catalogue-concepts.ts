import type { Entity } from '../../entities';
import type { ClaimConcepts } from './compare-claims';

/**
 * The concept links the build gave the catalogue's items (`Entity.also`: a
 * mention of one also reports the other), as claims compare targets: "is
 * considering an air truce" and "is considering a partial ceasefire" are
 * about one thing when the catalogue links the two topics.
 */
export function catalogueConcepts(entities: readonly Pick<Entity, 'id' | 'also'>[]): ClaimConcepts {
  const known = built.get(entities);
  if (known) return known;
  const also = new Map(entities.map((entity) => [entity.id, new Set(entity.also ?? [])]));
  const concepts: ClaimConcepts = { related: (a, b) => also.get(a)?.has(b) ?? false };
  built.set(entities, concepts);
  return concepts;
}

/** One set of links per catalogue (its entities array), since every card and comparison asks for them. */
const built = new WeakMap<readonly Pick<Entity, 'id' | 'also'>[], ClaimConcepts>();
