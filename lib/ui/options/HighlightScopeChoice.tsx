import type { JSX } from 'preact';
import type { Settings } from '../../settings/settings-schema';
import { strings } from '../strings';

export interface HighlightScopeChoiceProps {
  scope: Settings['highlightScope'];
  onChange: (change: Partial<Settings>) => void;
}

/** Which items a page highlights: this story's (the default) or every item the corpus knows. */
export function HighlightScopeChoice({ scope, onChange }: HighlightScopeChoiceProps): JSX.Element {
  const text = strings.options;
  return (
    <fieldset class="toggle-group options-scope">
      <legend>{text.scopeLegend}</legend>
      <label>
        <input
          type="radio"
          name="highlight-scope"
          value="story"
          checked={scope === 'story'}
          onChange={() => onChange({ highlightScope: 'story' })}
        />
        {text.scopeStory}
      </label>
      <label>
        <input
          type="radio"
          name="highlight-scope"
          value="every"
          checked={scope === 'every'}
          onChange={() => onChange({ highlightScope: 'every' })}
        />
        {text.scopeEvery}
      </label>
    </fieldset>
  );
}
