import type { JSX } from 'preact';
import type { SourceMeta } from '../../corpus/source-meta';
import { formatDate } from '../format-date';
import { isUserSource } from '../../user-sources/is-user-source';
import { strings } from '../strings';

interface Props {
  sourceId: string;
  outlet: string | null;
  title: string | null;
  /** Names the source when it has no title. */
  lead?: string | null | undefined;
  published: string | null;
  publishedApproximate: boolean;
}

/** Outlet, title and date of a source, the same wherever a source is named. */
export function SourceHeading({
  sourceId,
  outlet,
  title,
  lead,
  published,
  publishedApproximate,
}: Props): JSX.Element {
  return (
    <header class="source-heading">
      <span class="source-outlet">
        {outlet ?? strings.unknownOutlet}
        {isUserSource(sourceId) && (
          <>
            {' '}
            <span class="source-yours" title={strings.yoursHint}>
              {strings.yours}
            </span>
          </>
        )}
      </span>
      <span class="source-date">{formatDate(published, publishedApproximate)}</span>
      <span class="source-title">{title ?? strings.untitled(lead)}</span>
    </header>
  );
}

/** The heading of a source the UI holds whole. */
export function SourceMetaHeading({ source }: { source: SourceMeta }): JSX.Element {
  return (
    <SourceHeading
      sourceId={source.id}
      outlet={source.outlet}
      title={source.title}
      lead={source.lead}
      published={source.published}
      publishedApproximate={source.publishedApproximate}
    />
  );
}
