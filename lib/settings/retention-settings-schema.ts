import { z } from '../validation/zod';

/** A century of months: beyond it "keep N months" means "keep everything". */
export const MAX_RETENTION_MONTHS = 1200;
/** Ten times the 50,000 articles the storage is built for. */
export const MAX_RETENTION_SOURCES = 500_000;

/**
 * How long the reader's own sources are kept (lib/keep/sources-past-retention.ts):
 * those published more than `months` months ago, and beyond the newest
 * `maxSources`, are removed. Null keeps everything (the default); a value out
 * of range falls back to null on its own, never costing the other field.
 */
export function retentionSettingsSchema() {
  return z.object({
    months: z.catch(z.nullable(z.int().check(z.minimum(1), z.maximum(MAX_RETENTION_MONTHS))), null),
    maxSources: z.catch(z.nullable(z.int().check(z.minimum(1), z.maximum(MAX_RETENTION_SOURCES))), null),
  });
}
export type RetentionSettings = z.infer<ReturnType<typeof retentionSettingsSchema>>;

export const DEFAULT_RETENTION_SETTINGS: Readonly<RetentionSettings> = Object.freeze({
  months: null,
  maxSources: null,
});
