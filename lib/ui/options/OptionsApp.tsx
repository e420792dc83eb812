import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../settings/settings-schema';
import { PageToggles } from '../popup/PageToggles';
import { strings } from '../strings';
import { HighlightScopeChoice } from './HighlightScopeChoice';
import { KeepPanel } from './KeepPanel';
import { UserSourcesPanel, type UserSourcesDeps } from './UserSourcesPanel';

/** Everything the options page asks of the browser; main.tsx supplies the real ones, tests their own. */
export interface OptionsDeps {
  loadSettings(): Promise<Settings>;
  updateSettings(change: Partial<Settings>): Promise<Settings>;
  /** Calls back when the settings change elsewhere (the popup); returns the unsubscribe. */
  watchSettings(onChange: (settings: Settings) => void): () => void;
  /** The sources section (absent in tests of the switches alone). */
  sources?: UserSourcesDeps;
}

/**
 * The options page: the same switches as the popup (without a current site),
 * and the sites where Parallax is off, each with a way back on.
 */
export function OptionsApp({ deps }: { deps: OptionsDeps }): JSX.Element {
  const text = strings.options;
  const [settings, setSettings] = useState<Settings | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    void deps.loadSettings().then(setSettings, () => setFailed(true));
    return deps.watchSettings(setSettings);
  }, [deps]);

  const change = (next: Partial<Settings>): void => {
    setFailed(false);
    deps.updateSettings(next).then(setSettings, () => setFailed(true));
  };

  return (
    <main class="options">
      <h1>{text.title}</h1>
      <p class="options-intro">{text.intro}</p>
      {failed && (
        <p class="options-error" role="alert">
          {strings.popup.settingsFailed}
        </p>
      )}
      {settings && (
        <>
          <PageToggles settings={settings} hostname={null} onChange={change} keepSwitch={false} />
          <HighlightScopeChoice scope={settings.highlightScope} onChange={change} />
          <section class="options-sites" aria-labelledby="options-sites-heading">
            <h2 id="options-sites-heading">{text.sitesHeading}</h2>
            {settings.disabledSites.length === 0 ? (
              <p class="options-none">{text.noSitesOff}</p>
            ) : (
              <ul class="options-site-list">
                {settings.disabledSites.map((site) => (
                  <li key={site}>
                    <span class="options-site">{site}</span>
                    <button
                      type="button"
                      aria-label={text.siteOnLabel(site)}
                      onClick={() =>
                        change({ disabledSites: settings.disabledSites.filter((other) => other !== site) })
                      }
                    >
                      {text.siteOn}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <KeepPanel keep={settings.keep} onChange={change} />
        </>
      )}
      {deps.sources && (
        <UserSourcesPanel
          deps={deps.sources}
          retention={settings?.retention ?? null}
          onRetention={(retention) => change({ retention })}
        />
      )}
      <p class="options-privacy">{text.privacy}</p>
    </main>
  );
}
