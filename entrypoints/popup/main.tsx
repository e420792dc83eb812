import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { searchResponseSchema, sendRequest } from '@/lib/messaging';
import { loadSettings, updateSettings, type Settings } from '@/lib/settings';
import { PageToggles, SearchPanel } from '@/lib/ui';
import '@/lib/ui/theme.css';
import './popup.css';

const search = (query: string) => sendRequest({ type: 'search', query }, searchResponseSchema);

/** The active tab's host: known through activeTab when the toolbar button opened the popup. */
async function activeHost(): Promise<string | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  try {
    const url = new URL(tab?.url ?? '');
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.hostname : null;
  } catch {
    return null;
  }
}

function Popup() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [hostname, setHostname] = useState<string | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    void activeHost().then(setHostname, () => setHostname(null));
  }, []);
  const initialQuery = new URLSearchParams(location.search).get('q') ?? '';
  return (
    <SearchPanel search={search} initialQuery={initialQuery}>
      {settings && (
        <PageToggles
          settings={settings}
          hostname={hostname}
          onChange={(change) => void updateSettings(change).then(setSettings)}
        />
      )}
    </SearchPanel>
  );
}

const root = document.getElementById('app');
if (root) render(<Popup />, root);
