/**
 * Reading a worksheet's used range as a SheetGrid: the values and address, plus (ExcelApi 1.9)
 * the addresses of formula cells, error cells and visible cells from getSpecialCells, which are
 * tiny next to loading valueTypes and formulas for every cell; and (ExcelApi 1.13) the merged
 * areas. Without 1.9, valueTypes and formulas are loaded instead. Sheets up to about 2,000 units
 * are read in one context.sync(); bigger ones in pieces sized so that no response goes over
 * Excel on the web's 5 MB (readSheetSized). readSheetInBands remains for a head box refused
 * all the same (cells of very long text).
 */
import type { CellBox, CellKind, CellValue, SheetGrid } from '../../engine/grid';
import { boxesOfAreas, boxOfAddress } from './addresses';
import { utf8Length } from '../utf8';
import type { IsSetSupported } from './types';
import { groupPieces, headBoxFor, intersect, outsideHead, splitBox, UNKNOWN_CELL_BYTES, type KnownShape } from './read-pieces';

export interface ReadResult {
  grid: SheetGrid;
  /** Worksheet id, so that the adapter never writes over a sheet it has read. */
  sheetId: string;
  /** The used range and its bytes per cell, to size the next read of this sheet. */
  shape?: KnownShape;
}

/** Cells in the first band when a sheet is read in bands. */
export const BAND_CELLS = 250_000;
/** Response size aimed at for the following bands (Excel on the web refuses 5 MB). */
export const BAND_TARGET_BYTES = 3 * 1024 * 1024;

interface Pending {
  ws: Excel.Worksheet;
  used: Excel.Range;
  formulas?: Excel.RangeAreas;
  errors?: Excel.RangeAreas[];
  visible?: Excel.RangeAreas;
  merges?: Excel.RangeAreas;
}

/** Queues the loads shared by both ways of reading; `cells` adds the cell contents themselves. */
function queueLoads(context: Excel.RequestContext, name: string, caps: IsSetSupported, cells: boolean): Pending {
  const ws = context.workbook.worksheets.getItem(name);
  ws.load('id');
  const used = ws.getUsedRange(true);
  const special = caps('ExcelApi', '1.9');
  const props = ['address', 'rowCount', 'columnCount'];
  if (cells) props.push('values');
  if (cells && !special) props.push('valueTypes', 'formulas');
  used.load(props);
  const pending: Pending = { ws, used };
  if (special) {
    pending.formulas = used.getSpecialCellsOrNullObject('Formulas').load('address');
    pending.errors = [
      used.getSpecialCellsOrNullObject('Formulas', 'Errors').load('address'),
      used.getSpecialCellsOrNullObject('Constants', 'Errors').load('address'),
    ];
    pending.visible = used.getSpecialCellsOrNullObject('Visible').load('address');
  }
  if (caps('ExcelApi', '1.13')) pending.merges = ws.getRange().getMergedAreasOrNullObject().load('address');
  return pending;
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
function buildGrid(
  name: string,
  p: Pending,
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
  if (p.merges) grid.merges = areas(p.merges);
  if (p.visible) {
    const visible = p.visible.isNullObject ? [] : boxesOfAreas(p.visible.address);
    grid.hiddenRows = hiddenIndexes(visible, origin.row, rows, 'row');
    grid.hiddenCols = hiddenIndexes(visible, origin.col, cols, 'col');
  }
  return grid;
}

/** Cells of the used range gathered from several loaded ranges. */
class Gathered {
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
}

/**
 * Reads the sheet without a refused response: the first sync loads the used range's shape, the
 * special cells and a head box (see read-pieces.ts: the used range as last read, `known`, or a
 * fixed box at A1); a sheet that fits in the head (up to about 2,000 units) is then read. The rest of a bigger sheet comes in pieces sized from the
 * head's bytes per cell, a few pieces per sync.
 */
export async function readSheetSized(context: Excel.RequestContext, name: string, caps: IsSetSupported, known?: KnownShape): Promise<ReadResult> {
  const p = queueLoads(context, name, caps, false);
  const special = p.formulas !== undefined;
  const cellProps = special ? ['values'] : ['values', 'valueTypes', 'formulas'];
  const headBox = headBoxFor(known, special);
  // Only the part of the head box the sheet uses is sent back: a 20-unit sheet answers with its
  // own few thousand cells, not the whole box.
  const head = p.used
    .getIntersectionOrNullObject(p.ws.getRangeByIndexes(headBox.row, headBox.col, headBox.rows, headBox.cols))
    .load(cellProps);
  await context.sync();
  const used = boxOfAddress(p.used.address) ?? { row: 0, col: 0, rows: p.used.rowCount, cols: p.used.columnCount };
  const cells = new Gathered(used, special);
  const inHead = head.isNullObject ? undefined : intersect(used, headBox);
  let perCell = known?.bytesPerCell ?? UNKNOWN_CELL_BYTES;
  if (inHead) {
    cells.copy(inHead, inHead, head);
    perCell = Math.max(1, cells.bytesPerCell(inHead));
  }
  const pieces = outsideHead(used, headBox).flatMap((box) => splitBox(box, perCell));
  for (const group of groupPieces(pieces, perCell)) {
    const loaded = group.map((box) => ({ box, range: p.ws.getRangeByIndexes(box.row, box.col, box.rows, box.cols).load(cellProps) }));
    await context.sync();
    for (const { box, range } of loaded) cells.copy(box, box, range);
  }
  const grid = buildGrid(name, p, cells.values, special ? undefined : cells.types, special ? undefined : cells.formulas);
  return { grid, sheetId: p.ws.id, shape: { box: used, bytesPerCell: perCell } };
}

/**
 * For sheets too big for one response: the shape first, then the cells in row bands, one sync
 * each. The first band is small; the next ones are sized from the bytes per cell it measured, to
 * about BAND_TARGET_BYTES each.
 */
export async function readSheetInBands(context: Excel.RequestContext, name: string, caps: IsSetSupported): Promise<ReadResult> {
  const p = queueLoads(context, name, caps, false);
  await context.sync();
  const special = p.formulas !== undefined;
  const origin = boxOfAddress(p.used.address) ?? { row: 0, col: 0, rows: p.used.rowCount, cols: p.used.columnCount };
  const cols = Math.max(1, p.used.columnCount);
  let bandRows = Math.max(1, Math.floor(BAND_CELLS / cols));
  const values: CellValue[][] = [];
  const types: string[][] = [];
  const formulas: unknown[][] = [];
  for (let start = 0; start < p.used.rowCount; ) {
    const n = Math.min(bandRows, p.used.rowCount - start);
    const band = p.ws.getRangeByIndexes(origin.row + start, origin.col, n, cols);
    band.load(special ? 'values' : ['values', 'valueTypes', 'formulas']);
    await context.sync();
    const bandValues = band.values as CellValue[][];
    values.push(...bandValues);
    if (!special) {
      types.push(...band.valueTypes);
      formulas.push(...(band.formulas as unknown[][]));
    }
    start += n;
    const perRow = (utf8Length(JSON.stringify(bandValues)) * (special ? 1 : 3)) / n;
    bandRows = Math.max(1, Math.floor(BAND_TARGET_BYTES / Math.max(1, perRow)));
  }
  const grid = buildGrid(name, p, values, special ? undefined : types, special ? undefined : formulas);
  return { grid, sheetId: p.ws.id };
}
