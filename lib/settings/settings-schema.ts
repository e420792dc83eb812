import { z } from 'zod';
import { ENTITY_KINDS, entityKindSchema } from '../entities/catalogue-schema';

/** Bump with every change of shape, and migrate older values in parseSettings. */
export const SETTINGS_VERSION = 1;

/**
 * Each field falls back to its default on its own, so one corrupt value never
 * costs the user the others (and nothing is thrown at them).
 */
export const settingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION).catch(SETTINGS_VERSION),
  /** Global switch: off removes every highlight and listener at once. */
  enabled: z.boolean().catch(true),
  /** Host names where Parallax stays off. */
  disabledSites: z.array(z.string().min(1).max(253)).max(10_000).catch([]),
  /** First mention of each item per paragraph, or every mention. */
  density: z.enum(['first', 'all']).catch('first'),
  kinds: z.array(entityKindSchema).catch([...ENTITY_KINDS]),
});

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
