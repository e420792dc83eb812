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
