import type { Catalogue } from '../../../lib/entities';

/** An alias as the baselines see it: its text and whether case matters. */
export interface BenchAlias {
  text: string;
  caseSensitive: boolean;
}

/**
 * Every alias of the catalogue once (trimmed, as the matcher trims them;
 * duplicates dropped), in catalogue order: the baselines' input.
 */
export function catalogueAliases(catalogue: Catalogue): BenchAlias[] {
  const seen = new Set<string>();
  const aliases: BenchAlias[] = [];
  for (const entity of catalogue.entities) {
    for (const alias of entity.aliases) {
      const text = alias.text.trim();
      const key = `${alias.caseSensitive ? 'cs' : 'ci'}:${text}`;
      if (text === '' || seen.has(key)) continue;
      seen.add(key);
      aliases.push({ text, caseSensitive: alias.caseSensitive });
    }
  }
  return aliases;
}
