import type { JSX } from 'preact';
import { strings } from '../strings';
import { clipLabel, stripLayout } from './coverage-strip-layout';

const WIDTH = 320;
const CELL_HEIGHT = 14;
/** Under a cell, its clipped name. */
const LABEL_HEIGHT = 13;
const ROW_GAP = 4;
/** The faintest fill of a mentioning cell: one passage must still read as "mentions". */
const MIN_FILL = 0.45;

export interface StripSource {
  id: string;
  name: string;
  /** Passages that mention the item (or, for a story, main items it reports); 0: silent. */
  passages: number;
}

/** What the strip and its cells are called, for a strip that counts something other than an item's passages. */
export interface StripWording {
  group: string;
  cell: (source: StripSource) => string;
}

interface Props {
  sources: readonly StripSource[];
  /** Goes to the source (its block in the view, or the line of silent sources). */
  onSelect: (sourceId: string) => void;
  /** Without it, the strip is an item's: who mentions it, in how many passages. */
  wording?: StripWording | undefined;
}

function itemWording(sources: readonly StripSource[]): StripWording {
  const mentioned = sources.filter((source) => source.passages > 0).length;
  return {
    group: strings.panel.stripLabel(mentioned, sources.length),
    cell: (source) =>
      source.passages === 0
        ? strings.panel.stripSilent(source.name)
        : strings.panel.stripMentions(source.name, source.passages),
  };
}

/**
 * Which sources mention the item (or a story's main items), one cell each, filled in proportion to
 * their passages and hollow for the silent. Each cell is a button: a click,
 * Enter or Space goes to that source.
 */
export function CoverageStrip({ sources, onSelect, wording }: Props): JSX.Element | null {
  if (sources.length === 0) return null;
  const layout = stripLayout(sources.length, WIDTH);
  const rowHeight = CELL_HEIGHT + (layout.labelChars > 0 ? LABEL_HEIGHT : 0) + ROW_GAP;
  const most = Math.max(1, ...sources.map((source) => source.passages));
  const words = wording ?? itemWording(sources);
  const choose = (event: KeyboardEvent, id: string) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onSelect(id);
  };
  return (
    <svg
      class="coverage-strip"
      viewBox={`0 0 ${WIDTH} ${layout.rows * rowHeight}`}
      role="group"
      aria-label={words.group}
    >
      {layout.cells.map((cell) => {
        const source = sources[cell.index];
        if (!source) return null;
        const y = cell.row * rowHeight;
        const silent = source.passages === 0;
        return (
          <g
            key={source.id}
            class={silent ? 'strip-cell is-silent' : 'strip-cell'}
            role="button"
            tabindex={0}
            data-source-id={source.id}
            aria-label={words.cell(source)}
            onClick={() => onSelect(source.id)}
            onKeyDown={(event) => choose(event, source.id)}
          >
            <title>{source.name}</title>
            <rect
              x={cell.x + 0.5}
              y={y + 0.5}
              width={Math.max(1, cell.width - 1)}
              height={CELL_HEIGHT - 1}
              rx={3}
              fill-opacity={silent ? undefined : MIN_FILL + ((1 - MIN_FILL) * source.passages) / most}
            />
          </g>
        );
      })}
      {/* Beside the cells, not in them: a clipped name is no button's name (each says the whole one). */}
      {layout.labelChars > 0 && (
        <g class="strip-labels" aria-hidden="true">
          {layout.cells.map((cell) => {
            const source = sources[cell.index];
            return source ? (
              <text
                key={source.id}
                x={cell.x + cell.width / 2}
                y={cell.row * rowHeight + CELL_HEIGHT + LABEL_HEIGHT - 3}
                text-anchor="middle"
              >
                {clipLabel(source.name, layout.labelChars)}
              </text>
            ) : null;
          })}
        </g>
      )}
    </svg>
  );
}
