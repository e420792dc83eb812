import { render } from 'preact';
import { sendRequest } from '@/lib/messaging';
import { loadSettings, updateSettings, watchSettings } from '@/lib/browser';
import { OptionsApp, type OptionsDeps } from '@/lib/ui/options/OptionsApp';
import { readHtmlArticle } from '@/lib/user-sources/read-html-article';
import '@/lib/ui/theme.css';
import '../popup/popup.css';
import './options.css';

/** Hands the export to the browser as a download (no permission needed for a page's own link). */
function download(file: Blob, name: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const deps: OptionsDeps = {
  loadSettings,
  updateSettings,
  watchSettings,
  sources: {
    list: () => sendRequest({ type: 'sources-list' }),
    readHtml: (html, url) => readHtmlArticle(new DOMParser().parseFromString(html, 'text/html'), url),
    parseMarkup: (text, type) => new DOMParser().parseFromString(text, type),
    estimate: () => navigator.storage.estimate(),
    importSources: (sources) => sendRequest({ type: 'user-sources-import', sources }),
    edit: (id, facts) => sendRequest({ type: 'user-source-edit', id, facts }),
    remove: (id) => sendRequest({ type: 'user-source-remove', id }),
    hide: (sourceId, hidden) => sendRequest({ type: 'source-hide', sourceId, hidden }),
    exportPage: (after, limit) => sendRequest({ type: 'user-sources-export-page', after, limit }),
    save: download,
    retain: () => sendRequest({ type: 'user-sources-retain' }),
    stories: async () => (await sendRequest({ type: 'stories-list' })).stories,
  },
};

const root = document.getElementById('app');
if (root) render(<OptionsApp deps={deps} />, root);
