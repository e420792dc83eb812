import type { JSX } from 'preact';
import { formatDate } from '../format-date';
import { strings } from '../strings';
import { timelineLayout, type TickUnit, type TimelinePoint } from './timeline-layout';

/** The drawing's own units: the SVG scales to the panel's width, up to the CSS's max-width. */
const WIDTH = 320;
/** Room at each end for the first and last tick labels. */
const INSET = 24;
/** Between the lanes of marks on one side of the axis. */
const LANE_HEIGHT = 10;
/** Between the axis and the first lane of reported dates, which must not read as ticks. */
const BELOW_GAP = 4;
const MARK_RADIUS = 3.5;
/** The tick labels' line under the reported dates. */
const LABEL_HEIGHT = 14;

export interface TimelineEntry extends TimelinePoint {
  /** The source's name, for the text alternative and the mark's tooltip. */
  source: string;
  /** For a reported date: what the source says happened then. */
  label?: string;
  /** The page being read. */
  isPage?: boolean;
}

// Made on first use, as format-date's: building a DateTimeFormat is slow when cold.
const tickFormats = new Map<TickUnit, Intl.DateTimeFormat>();
const TICK_OPTIONS: Record<TickUnit, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'short', timeZone: 'UTC' },
  month: { month: 'short', year: 'numeric', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};
function tickLabel(day: string, unit: TickUnit): string {
  let format = tickFormats.get(unit);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', TICK_OPTIONS[unit]);
    tickFormats.set(unit, format);
  }
  return format.format(new Date(`${day}T00:00:00Z`));
}

/**
 * When the sources were published (dots above the line, the page being read
 * ringed) and the dates their facts refer to (diamonds below), on one small
 * scale. The SVG is an image with a one-line label; the visually hidden list
 * beside it says every date in words.
 */
export function SourceTimeline({ entries }: { entries: readonly TimelineEntry[] }): JSX.Element | null {
  const layout = timelineLayout(entries, WIDTH, INSET);
  if (layout.from === null || layout.to === null) return null;
  const above = Math.max(1, layout.lanes.published);
  const below = layout.lanes.reported;
  const axisY = 4 + above * LANE_HEIGHT;
  const height = axisY + (below > 0 ? BELOW_GAP + below * LANE_HEIGHT : 0) + 4 + LABEL_HEIGHT;
  const labelY = height - 3;
  const dy = (kind: TimelinePoint['kind'], lane: number) =>
    kind === 'published'
      ? axisY - (lane + 0.5) * LANE_HEIGHT
      : axisY + BELOW_GAP + (lane + 0.5) * LANE_HEIGHT;
  const words = (entry: TimelineEntry, day: string) =>
    entry.kind === 'published'
      ? strings.panel.timelinePublished(entry.source, formatDate(day), entry.isPage === true)
      : strings.panel.timelineReported(entry.source, formatDate(day), entry.label ?? '');
  return (
    <figure class="timeline">
      <svg
        class="timeline-svg"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-label={strings.panel.timelineLabel(formatDate(layout.from), formatDate(layout.to))}
      >
        <line class="timeline-axis" x1={INSET / 2} x2={WIDTH - INSET / 2} y1={axisY} y2={axisY} />
        {layout.ticks.map((tick) => (
          <g key={tick.day} class="timeline-tick">
            <line x1={tick.x} x2={tick.x} y1={axisY - 3} y2={axisY + 3} />
            <text x={tick.x} y={labelY} text-anchor="middle">
              {tickLabel(tick.day, tick.unit)}
            </text>
          </g>
        ))}
        {layout.marks.map(({ point, x, lane, day }, index) => {
          const y = dy(point.kind, lane);
          const title = <title>{words(point, day)}</title>;
          if (point.kind === 'reported')
            return (
              <path
                key={`${point.id}:${index}`}
                class="timeline-reported"
                d={`M${x} ${y - MARK_RADIUS}l${MARK_RADIUS} ${MARK_RADIUS}l${-MARK_RADIUS} ${MARK_RADIUS}l${-MARK_RADIUS} ${-MARK_RADIUS}z`}
              >
                {title}
              </path>
            );
          return (
            <circle
              key={`${point.id}:${index}`}
              class={point.isPage ? 'timeline-published is-page' : 'timeline-published'}
              cx={x}
              cy={y}
              r={point.isPage ? MARK_RADIUS + 1 : MARK_RADIUS}
            >
              {title}
            </circle>
          );
        })}
      </svg>
      <figcaption class="timeline-legend" aria-hidden="true">
        <span class="timeline-key timeline-key-published">{strings.panel.timelineLegendPublished}</span>
        {below > 0 && (
          <span class="timeline-key timeline-key-reported">{strings.panel.timelineLegendReported}</span>
        )}
        {entries.some((entry) => entry.isPage) && (
          <span class="timeline-key timeline-key-page">{strings.panel.timelineLegendPage}</span>
        )}
      </figcaption>
      <ul class="visually-hidden">
        {layout.marks.map(({ point, day }, index) => (
          <li key={`${point.id}:${index}`}>{words(point, day)}</li>
        ))}
      </ul>
    </figure>
  );
}
