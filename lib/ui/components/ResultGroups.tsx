import type { JSX } from 'preact';
import { groupHitsBySource, type SearchHit } from '../../search';
import { EmphasizedText } from './EmphasizedText';
import { SourceHeading } from './SourceHeading';

interface Props {
  hits: readonly SearchHit[];
}

/** Search hits grouped by source, best source first. */
export function ResultGroups({ hits }: Props): JSX.Element {
  return (
    <ol class="result-groups">
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
          </li>
        );
      })}
    </ol>
  );
}
