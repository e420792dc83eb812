import type { JSX, Ref, TargetedKeyboardEvent } from 'preact';
import { groupHitsBySource, type SearchHit } from '../../search';
import { EmphasizedText } from '../components/EmphasizedText';
import { SourceHeading } from '../components/SourceHeading';
import { strings } from '../strings';

export interface SearchResultsProps {
  hits: readonly SearchHit[];
  /** "Compare in sidebar" on any group: how every source reports the query. */
  onCompare: () => void;
  /** Arrow keys between the groups' buttons (SearchPanel moves the focus). */
  onButtonKeyDown?: (event: TargetedKeyboardEvent<HTMLButtonElement>) => void;
  listRef?: Ref<HTMLOListElement>;
}

/** Search hits grouped by source, best source first, each group with its way to the sidebar. */
export function SearchResults({
  hits,
  onCompare,
  onButtonKeyDown,
  listRef,
}: SearchResultsProps): JSX.Element {
  return (
    <ol class="result-groups" ref={listRef}>
      {groupHitsBySource(hits).map((group) => {
        const first = group.hits[0];
        if (!first) return null;
        return (
          <li class="result-group" key={group.sourceId} data-source-id={group.sourceId}>
            <SourceHeading {...first} />
            <ul class="passages">
              {group.hits.map((hit) => (
                <li class="passage" key={hit.id}>
                  <EmphasizedText text={hit.text} ranges={hit.emphasis} />
                </li>
              ))}
            </ul>
            <button type="button" class="result-compare" onClick={onCompare} onKeyDown={onButtonKeyDown}>
              {strings.popup.compareInSidebar}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
