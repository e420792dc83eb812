export { EmphasizedText } from './components/EmphasizedText';
export { ResultGroups } from './components/ResultGroups';
export { SourceHeading } from './components/SourceHeading';
export { formatDate } from './format-date';
export { SearchPanel } from './popup/SearchPanel';
export { strings } from './strings';
