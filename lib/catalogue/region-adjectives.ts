import type { Article } from '../corpus';
import type { DraftItem } from './merge-candidates';

/** A region named by a compound of a compass point ("Midwest", "Middle East", "Pacific Northwest"). */
const COMPASS_REGION =
  /^(?:\p{Lu}[\p{L}]*\s)?\p{Lu}?[\p{Ll}]*(?:west|east|north|south|West|East|North|South)$/u;

/**
 * A region named after a compass point is reported by its adjective and its
 * people too ("a Midwestern Democrat", "Midwesterners", "Middle Eastern
 * allies"), which the matcher, reading names word for word, cannot see. The
 * forms in "-ern", "-erner" and "-erners" that the corpus writes, capitalised,
 * become aliases of the place. A bare compass point ("West", "South") is no
 * region: its adjective names much else ("Western allies", "Southern
 * California").
 */
export function addRegionAdjectives(items: readonly DraftItem[], articles: readonly Article[]): void {
  const text = articles.map((article) => `${article.meta.title ?? ''}\n${article.body}`).join('\n');
  const owned = new Set(items.flatMap((item) => [...item.aliases.keys()]));
  for (const item of items) {
    // The tagger places a region as a place or, often, an organisation ("Midwest").
    if ((item.kind !== 'place' && item.kind !== 'organisation') || item.curated) continue;
    for (const alias of [...item.aliases.keys()]) {
      if (!COMPASS_REGION.test(alias) || /^(?:West|East|North|South)$/u.test(alias)) continue;
      const parts = alias.split(' ');
      const last = parts.at(-1) ?? '';
      for (const suffix of ['ern', 'erner', 'erners']) {
        const word = `${last}${suffix}`;
        const form = [...parts.slice(0, -1), word].join(' ');
        if (!owned.has(form) && new RegExp(`(?<![\\p{L}-])${form}(?![\\p{L}-])`, 'u').test(text))
          item.aliases.set(form, false);
      }
    }
  }
}
