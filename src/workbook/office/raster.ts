/**
 * Flattening a sheet's many small plan pieces (one block per row, one style range per unit) into
 * few rectangles, so that a sheet costs a handful of Excel calls whatever its size. A raster
 * holds, for each cell of a bounding box, the last value written there (later pieces win, as the
 * plan says); `rectangles()` covers the cells of each value with row runs stacked over
 * consecutive rows.
 */
import type { CellBox } from '../../engine/grid';

export function boundingBox(boxes: readonly CellBox[]): CellBox | undefined {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const b of boxes) {
    if (b.rows < 1 || b.cols < 1) continue;
    top = Math.min(top, b.row);
    left = Math.min(left, b.col);
    bottom = Math.max(bottom, b.row + b.rows);
    right = Math.max(right, b.col + b.cols);
  }
  return bottom < 0 ? undefined : { row: top, col: left, rows: bottom - top, cols: right - left };
}

/** Values by cell over a bounding box, as small integer ids (0 = nothing written). */
export class Raster<T> {
  private readonly ids: Int32Array;
  private readonly values: T[] = [];
  private readonly index = new Map<string, number>();

  constructor(readonly box: CellBox) {
    this.ids = new Int32Array(box.rows * box.cols);
  }

  fill(b: CellBox, value: T): void {
    const key = JSON.stringify(value);
    let id = this.index.get(key);
    if (id === undefined) {
      this.values.push(value);
      id = this.values.length;
      this.index.set(key, id);
    }
    const r0 = Math.max(b.row, this.box.row) - this.box.row;
    const r1 = Math.min(b.row + b.rows, this.box.row + this.box.rows) - this.box.row;
    const c0 = Math.max(b.col, this.box.col) - this.box.col;
    const c1 = Math.min(b.col + b.cols, this.box.col + this.box.cols) - this.box.col;
    for (let r = r0; r < r1; r++) this.ids.fill(id, r * this.box.cols + c0, r * this.box.cols + c1);
  }

  /** Rectangles of equal value, grouped by value, in order of first appearance. */
  rectangles(): { value: T; boxes: CellBox[] }[] {
    const groups = this.values.map((value) => ({ value, boxes: [] as CellBox[] }));
    const { rows, cols } = this.box;
    let open = new Map<string, CellBox>();
    for (let r = 0; r < rows; r++) {
      const next = new Map<string, CellBox>();
      let c = 0;
      while (c < cols) {
        const id = this.ids[r * cols + c];
        if (id === 0) {
          c++;
          continue;
        }
        const start = c;
        while (c < cols && this.ids[r * cols + c] === id) c++;
        const key = `${id}:${start}:${c}`;
        const prev = open.get(key);
        if (prev) {
          prev.rows++;
          next.set(key, prev);
        } else {
          const rect = { row: this.box.row + r, col: this.box.col + start, rows: 1, cols: c - start };
          groups[id - 1].boxes.push(rect);
          next.set(key, rect);
        }
      }
      open = next;
    }
    return groups.filter((g) => g.boxes.length > 0);
  }
}
