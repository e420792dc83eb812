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
  /** `span` inside a <summary>, which holds phrasing content only. */
  as?: 'header' | 'span';
}

/** Outlet, title and date of a source, the same wherever a source is named. */
export function SourceHeading({
  sourceId,
  outlet,
  title,
  lead,
  published,
  publishedApproximate,
  as: Element = 'header',
}: Props): JSX.Element {
  return (
    <Element class="source-heading">
      {/* Without an outlet, the headline (or lead) names the source and the missing outlet is said in small. */}
      <span class="source-outlet">
        {outlet ?? title ?? strings.untitled(lead)}
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
      <span class="source-title">
        {outlet === null ? strings.unknownOutlet : (title ?? strings.untitled(lead))}
      </span>
    </Element>
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
