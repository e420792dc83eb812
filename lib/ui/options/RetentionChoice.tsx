import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import {
  MAX_RETENTION_MONTHS,
  MAX_RETENTION_SOURCES,
  retentionSettingsSchema,
  type RetentionSettings,
} from '../../settings/retention-settings-schema';
import { strings } from '../strings';

export interface RetentionChoiceProps {
  retention: RetentionSettings;
  onChange: (retention: RetentionSettings) => void;
  disabled: boolean;
}

/** A field's text as the setting: empty keeps everything; anything the schema refuses is null too. */
function parsed(
  retention: RetentionSettings,
  field: keyof RetentionSettings,
  value: string,
): RetentionSettings {
  const number = value.trim() === '' ? null : Number(value);
  return retentionSettingsSchema().parse({ ...retention, [field]: number });
}

/**
 * Retention: keep the reader's sources of the last N months, at most N of
 * them. Saved when a field is left (change), so typing "12" is not first
 * saved as "1" and applied.
 */
export function RetentionChoice({ retention, onChange, disabled }: RetentionChoiceProps): JSX.Element {
  const text = strings.userSources;
  const shown = (value: number | null): string => (value === null ? '' : String(value));
  const [months, setMonths] = useState(shown(retention.months));
  const [maxSources, setMaxSources] = useState(shown(retention.maxSources));
  useEffect(() => {
    setMonths(shown(retention.months));
    setMaxSources(shown(retention.maxSources));
  }, [retention.months, retention.maxSources]);
  const save = (field: keyof RetentionSettings, value: string): void => {
    const next = parsed(retention, field, value);
    if (next.months !== retention.months || next.maxSources !== retention.maxSources) onChange(next);
    else if (field === 'months') setMonths(shown(next.months));
    else setMaxSources(shown(next.maxSources));
  };
  return (
    <fieldset class="options-retention">
      <legend>{text.retentionLegend}</legend>
      <label>
        {text.retentionMonthsLabel}{' '}
        <input
          type="number"
          name="retention-months"
          min={1}
          max={MAX_RETENTION_MONTHS}
          value={months}
          disabled={disabled}
          onInput={(event) => setMonths(event.currentTarget.value)}
          onChange={(event) => save('months', event.currentTarget.value)}
        />
      </label>
      <label>
        {text.retentionMaxLabel}{' '}
        <input
          type="number"
          name="retention-max"
          min={1}
          max={MAX_RETENTION_SOURCES}
          value={maxSources}
          disabled={disabled}
          onInput={(event) => setMaxSources(event.currentTarget.value)}
          onChange={(event) => save('maxSources', event.currentTarget.value)}
        />
      </label>
      <p class="options-hint">{text.retentionExplain}</p>
    </fieldset>
  );
}
