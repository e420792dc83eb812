import type { Entity } from '../../entities';
import type { ClaimConcepts } from './compare-claims';

/**
 * The concept links the build gave the catalogue's items (`Entity.also`: a
 * mention of one also reports the other), as claims compare targets: "is
 * considering an air truce" and "is considering a partial ceasefire" are
 * about one thing when the catalogue links the two topics.
 */
export function catalogueConcepts(entities: readonly Pick<Entity, 'id' | 'also'>[]): ClaimConcepts {
  const also = new Map(entities.map((entity) => [entity.id, new Set(entity.also ?? [])]));
  return { related: (a, b) => also.get(a)?.has(b) ?? false };
}
