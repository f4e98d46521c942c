/**
 * A SheetPlan laid out as cells: the value of each cell (the plan's blocks, later blocks winning;
 * what sits under a merged area other than its top-left cell dropped, as Excel keeps it) and the
 * style of each cell (the plan's style ranges merged property by property, later ranges winning,
 * each cell on its own so that the cells of a merged area keep their own borders).
 *
 * Styles are not merged per cell: each cell holds the id of its chain of styles (the styles of
 * the ranges covering it, in plan order), interned, so the merged style is worked out once per
 * distinct chain, a few dozen per sheet, not once per cell or per range.
 */
import type { CellBox } from '../../engine/grid';
import type { CellStyle, PlanValue, SheetPlan } from '../../appendix/types';
import { mergeStyles } from '../xlsx/style';

export class PlanRenderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlanRenderError';
  }
}

/** Excel's grid. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;
/** Cells the dense layout may hold (rows × columns of the plan's extent). */
const MAX_LAYOUT_CELLS = 64_000_000;

function checkBox(box: CellBox, what: string): void {
  const ok = [box.row, box.col, box.rows, box.cols].every((n) => Number.isInteger(n)) &&
    box.row >= 0 && box.col >= 0 && box.rows >= 1 && box.cols >= 1 &&
    box.row + box.rows <= MAX_ROWS && box.col + box.cols <= MAX_COLS;
  if (!ok) throw new PlanRenderError(`${what} ${JSON.stringify(box)} is not a range of the sheet`);
}

export class SheetCells {
  /** Rows and columns of the extent, from A1. */
  readonly rows: number;
  readonly cols: number;
  private readonly values: (PlanValue | undefined)[];
  /** Characters of all the string values, and how many strings and numbers (to size the output once). */
  textLength = 0;
  strings = 0;
  numbers = 0;
  /** Style chain of each cell (0: none). */
  readonly chains: Int32Array;
  private readonly parents: number[] = [0];
  /** The style each chain adds to its parent (an index into `styles`). */
  private readonly lastStyle: number[] = [-1];
  /** The distinct styles of the plan's ranges. */
  private readonly styles: CellStyle[] = [];

  constructor(private readonly plan: SheetPlan) {
    let rows = 0;
    let cols = 0;
    const extend = (box: CellBox, what: string): void => {
      checkBox(box, what);
      rows = Math.max(rows, box.row + box.rows);
      cols = Math.max(cols, box.col + box.cols);
    };
    for (const b of plan.blocks) {
      const width = b.values.reduce((w, r) => Math.max(w, r.length), 0);
      if (b.values.length && width) extend({ row: b.row, col: b.col, rows: b.values.length, cols: width }, `${plan.name}: block at`);
    }
    for (const s of plan.styles) extend(s.box, `${plan.name}: style range`);
    for (const m of plan.merges) extend(m, `${plan.name}: merged area`);
    if (rows * cols > MAX_LAYOUT_CELLS) throw new PlanRenderError(`${plan.name}: ${rows} × ${cols} cells is too large a sheet`);
    this.rows = rows;
    this.cols = cols;
    this.values = new Array<PlanValue | undefined>(rows * cols);
    this.chains = new Int32Array(rows * cols);
    this.placeValues();
    this.clearMergedCells();
    this.placeStyles();
  }

  private placeValues(): void {
    const cols = this.cols;
    for (const b of this.plan.blocks) {
      for (let r = 0; r < b.values.length; r++) {
        const line = b.values[r];
        const at = (b.row + r) * cols + b.col;
        for (let c = 0; c < line.length; c++) {
          const v = line[c];
          if (v === null || v === undefined) continue;
          this.values[at + c] = v;
          if (typeof v === 'string') {
            this.textLength += v.length;
            this.strings++;
          } else {
            this.numbers++;
          }
        }
      }
    }
  }

  private clearMergedCells(): void {
    const cols = this.cols;
    const covered = new Uint8Array(this.rows * cols);
    for (const m of this.plan.merges) {
      if (m.rows === 1 && m.cols === 1) continue;
      for (let row = m.row; row < m.row + m.rows; row++) {
        for (let col = m.col; col < m.col + m.cols; col++) {
          const at = row * cols + col;
          if (covered[at]) throw new PlanRenderError(`${this.plan.name}: merged areas overlap at row ${row + 1}, column ${col + 1}`);
          covered[at] = 1;
          if (row !== m.row || col !== m.col) this.values[at] = undefined;
        }
      }
    }
  }

  private placeStyles(): void {
    const cols = this.cols;
    // Ranges with equal styles share an id, so chains are few (a style per unit's block is still
    // one of a handful of styles).
    const byObject = new Map<CellStyle, number>();
    const byText = new Map<string, number>();
    const styleIds = this.plan.styles.map(({ style }) => {
      let id = byObject.get(style);
      if (id === undefined) {
        const key = JSON.stringify(style);
        id = byText.get(key);
        if (id === undefined) {
          id = this.styles.length;
          this.styles.push(style);
          byText.set(key, id);
        }
        byObject.set(style, id);
      }
      return id;
    });
    const count = this.styles.length;
    const interned = new Map<number, number>();
    this.plan.styles.forEach(({ box }, i) => {
      const style = styleIds[i];
      // Neighbouring cells mostly share their chain: remember the last step taken.
      let lastFrom = -1;
      let lastTo = 0;
      for (let row = box.row; row < box.row + box.rows; row++) {
        for (let at = row * cols + box.col, end = at + box.cols; at < end; at++) {
          const from = this.chains[at];
          if (from === lastFrom) {
            this.chains[at] = lastTo;
            continue;
          }
          const key = from * count + style;
          let id = interned.get(key);
          if (id === undefined) {
            id = this.parents.length;
            this.parents.push(from);
            this.lastStyle.push(style);
            interned.set(key, id);
          }
          lastFrom = from;
          lastTo = id;
          this.chains[at] = id;
        }
      }
    });
  }

  /** Number of distinct chains (ids 1 .. count-1; 0 is "no style"). */
  get chainCount(): number {
    return this.parents.length;
  }

  /** The merged style of a chain: its ranges' styles in plan order, later ones winning. */
  styleOfChain(id: number): CellStyle {
    const steps: number[] = [];
    for (let n = id; n > 0; n = this.parents[n]) steps.push(this.lastStyle[n]);
    let style: CellStyle = {};
    for (let k = steps.length - 1; k >= 0; k--) style = mergeStyles(style, this.styles[steps[k]]);
    return style;
  }

  /** The value written at a cell (undefined: none). */
  valueAt(row: number, col: number): PlanValue | undefined {
    if (row < 0 || col < 0 || row >= this.rows || col >= this.cols) return undefined;
    return this.values[row * this.cols + col];
  }

  /** The value at a flat index (row * cols + col). */
  valueAtIndex(at: number): PlanValue | undefined {
    return this.values[at];
  }
}
