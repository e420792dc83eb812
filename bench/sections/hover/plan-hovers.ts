import type { Matcher } from '../../../lib/entities';

/** One hover to make: the mention's position in the page's list of highlighted mentions. */
export interface PlannedHover {
  index: number;
  text: string;
  entityId: string;
}

/**
 * The item a highlighted mention's text names, found with the matcher the
 * content script compiles from the same catalogue; null when the text alone
 * is not exactly one mention of one item (then the card to expect is unknown).
 */
export function mentionEntity(matcher: Matcher, text: string): string | null {
  const found = matcher.findAll(text);
  const [only] = found;
  if (found.length !== 1 || !only || only.start !== 0 || only.end !== text.length) return null;
  return only.entityId;
}

/**
 * Up to `count` hovers over the mentions (`entities[i]` is the item of
 * mention i, null if unknown): round by round, the next unused mention of
 * each item in order of its first mention, so every hover is a different
 * mention and consecutive hovers ask for different cards wherever the page allows.
 */
export function planHovers(
  texts: readonly string[],
  entities: readonly (string | null)[],
  count: number,
): PlannedHover[] {
  const byItem = new Map<string, number[]>();
  entities.forEach((entityId, index) => {
    if (entityId === null) return;
    const indices = byItem.get(entityId);
    if (indices) indices.push(index);
    else byItem.set(entityId, [index]);
  });
  const plan: PlannedHover[] = [];
  for (let round = 0; plan.length < count; round++) {
    let added = false;
    for (const [entityId, indices] of byItem) {
      const index = indices[round];
      if (index === undefined) continue;
      plan.push({ index, text: texts[index] ?? '', entityId });
      added = true;
      if (plan.length === count) break;
    }
    if (!added) break;
  }
  return plan;
}
