import { render } from 'preact';
import { sendRequest } from '@/lib/messaging';
import { SearchPanel } from '@/lib/ui';
import '@/lib/ui/theme.css';
import './popup.css';

const search = (query: string) => sendRequest({ type: 'search', query });

const root = document.getElementById('app');
if (root) render(<SearchPanel search={search} />, root);
