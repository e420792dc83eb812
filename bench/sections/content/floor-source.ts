import { readFileSync } from 'node:fs';
import { alternationSource } from '../matcher/combined-regexp';

/**
 * The floor's RegExp, from the catalogue the built extension ships
 * (`corpus/catalogue.json`), so the floor looks for exactly the aliases
 * Parallax does: every alias escaped, longest first, with the matcher's
 * word-boundary lookarounds (the matcher section's RegExp peer), in one
 * alternation for flags `gu`.
 */

export interface FloorSource {
  source: string;
  aliases: number;
  /** The distinct alias texts (mark.js takes the list). */
  texts: string[];
}

/** Alias texts of a parsed `catalogue.json` (`entities[].aliases[].text`), trimmed, blanks dropped. */
export function catalogueAliasTexts(catalogue: unknown, origin: string): string[] {
  const entities = (catalogue as { entities?: unknown } | null)?.entities;
  if (!Array.isArray(entities)) throw new Error(`bench: content: ${origin}: no "entities" array`);
  return entities.flatMap((entity: unknown) => {
    const aliases = (entity as { aliases?: unknown } | null)?.aliases;
    if (!Array.isArray(aliases)) return [];
    return aliases.flatMap((alias: unknown) => {
      const text = (alias as { text?: unknown } | null)?.text;
      return typeof text === 'string' && text.trim() !== '' ? [text.trim()] : [];
    });
  });
}

export function readFloorSource(cataloguePath: string): FloorSource {
  const texts = catalogueAliasTexts(
    JSON.parse(readFileSync(cataloguePath, 'utf8')) as unknown,
    cataloguePath,
  );
  if (texts.length === 0) throw new Error(`bench: content: ${cataloguePath}: the catalogue has no aliases`);
  const distinct = [...new Set(texts)];
  return { source: alternationSource(texts), aliases: distinct.length, texts: distinct };
}
