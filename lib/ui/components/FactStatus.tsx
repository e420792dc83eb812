import type { JSX } from 'preact';
import { strings } from '../strings';

interface Props {
  status: 'agree' | 'differ';
}

/** "Differ" or "Agree" before a finding, coloured the same in the card and the sidebar. */
export function FactStatus({ status }: Props): JSX.Element {
  return (
    <span class={`fact-status fact-status-${status}`}>
      {status === 'differ' ? strings.cardDiffer : strings.cardAgree}
    </span>
  );
}
