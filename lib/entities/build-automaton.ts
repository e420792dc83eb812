/**
 * The Aho–Corasick automaton behind the mention matcher, as flat typed
 * arrays: the scan takes one table lookup per folded code unit, whatever the
 * number of keys.
 */

/**
 * Most cells (states × alphabet classes, 4 bytes each) the table of full
 * rows may have: 2^20 cells, 4 MB. A catalogue of the seeds' size needs a
 * small fraction of that; thousands of aliases would need tens of millions,
 * so past this bound only the shallowest states get a full row
 * (a scan over prose spends nearly all its time within a few characters of
 * the root) and the deeper ones keep just their own edges and a failure
 * link. Memory is then at most this table, plus a few integers per state
 * and per key, plus the 128 KB map from code unit to class.
 */
export const MAX_DENSE_CELLS = 1 << 20;

const ROOT = 0;
const SPACE = 0x20;

export interface Automaton {
  /** Number of alphabet classes; class 0 is every code unit no key contains ("no edge"). */
  classes: number;
  /** Class of each folded (lower-cased) UTF-16 code unit. */
  classOf: Uint16Array;
  /**
   * Full rows of the shallowest states: the next row for (row + class).
   * A row is a state's place in the tables (see `stateOfRow`); the root's
   * is 0. A next row is stored as its bitwise complement when that state
   * reports keys, so the scan finds matches with one sign check.
   */
  dense: Int32Array;
  /** Rows at or past this have no full row: take them with `sparseStep`. */
  denseCells: number;
  /** The next row (complemented as in `dense`) from a row without a full row. */
  sparseStep: (row: number, cls: number) => number;
  /** The state a row belongs to, for the output tables. */
  stateOfRow: (row: number) => number;
  /** Keys a state reports itself: `outputList[outputStart[s] .. outputStart[s + 1])`, in key order. */
  outputStart: Int32Array;
  outputList: Int32Array;
  /** Nearest state along the failure chain that reports keys itself, or -1. */
  dictLink: Int32Array;
}

/** The keys as a trie, nodes numbered breadth-first, with failure and dictionary links. */
interface Trie {
  edges: Map<number, number>[];
  /** The code unit on the edge into each node (the root's is -1). */
  unit: number[];
  outputs: number[][];
  fail: Int32Array;
  dictLink: Int32Array;
}

function buildTrie(keys: readonly string[]): Trie {
  const edges: Map<number, number>[] = [new Map<number, number>()];
  const unit: number[] = [-1];
  const outputs: number[][] = [[]];
  keys.forEach((key, index) => {
    let node = ROOT;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      const from = edges[node] as Map<number, number>;
      let child = from.get(code);
      if (child === undefined) {
        child = edges.length;
        edges.push(new Map<number, number>());
        unit.push(code);
        outputs.push([]);
        from.set(code, child);
      }
      node = child;
    }
    (outputs[node] as number[]).push(index);
  });

  // Renumber breadth-first: a node's failure link (a proper suffix, so a
  // shallower node) then always comes before it, and the shallowest nodes,
  // which get full rows, come first.
  const order: number[] = [ROOT];
  const renumbered = new Int32Array(edges.length);
  for (let head = 0; head < order.length; head++) {
    const node = order[head] as number;
    renumbered[node] = head;
    for (const child of (edges[node] as Map<number, number>).values()) order.push(child);
  }
  const trie: Trie = {
    edges: order.map((node) => {
      const renamed = new Map<number, number>();
      for (const [code, child] of edges[node] as Map<number, number>) {
        renamed.set(code, renumbered[child] as number);
      }
      return renamed;
    }),
    unit: order.map((node) => unit[node] as number),
    outputs: order.map((node) => outputs[node] as number[]),
    fail: new Int32Array(edges.length),
    dictLink: new Int32Array(edges.length).fill(-1),
  };

  // Failure links point to the longest proper suffix in the trie.
  for (let node = 0; node < trie.edges.length; node++) {
    for (const [code, child] of trie.edges[node] as Map<number, number>) {
      if (node !== ROOT) {
        let f = trie.fail[node] as number;
        while (f !== ROOT && !(trie.edges[f] as Map<number, number>).has(code)) f = trie.fail[f] as number;
        trie.fail[child] = (trie.edges[f] as Map<number, number>).get(code) ?? ROOT;
      }
      const failNode = trie.fail[child] as number;
      trie.dictLink[child] =
        (trie.outputs[failNode] as number[]).length > 0 ? failNode : (trie.dictLink[failNode] as number);
    }
  }
  return trie;
}

/**
 * Builds the automaton for folded keys (non-empty, no space at either end,
 * no two spaces in a row, as `foldForMatch` and trimming leave them). Key i
 * is reported as i. Runs of spaces in the text count as one space, as in
 * folded text, so the scan need not collapse them itself.
 */
export function buildAutomaton(keys: readonly string[], maxDenseCells = MAX_DENSE_CELLS): Automaton {
  const trie = buildTrie(keys);
  const states = trie.edges.length;

  const classOf = new Uint16Array(0x10000);
  let classes = 1;
  for (let state = 1; state < states; state++) {
    const code = trie.unit[state] as number;
    if (classOf[code] === 0) classOf[code] = classes++;
  }
  const spaceClass = classOf[SPACE] as number;

  // Full rows for as many of the shallowest states as the bound allows (the
  // root at least); the other states are numbered after the last full row.
  const denseStates = Math.min(states, Math.max(1, Math.floor(maxDenseCells / classes)));
  const denseCells = denseStates * classes;
  const rowOf = (state: number): number =>
    state < denseStates ? state * classes : denseCells + state - denseStates;
  const stateOfRow = (row: number): number =>
    row < denseCells ? row / classes : row - denseCells + denseStates;
  const reports = (state: number): boolean =>
    (trie.outputs[state] as number[]).length > 0 || trie.dictLink[state] !== -1;
  const encode = (state: number): number => (reports(state) ? ~rowOf(state) : rowOf(state));
  // Runs of spaces fold to one space: a state just entered on a space stays
  // put on the next one. (No key has two spaces in a row or starts with one,
  // so such a state has no space edge of its own and reports nothing.)
  const staysOnSpace = (state: number): boolean => spaceClass !== 0 && trie.unit[state] === SPACE;

  const dense = new Int32Array(denseCells);
  for (let state = 0; state < denseStates; state++) {
    const row = state * classes;
    // Start from the failure state's row (complete already: it is
    // shallower), then put this state's own edges over it.
    if (state !== ROOT) {
      const failRow = (trie.fail[state] as number) * classes;
      dense.copyWithin(row, failRow, failRow + classes);
    }
    for (const [code, child] of trie.edges[state] as Map<number, number>) {
      dense[row + (classOf[code] as number)] = encode(child);
    }
    if (staysOnSpace(state)) dense[row + spaceClass] = row;
  }

  // The deeper states: their own edges only, as flat lists.
  const edgeStart = new Int32Array(states - denseStates + 1);
  const classList: number[] = [];
  const targetList: number[] = [];
  for (let state = denseStates; state < states; state++) {
    edgeStart[state - denseStates] = classList.length;
    for (const [code, child] of trie.edges[state] as Map<number, number>) {
      classList.push(classOf[code] as number);
      targetList.push(encode(child));
    }
    if (staysOnSpace(state)) {
      classList.push(spaceClass);
      targetList.push(rowOf(state));
    }
  }
  edgeStart[states - denseStates] = classList.length;
  const edgeClass = Uint16Array.from(classList);
  const edgeTarget = Int32Array.from(targetList);

  function sparseStep(row: number, cls: number): number {
    let state = stateOfRow(row);
    while (state >= denseStates) {
      const last = edgeStart[state - denseStates + 1] as number;
      for (let edge = edgeStart[state - denseStates] as number; edge < last; edge++) {
        if (edgeClass[edge] === cls) return edgeTarget[edge] as number;
      }
      state = trie.fail[state] as number;
    }
    return dense[state * classes + cls] as number;
  }

  const outputStart = new Int32Array(states + 1);
  const outputList: number[] = [];
  for (let state = 0; state < states; state++) {
    outputStart[state] = outputList.length;
    outputList.push(...(trie.outputs[state] as number[]));
  }
  outputStart[states] = outputList.length;

  return {
    classes,
    classOf,
    dense,
    denseCells,
    sparseStep,
    stateOfRow,
    outputStart,
    outputList: Int32Array.from(outputList),
    dictLink: trie.dictLink,
  };
}
