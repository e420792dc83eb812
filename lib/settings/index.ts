export {
  DEFAULT_SETTINGS,
  isActiveOn,
  parseSettings,
  SETTINGS_VERSION,
  settingsSchema,
} from './settings-schema';
export type { Settings } from './settings-schema';
export { DEFAULT_KEEP_SETTINGS, KEEP_RULES, keepSettingsSchema } from './keep-settings-schema';
export type { KeepRule, KeepSettings } from './keep-settings-schema';
export {
  DEFAULT_RETENTION_SETTINGS,
  MAX_RETENTION_MONTHS,
  MAX_RETENTION_SOURCES,
  retentionSettingsSchema,
} from './retention-settings-schema';
export type { RetentionSettings } from './retention-settings-schema';
