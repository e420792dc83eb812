import type { JSX } from 'preact';
import { ENTITY_KINDS, type EntityKind } from '../../entities/catalogue-schema';
import type { Settings } from '../../settings/settings-schema';
import { strings } from '../strings';

export interface PageTogglesProps {
  settings: Settings;
  /** The active tab's host, when the popup may know it. */
  hostname: string | null;
  onChange: (change: Partial<Settings>) => void;
  /** Whether to show the pause of "Keep what I read" (the options page has its own section). */
  keepSwitch?: boolean;
}

/**
 * The page settings: on or off everywhere (pause), on this site, keeping what I read (its pause, once
 * the options page switched it on), how many mentions to mark, which kinds.
 */
export function PageToggles({
  settings,
  hostname,
  onChange,
  keepSwitch = true,
}: PageTogglesProps): JSX.Element {
  const text = strings.popup;
  const siteOff = hostname !== null && settings.disabledSites.includes(hostname);
  const setKind = (kind: EntityKind, shown: boolean): void =>
    onChange({
      // In catalogue order, whatever order they were ticked in.
      kinds: ENTITY_KINDS.filter((each) => (each === kind ? shown : settings.kinds.includes(each))),
    });
  return (
    <fieldset class="page-toggles">
      <legend>{text.settingsLegend}</legend>
      <label>
        <input
          type="checkbox"
          name="enabled"
          checked={settings.enabled}
          onChange={(event) => onChange({ enabled: event.currentTarget.checked })}
        />
        {text.highlightEverywhere}
      </label>
      {hostname !== null && (
        <label>
          <input
            type="checkbox"
            name="site"
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
          {text.highlightSite(hostname)}
        </label>
      )}
      {keepSwitch && settings.keep.enabled && (
        <label>
          <input
            type="checkbox"
            name="keep"
            checked={!settings.keep.paused}
            onChange={(event) =>
              onChange({ keep: { ...settings.keep, paused: !event.currentTarget.checked } })
            }
          />
          {strings.keep.popupSwitch}
        </label>
      )}
      <fieldset class="toggle-group">
        <legend>{text.densityLegend}</legend>
        <label>
          <input
            type="radio"
            name="density"
            value="first"
            checked={settings.density === 'first'}
            onChange={() => onChange({ density: 'first' })}
          />
          {text.densityFirst}
        </label>
        <label>
          <input
            type="radio"
            name="density"
            value="all"
            checked={settings.density === 'all'}
            onChange={() => onChange({ density: 'all' })}
          />
          {text.densityAll}
        </label>
      </fieldset>
      <fieldset class="toggle-group toggle-kinds">
        <legend>{text.kindsLegend}</legend>
        {ENTITY_KINDS.map((kind) => (
          <label key={kind}>
            <input
              type="checkbox"
              name="kind"
              value={kind}
              checked={settings.kinds.includes(kind)}
              onChange={(event) => setKind(kind, event.currentTarget.checked)}
            />
            {text.kinds[kind]}
          </label>
        ))}
      </fieldset>
    </fieldset>
  );
}
