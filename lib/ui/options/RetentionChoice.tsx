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

const shown = (value: number | null): string => (value === null ? '' : String(value));

interface RetentionFieldProps {
  label: string;
  name: string;
  max: number;
  value: number | null;
  disabled: boolean;
  /** The field was left with this text; returns the value the setting now holds. */
  onCommit: (text: string) => number | null;
}

/** One number of the retention setting, typed freely and saved when left. */
function RetentionField({ label, name, max, value, disabled, onCommit }: RetentionFieldProps): JSX.Element {
  const [text, setText] = useState(shown(value));
  useEffect(() => setText(shown(value)), [value]);
  return (
    <label>
      {label}{' '}
      <input
        type="number"
        name={name}
        min={1}
        max={max}
        value={text}
        disabled={disabled}
        onInput={(event) => setText(event.currentTarget.value)}
        onChange={(event) => setText(shown(onCommit(event.currentTarget.value)))}
      />
    </label>
  );
}

/**
 * Retention: keep the reader's sources of the last N months, at most N of
 * them. Saved when a field is left (change), so typing "12" is not first
 * saved as "1" and applied.
 */
export function RetentionChoice({ retention, onChange, disabled }: RetentionChoiceProps): JSX.Element {
  const text = strings.userSources;
  const commit =
    (field: keyof RetentionSettings) =>
    (value: string): number | null => {
      const next = parsed(retention, field, value);
      if (next.months !== retention.months || next.maxSources !== retention.maxSources) onChange(next);
      return next[field];
    };
  return (
    <fieldset class="options-retention">
      <legend>{text.retentionLegend}</legend>
      <RetentionField
        label={text.retentionMonthsLabel}
        name="retention-months"
        max={MAX_RETENTION_MONTHS}
        value={retention.months}
        disabled={disabled}
        onCommit={commit('months')}
      />
      <RetentionField
        label={text.retentionMaxLabel}
        name="retention-max"
        max={MAX_RETENTION_SOURCES}
        value={retention.maxSources}
        disabled={disabled}
        onCommit={commit('maxSources')}
      />
      <p class="options-hint">{text.retentionExplain}</p>
    </fieldset>
  );
}
