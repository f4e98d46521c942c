/**
 * What becomes of a sheet's loaded data: the cells gathered from the ranges they came in
 * (`Gathered`), and the SheetGrid built from them and from the special-cell and merged-area
 * addresses (`buildGrid`). However a sheet was read (one head box, pieces, bands, several sheets
 * together), its grid is built here, so every way of reading gives the same grid.
 */
import type { CellBox, CellKind, CellValue, SheetGrid } from '../../engine/grid';
import { boxesOfAreas, boxOfAddress } from './addresses';
import { utf8Length } from '../utf8';
import type { CalculationMode } from '../port';

/** The objects loaded for one sheet besides its cells (read-head.ts queues them). */
export interface SheetLoads {
  ws: Excel.Worksheet;
  used: Excel.Range;
  formulas?: Excel.RangeAreas;
  errors?: Excel.RangeAreas[];
  visible?: Excel.RangeAreas;
  merges?: Excel.RangeAreas;
  /** The merged areas when they were read on their own, in bands (read-merges.ts), not in `merges`. */
  mergeBoxes?: CellBox[];
  /** The workbook's calculation mode, loaded with the sheet (calculation-mode.ts). */
  calculation: () => CalculationMode;
}

function areas(a: Excel.RangeAreas | undefined): CellBox[] {
  return a && !a.isNullObject ? boxesOfAreas(a.address) : [];
}

function markBoxes(target: boolean[][], boxes: CellBox[], origin: CellBox): void {
  for (const b of boxes) {
    for (let r = Math.max(b.row, origin.row); r < Math.min(b.row + b.rows, origin.row + origin.rows); r++) {
      const line = target[r - origin.row];
      for (let c = Math.max(b.col, origin.col); c < Math.min(b.col + b.cols, origin.col + origin.cols); c++) line[c - origin.col] = true;
    }
  }
}

function kindOf(value: CellValue, isError: boolean): CellKind {
  if (value === '' || value === null) return 'Empty';
  if (isError) return 'Error';
  if (typeof value === 'number') return 'Double';
  if (typeof value === 'boolean') return 'Boolean';
  return 'String';
}

function kindOfType(t: string): CellKind {
  return t === 'Empty' || t === 'String' || t === 'Double' || t === 'Integer' || t === 'Boolean' || t === 'Error' ? t : 'Unknown';
}

/** Rows or columns of the used range that no visible area covers. */
function hiddenIndexes(visible: CellBox[], start: number, count: number, axis: 'row' | 'col'): number[] {
  const shown = new Set<number>();
  for (const b of visible) {
    const from = axis === 'row' ? b.row : b.col;
    const n = axis === 'row' ? b.rows : b.cols;
    for (let i = from; i < from + n; i++) shown.add(i);
  }
  const out: number[] = [];
  for (let i = start; i < start + count; i++) if (!shown.has(i)) out.push(i);
  return out;
}

/** Builds the grid once the values (and, without 1.9, valueTypes and formulas) are in. */
export function buildGrid(
  name: string,
  p: SheetLoads,
  values: CellValue[][],
  valueTypes: string[][] | undefined,
  formulaTexts: unknown[][] | undefined,
): SheetGrid {
  const origin = boxOfAddress(p.used.address) ?? { row: 0, col: 0, rows: values.length, cols: values[0]?.length ?? 0 };
  const rows = values.length;
  const cols = values[0]?.length ?? 0;
  const flags = (): boolean[][] => Array.from({ length: rows }, () => new Array<boolean>(cols).fill(false));
  const isError = flags();
  const isFormula = flags();
  if (p.errors) p.errors.forEach((a) => markBoxes(isError, areas(a), origin));
  if (p.formulas) markBoxes(isFormula, areas(p.formulas), origin);
  const kinds: CellKind[][] = values.map((line, r) =>
    line.map((v, c) => (valueTypes ? kindOfType(valueTypes[r][c]) : kindOf(v, isError[r][c]))),
  );
  if (formulaTexts) {
    formulaTexts.forEach((line, r) =>
      line.forEach((f, c) => {
        isFormula[r][c] = typeof f === 'string' && f.startsWith('=') && f !== values[r][c];
      }),
    );
  }
  const grid: SheetGrid = {
    sheetName: name,
    values,
    originRow: origin.row,
    originCol: origin.col,
    kinds,
    formulas: isFormula,
  };
  if (p.mergeBoxes) grid.merges = p.mergeBoxes.map((b) => ({ ...b }));
  else if (p.merges) grid.merges = areas(p.merges);
  if (p.visible) {
    const visible = p.visible.isNullObject ? [] : boxesOfAreas(p.visible.address);
    grid.hiddenRows = hiddenIndexes(visible, origin.row, rows, 'row');
    grid.hiddenCols = hiddenIndexes(visible, origin.col, cols, 'col');
  }
  return grid;
}

/** Cells of the used range gathered from several loaded ranges. */
export class Gathered {
  readonly values: CellValue[][];
  readonly types: string[][];
  readonly formulas: unknown[][];

  constructor(
    private readonly used: CellBox,
    private readonly special: boolean,
  ) {
    const rows = (): unknown[][] => Array.from({ length: used.rows }, () => new Array<unknown>(used.cols));
    this.values = rows() as CellValue[][];
    this.types = special ? [] : (rows() as string[][]);
    this.formulas = special ? [] : rows();
  }

  /** Copies `part` (a box of the sheet) out of `range`, a loaded range whose top-left is `at`. */
  copy(part: CellBox, at: CellBox, range: Excel.Range): void {
    const sources: [unknown[][], unknown[][]][] = [[range.values, this.values]];
    if (!this.special) sources.push([range.valueTypes, this.types], [range.formulas as unknown[][], this.formulas]);
    for (const [from, to] of sources) {
      for (let r = 0; r < part.rows; r++) {
        const line = from[part.row - at.row + r];
        const target = to[part.row - this.used.row + r];
        const fromCol = part.col - at.col;
        const toCol = part.col - this.used.col;
        for (let c = 0; c < part.cols; c++) target[toCol + c] = line[fromCol + c];
      }
    }
  }

  /** Bytes per cell of the response for `part` (already copied in). */
  bytesPerCell(part: CellBox): number {
    const slice = (m: unknown[][]): unknown[][] =>
      m.slice(part.row - this.used.row, part.row - this.used.row + part.rows).map((l) => l.slice(part.col - this.used.col, part.col - this.used.col + part.cols));
    let bytes = utf8Length(JSON.stringify(slice(this.values)));
    if (!this.special) bytes += utf8Length(JSON.stringify(slice(this.types))) + utf8Length(JSON.stringify(slice(this.formulas)));
    return bytes / (part.rows * part.cols);
  }

  /** The grid of the sheet, once every cell of the used range is in. */
  grid(name: string, p: SheetLoads): SheetGrid {
    return buildGrid(name, p, this.values, this.special ? undefined : this.types, this.special ? undefined : this.formulas);
  }
}
