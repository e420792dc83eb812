import type { JSX } from 'preact';
import type { Settings } from '../../settings/settings-schema';
import { strings } from '../strings';

interface Props {
  settings: Settings;
  /** The active tab's host, when the popup may know it. */
  hostname: string | null;
  onChange: (change: Partial<Settings>) => void;
}

/** The minimal page settings: on or off everywhere, on this site, and how many mentions to mark. */
export function PageToggles({ settings, hostname, onChange }: Props): JSX.Element {
  const siteOff = hostname !== null && settings.disabledSites.includes(hostname);
  return (
    <fieldset class="page-toggles">
      <label>
        <input
          type="checkbox"
          checked={settings.enabled}
          onChange={(event) => onChange({ enabled: event.currentTarget.checked })}
        />
        {strings.highlightEverywhere}
      </label>
      {hostname !== null && (
        <label>
          <input
            type="checkbox"
            checked={!siteOff}
            disabled={!settings.enabled}
            onChange={(event) =>
              onChange({
                disabledSites: event.currentTarget.checked
                  ? settings.disabledSites.filter((site) => site !== hostname)
                  : [...settings.disabledSites, hostname],
              })
            }
          />
          {strings.highlightSite(hostname)}
        </label>
      )}
      <label>
        <input
          type="checkbox"
          checked={settings.density === 'all'}
          onChange={(event) => onChange({ density: event.currentTarget.checked ? 'all' : 'first' })}
        />
        {strings.densityAll}
      </label>
    </fieldset>
  );
}
