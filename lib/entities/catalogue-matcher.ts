import { isProperKind, type Catalogue } from './catalogue-schema';
import { compileMatcher, type MatchAlias, type Matcher } from './compile-matcher';

/** The matcher for every alias of every item in a catalogue. */
export function catalogueMatcher(catalogue: Catalogue): Matcher {
  const aliases: MatchAlias[] = catalogue.entities.flatMap((entity) =>
    entity.aliases.map((alias) => ({
      text: alias.text,
      entityId: entity.id,
      caseSensitive: alias.caseSensitive,
      properNoun: isProperKind(entity.kind),
    })),
  );
  return compileMatcher(aliases);
}
