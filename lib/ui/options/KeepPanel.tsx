import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { normaliseSite, withSiteRule } from '../../keep/site-rule';
import { KEEP_RULES, type KeepRule, type KeepSettings } from '../../settings/keep-settings-schema';
import type { Settings } from '../../settings/settings-schema';
import { strings } from '../strings';

export interface KeepPanelProps {
  keep: KeepSettings;
  onChange: (change: Partial<Settings>) => void;
}

/**
 * "Keep what I read" on the options page: the switch (off until the reader
 * turns it on), what it keeps and where, its pause, and the per-site rules.
 */
export function KeepPanel({ keep, onChange }: KeepPanelProps): JSX.Element {
  const text = strings.keep;
  const [site, setSite] = useState('');
  const [rule, setRule] = useState<KeepRule>('never');
  const set = (change: Partial<KeepSettings>): void => onChange({ keep: { ...keep, ...change } });
  return (
    <section class="options-keep" aria-labelledby="options-keep-heading">
      <h2 id="options-keep-heading">{text.heading}</h2>
      <p class="options-intro">{text.explain}</p>
      <label>
        <input
          type="checkbox"
          name="keep-enabled"
          checked={keep.enabled}
          onChange={(event) => set({ enabled: event.currentTarget.checked })}
        />
        {text.enable}
      </label>
      <label>
        <input
          type="checkbox"
          name="keep-paused"
          checked={keep.paused}
          disabled={!keep.enabled}
          onChange={(event) => set({ paused: event.currentTarget.checked })}
        />
        {text.paused}
      </label>
      <h3>{text.rulesHeading}</h3>
      {keep.sites.length === 0 ? (
        <p class="options-none">{text.noRules}</p>
      ) : (
        <ul class="options-site-list options-keep-rules">
          {keep.sites.map((each) => (
            <li key={each.site} data-site={each.site}>
              <span class="options-site">{each.site}</span>
              <span>{text.rule[each.rule]}</span>
              <button
                type="button"
                aria-label={text.removeRuleLabel(each.site)}
                onClick={() => set({ sites: withSiteRule(keep.sites, each.site, null) })}
              >
                {text.removeRule}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="options-keep-rule"
        onSubmit={(event) => {
          event.preventDefault();
          const name = normaliseSite(site);
          if (name === '') return;
          set({ sites: withSiteRule(keep.sites, name, rule) });
          setSite('');
        }}
      >
        <label>
          {text.siteLabel}{' '}
          <input
            name="keep-site"
            placeholder={text.sitePlaceholder}
            value={site}
            onInput={(event) => setSite(event.currentTarget.value)}
          />
        </label>
        <label>
          {text.ruleLabel}{' '}
          <select
            name="keep-rule"
            value={rule}
            onChange={(event) => setRule(event.currentTarget.value as KeepRule)}
          >
            {KEEP_RULES.map((each) => (
              <option key={each} value={each}>
                {text.rule[each]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{text.addRule}</button>
      </form>
    </section>
  );
}
