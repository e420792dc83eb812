/**
 * The cells of a coverage strip: one per source, side by side across
 * `width` units with a gap between, and how many characters of a source's
 * name fit under its cell (0: the cell is too narrow to name, and the name is
 * read from the cell's label and the list beside the picture).
 */

/** Between cells, so that two filled ones read as two sources. */
const GAP = 3;
/** Below this a cell is a sliver: cells wrap onto further rows instead. */
const MIN_CELL_WIDTH = 10;
/** Average width of a character at the strip's label size (10 units), with room either side. */
const CHAR_WIDTH = 6;
/** A name cut shorter than this is a guess, not a name. */
const MIN_LABEL_CHARS = 4;

export interface StripCell {
  index: number;
  x: number;
  row: number;
  width: number;
}

export interface StripLayout {
  cells: StripCell[];
  rows: number;
  /** Characters of a name that fit under a cell; 0 when none are drawn. */
  labelChars: number;
}

export function stripLayout(count: number, width: number): StripLayout {
  if (count <= 0) return { cells: [], rows: 0, labelChars: 0 };
  const perRow = Math.max(1, Math.min(count, Math.floor((width + GAP) / (MIN_CELL_WIDTH + GAP))));
  const cellWidth = (width - (perRow - 1) * GAP) / perRow;
  const cells = Array.from({ length: count }, (_, index) => ({
    index,
    row: Math.floor(index / perRow),
    x: (index % perRow) * (cellWidth + GAP),
    width: cellWidth,
  }));
  const chars = Math.floor(cellWidth / CHAR_WIDTH);
  return { cells, rows: Math.ceil(count / perRow), labelChars: chars >= MIN_LABEL_CHARS ? chars : 0 };
}

/** A name shortened to `chars` characters, with an ellipsis when cut. */
export function clipLabel(name: string, chars: number): string {
  if (name.length <= chars) return name;
  return `${name.slice(0, Math.max(1, chars - 1)).trimEnd()}…`;
}
