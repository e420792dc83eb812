import { z } from '../validation/zod';

/** A reader's rule for one site (and its subdomains): keep what I read there, never, or ask each time. */
export const KEEP_RULES = ['always', 'never', 'ask'] as const;
export type KeepRule = (typeof KEEP_RULES)[number];

/** As many sites as the list of sites where Parallax is off holds. */
const MAX_SITE_RULES = 10_000;

/**
 * "Keep what I read": off by default (nothing is collected until the reader
 * says so), a pause that keeps the choice while stopping collection, and the
 * per-site rules. Sites without a rule are kept unless they are of a kind
 * that is never kept (lib/keep/private-site-reason.ts).
 */
export function keepSettingsSchema() {
  return z.object({
    enabled: z.catch(z.boolean(), false),
    paused: z.catch(z.boolean(), false),
    sites: z.catch(
      z
        .array(
          z.strictObject({
            site: z.string().check(z.minLength(1), z.maxLength(253)),
            rule: z.enum(KEEP_RULES),
          }),
        )
        .check(z.maxLength(MAX_SITE_RULES)),
      () => [],
    ),
  });
}
export type KeepSettings = z.infer<ReturnType<typeof keepSettingsSchema>>;

export const DEFAULT_KEEP_SETTINGS: Readonly<KeepSettings> = Object.freeze({
  enabled: false,
  paused: false,
  sites: Object.freeze([]) as unknown as KeepSettings['sites'],
});
