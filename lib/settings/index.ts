export {
  DEFAULT_SETTINGS,
  isActiveOn,
  parseSettings,
  SETTINGS_VERSION,
  settingsSchema,
} from './settings-schema';
export type { Settings } from './settings-schema';
