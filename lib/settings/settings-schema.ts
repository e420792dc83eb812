import { z } from '../validation/zod';
import { lazySchema } from '../validation/lazy-schema';
import { ENTITY_KINDS, entityKindSchema } from '../entities/catalogue-schema';

/** Bump with every change of shape, and migrate older values in parseSettings. */
export const SETTINGS_VERSION = 1;

/**
 * Each field falls back to its default on its own, so one corrupt value never
 * costs the user the others (and nothing is thrown at them).
 */
export const settingsSchema = lazySchema(() =>
  z.object({
    version: z.catch(z.literal(SETTINGS_VERSION), SETTINGS_VERSION),
    /** Global switch: off removes every highlight and listener at once. */
    enabled: z.catch(z.boolean(), true),
    /** Host names where Parallax stays off. */
    disabledSites: z.catch(
      z.array(z.string().check(z.minLength(1), z.maxLength(253))).check(z.maxLength(10_000)),
      [],
    ),
    /** First mention of each item per paragraph, or every mention. */
    density: z.catch(z.enum(['first', 'all']), 'first'),
    kinds: z.catch(z.array(entityKindSchema), () => [...ENTITY_KINDS]),
  }),
);

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** Whatever storage held (nothing, an old version, garbage) → usable settings. */
export function parseSettings(stored: unknown): Settings {
  const object = typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? stored : {};
  return settingsSchema.parse(object);
}

/** Whether Parallax should run on a page of this host. */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(hostname.toLowerCase());
}
