import type { EntityKind } from '../entities/catalogue-schema';
import { compileMatcher, type Matcher } from '../entities/compile-matcher';
import type { PageSetupResponse } from '../messaging/protocol';

/** The background's page set-up made ready for one page: the matcher and the items' kinds and labels. */
export interface CompiledPageSetup {
  matcher: Matcher;
  kindOf: (entityId: string) => EntityKind | undefined;
  labelOf: (entityId: string) => string | undefined;
  /** Whether an item is highlighted on any page, whatever its story (painted before the story is known). */
  isSpecific: (entityId: string) => boolean;
  /** The corpus articles' signatures, for telling whether the page is one of them. */
  sources: PageSetupResponse['sources'];
}

/** Kinds whose names are proper nouns: a match must keep their capitals ("Nice" ≠ "nice"). */
const PROPER_NOUN_KINDS: ReadonlySet<EntityKind> = new Set(['person', 'organisation', 'place']);

/** Compiles every alias of the page set-up into one matcher (one task: the caller yields before it). */
export function compilePageSetup(setup: PageSetupResponse): CompiledPageSetup {
  const kinds = new Map<string, EntityKind>(setup.items.map((item) => [item.id, item.kind]));
  const labels = new Map<string, string>(setup.items.map((item) => [item.id, item.label]));
  const specific = new Set(setup.items.filter((item) => item.specific === true).map((item) => item.id));
  const matcher = compileMatcher(
    setup.items.flatMap((item) =>
      item.aliases.map((alias) => ({
        text: alias.text,
        caseSensitive: alias.caseSensitive,
        entityId: item.id,
        properNoun: PROPER_NOUN_KINDS.has(item.kind),
      })),
    ),
  );
  return {
    matcher,
    kindOf: (entityId) => kinds.get(entityId),
    labelOf: (entityId) => labels.get(entityId),
    isSpecific: (entityId) => specific.has(entityId),
    sources: setup.sources,
  };
}
