import type { Alias } from '../entities/catalogue-schema';
import { OverridesError, type Overrides } from '../entities/overrides-schema';
import type { DraftItem } from './merge-candidates';

const ACRONYM = /^(?:\p{Lu}\.?){2,6}$/u;

function toAlias(alias: string | Alias): [string, boolean] {
  return typeof alias === 'string' ? [alias, ACRONYM.test(alias)] : [alias.text, alias.caseSensitive];
}

function refersTo(item: DraftItem, ref: string, slug: (label: string) => string): boolean {
  const lower = ref.toLowerCase();
  return (
    slug(item.label) === ref ||
    item.label.toLowerCase() === lower ||
    [...item.aliases.keys()].some((alias) => alias.toLowerCase() === lower)
  );
}

/**
 * Applies curated refinements to the automatic items, in a fixed order:
 * block, add, merge, split, aliases, kinds, labels. A reference that names no
 * item is an error, so a typo cannot silently do nothing.
 */
export function applyOverrides(
  items: DraftItem[],
  overrides: Overrides,
  file: string,
  slug: (label: string) => string,
): DraftItem[] {
  let result = [...items];
  const resolve = (ref: string, field: string): DraftItem => {
    const found = result.find((item) => refersTo(item, ref, slug));
    if (!found)
      throw new OverridesError(
        `entities: ${file}: field "${field}": "${ref}" names no item in the catalogue`,
      );
    return found;
  };

  for (const term of overrides.block) {
    const lower = term.toLowerCase();
    result = result.filter((item) => item.label.toLowerCase() !== lower);
    for (const item of result) {
      for (const alias of [...item.aliases.keys()])
        if (alias.toLowerCase() === lower) item.aliases.delete(alias);
    }
    result = result.filter((item) => item.aliases.size > 0);
  }

  for (const added of overrides.add) {
    result.push({
      label: added.label,
      kind: added.kind,
      aliases: new Map([[added.label, ACRONYM.test(added.label)], ...added.aliases.map(toAlias)]),
      sources: new Map(),
      mentions: 0,
      curated: true,
    });
  }

  overrides.merge.forEach((group, index) => {
    const [first, ...rest] = group.map((ref) => resolve(ref, `merge.${index}`));
    if (!first) return;
    for (const other of rest) {
      if (other === first) continue;
      for (const [alias, caseSensitive] of other.aliases) first.aliases.set(alias, caseSensitive);
      first.aliases.set(other.label, ACRONYM.test(other.label));
      for (const [source, count] of other.sources)
        first.sources.set(source, (first.sources.get(source) ?? 0) + count);
      first.mentions += other.mentions;
      result = result.filter((item) => item !== other);
    }
  });

  overrides.split.forEach((split, index) => {
    const from = resolve(split.from, `split.${index}.from`);
    const moved = new Map<string, boolean>();
    for (const alias of split.aliases) {
      const key = [...from.aliases.keys()].find((a) => a.toLowerCase() === alias.toLowerCase());
      if (key === undefined) {
        throw new OverridesError(
          `entities: ${file}: field "split.${index}.aliases": "${alias}" is not an alias of "${from.label}"`,
        );
      }
      moved.set(key, from.aliases.get(key) ?? false);
      from.aliases.delete(key);
    }
    result.push({
      label: split.label,
      kind: split.kind ?? from.kind,
      aliases: moved,
      sources: new Map(),
      mentions: 0,
      curated: true,
    });
  });

  for (const [ref, aliases] of Object.entries(overrides.aliases)) {
    const item = resolve(ref, `aliases.${ref}`);
    for (const alias of aliases) {
      const [text, caseSensitive] = toAlias(alias);
      item.aliases.set(text, caseSensitive);
    }
  }
  for (const [ref, kind] of Object.entries(overrides.kinds)) resolve(ref, `kinds.${ref}`).kind = kind;
  for (const [ref, label] of Object.entries(overrides.labels)) resolve(ref, `labels.${ref}`).label = label;
  return result;
}
