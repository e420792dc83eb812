import { z } from '../validation/zod';
import { lazySchema } from '../validation/lazy-schema';
import { ENTITY_KINDS, entityKindSchema } from '../entities/catalogue-schema';
import { DEFAULT_KEEP_SETTINGS, keepSettingsSchema } from './keep-settings-schema';
import { DEFAULT_RETENTION_SETTINGS, retentionSettingsSchema } from './retention-settings-schema';

/** Bump with every change of shape, and add the step from the old shape to MIGRATIONS. */
export const SETTINGS_VERSION = 1;

/**
 * Each field falls back to its default on its own, so one corrupt value never
 * costs the user the others (and nothing is thrown at them). Unknown fields
 * are dropped.
 */
export const settingsSchema = lazySchema(() =>
  z.object({
    version: z.catch(z.literal(SETTINGS_VERSION), SETTINGS_VERSION),
    /** Global switch: off removes every highlight and listener at once. */
    enabled: z.catch(z.boolean(), true),
    /** Host names where Parallax stays off. */
    disabledSites: z.catch(
      z.array(z.string().check(z.minLength(1), z.maxLength(253))).check(z.maxLength(10_000)),
      // A function, so no two results share (and could mutate) one fallback array.
      () => [],
    ),
    /** First mention of each item per paragraph, or every mention. */
    density: z.catch(z.enum(['first', 'all']), 'first'),
    kinds: z.catch(z.array(entityKindSchema), () => [...ENTITY_KINDS]),
    /**
     * Which items a page highlights: `story`, every item on a page of one of the corpus' stories and
     * only the specific ones elsewhere (lib/stories/highlight-policy); `every`, every item anywhere.
     */
    highlightScope: z.catch(z.enum(['story', 'every']), 'story'),
    /** "Keep what I read" (lib/keep): off by default. */
    keep: z.catch(keepSettingsSchema(), () => ({ ...DEFAULT_KEEP_SETTINGS, sites: [] })),
    /** How long the reader's own sources are kept: everything by default. */
    retention: z.catch(retentionSettingsSchema(), () => ({ ...DEFAULT_RETENTION_SETTINGS })),
  }),
);

export type Settings = z.infer<typeof settingsSchema>;

/** Frozen at run time; typed mutable so `{ ...DEFAULT_SETTINGS, … }` is still a `Settings`. */
function frozen<T>(items: T[]): T[] {
  return Object.freeze(items) as T[];
}

/**
 * The defaults, written out: `settingsSchema.parse({})` said the same but
 * was a noticeable part of the content script's start, on every page (zod
 * without its JIT, which an extension may not use). A unit test holds the
 * two equal.
 */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  enabled: true,
  disabledSites: frozen<string>([]),
  density: 'first',
  kinds: frozen([...ENTITY_KINDS]),
  highlightScope: 'story',
  keep: DEFAULT_KEEP_SETTINGS,
  retention: DEFAULT_RETENTION_SETTINGS,
});

type StoredObject = Record<string, unknown>;

/**
 * `MIGRATIONS[n]` turns what version `n` stored into what version `n + 1`
 * reads. A step renames and converts; it never validates (the schema does
 * that afterwards, field by field) and must not throw on any input.
 */
const MIGRATIONS: readonly ((stored: StoredObject) => StoredObject)[] = [
  // 0 → 1: an object stored without a `version`. No release of Parallax
  // wrote one; this step keeps the path tested before a real change needs
  // it, and maps the names an unversioned draft plausibly used: the site
  // list as `blockedSites`, the density as a `highlightAll` switch.
  ({ blockedSites, highlightAll, ...rest }) => ({
    ...(blockedSites !== undefined && { disabledSites: blockedSites }),
    ...(typeof highlightAll === 'boolean' && { density: highlightAll ? 'all' : 'first' }),
    // A value under the new name wins over one under the old.
    ...rest,
  }),
];

/**
 * The version a stored object was written by: 0 when it has none. A version
 * from the future (the extension was downgraded) or garbage is read as the
 * current one: no migration, and the schema keeps whatever fields still fit.
 */
function storedVersion(stored: StoredObject): number {
  const { version } = stored;
  if (version === undefined) return 0;
  const known = typeof version === 'number' && Number.isInteger(version) && version >= 0;
  return known && version <= SETTINGS_VERSION ? version : SETTINGS_VERSION;
}

/** Whatever storage held (nothing, an old version, garbage) → usable settings. */
export function parseSettings(stored: unknown): Settings {
  let object: StoredObject =
    typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? { ...stored } : {};
  for (let version = storedVersion(object); version < SETTINGS_VERSION; version++) {
    const migrate = MIGRATIONS[version];
    if (migrate) object = migrate(object);
  }
  return settingsSchema.parse({ ...object, version: SETTINGS_VERSION });
}

/** Whether Parallax should run on a page of this host. */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(hostname.toLowerCase());
}
