import { render } from 'preact';
import { loadSettings, updateSettings, watchSettings } from '@/lib/settings';
import { OptionsApp, type OptionsDeps } from '@/lib/ui/options/OptionsApp';
import '@/lib/ui/theme.css';
import '../popup/popup.css';
import './options.css';

const deps: OptionsDeps = { loadSettings, updateSettings, watchSettings };

const root = document.getElementById('app');
if (root) render(<OptionsApp deps={deps} />, root);
