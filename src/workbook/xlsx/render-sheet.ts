/**
 * Renders one SheetPlan into an empty ExcelJS worksheet: values, merges, styles, widths and
 * heights, frozen panes, print settings. Charts are returned as data for the package
 * post-processing (ExcelJS cannot write them).
 *
 * Order matters: values first, then merges (ExcelJS drops what sits in the non-top-left cells of
 * a merge), then styles (set cell by cell, so the cells of a merged area can carry their own
 * borders; cells whose merged style is the same share one frozen ExcelJS style object, which
 * ExcelJS turns into its style entry once when saving instead of once per cell).
 */
import type { CellValue as ExcelJsCellValue, Style, Worksheet } from 'exceljs';
import type { CellBox } from '../../engine/grid';
import { a1 } from '../../engine/grid';
import type { CellStyle, PlanValue, PrintSettings, SheetPlan } from '../../appendix/types';
import type { BarChartData } from './charts/chart-xml';
import { StyleCache } from './share-styles';
import { mergeStyles, toExcelStyle } from './style';

export class PlanRenderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlanRenderError';
  }
}

/** Paper size code of A4 in SpreadsheetML. */
const PAPER_A4 = 9;

/**
 * Protects the text "_xHHHH_" from being read as an escaped character: SpreadsheetML strings
 * use that form for characters XML cannot carry, and ExcelJS writes strings without escaping
 * it. Its underscore is written as "_x005F_", which every reader turns back into "_".
 */
export function escapeXstring(text: string): string {
  return text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
}

/**
 * The value ExcelJS is given for a plan value. A string is always a plain string value, which
 * ExcelJS stores as a shared string: "=SUM(A1)" stays text, it never becomes a formula.
 */
function cellValueOf(value: PlanValue, where: string): ExcelJsCellValue {
  if (value === null) return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new PlanRenderError(`${where}: ${value} is not a finite number`);
    return value;
  }
  if (typeof value === 'string') return escapeXstring(value);
  throw new PlanRenderError(`${where}: unsupported value type ${typeof value}`);
}

function writeBlocks(ws: Worksheet, plan: SheetPlan): void {
  for (const block of plan.blocks) {
    block.values.forEach((rowValues, r) => {
      rowValues.forEach((value, c) => {
        if (value === null) return;
        const row = block.row + r;
        const col = block.col + c;
        ws.getCell(row + 1, col + 1).value = cellValueOf(value, `${plan.name}!${a1(row, col)}`);
      });
    });
  }
}

function boxRange(box: CellBox): [number, number, number, number] {
  return [box.row + 1, box.col + 1, box.row + box.rows, box.col + box.cols];
}

/**
 * Styles cell by cell. Each cell's list of style ranges (in plan order) is interned as a chain
 * id, so the merged style and its ExcelJS object are made once per distinct list, not per cell.
 */
function writeStyles(ws: Worksheet, plan: SheetPlan): void {
  if (plan.styles.length === 0) return;
  let rows = 0;
  let cols = 0;
  for (const { box } of plan.styles) {
    rows = Math.max(rows, box.row + box.rows);
    cols = Math.max(cols, box.col + box.cols);
  }
  const count = plan.styles.length;
  // Chain ids: 0 = no style; chain id n > 0 is (parent chain, style index).
  const chainOf = new Int32Array(rows * cols);
  const parents: number[] = [0];
  const last: number[] = [-1];
  const interned = new Map<number, number>();
  plan.styles.forEach(({ box }, i) => {
    for (let row = box.row; row < box.row + box.rows; row++) {
      for (let col = box.col; col < box.col + box.cols; col++) {
        const at = row * cols + col;
        const key = chainOf[at] * count + i;
        let id = interned.get(key);
        if (id === undefined) {
          id = parents.length;
          parents.push(chainOf[at]);
          last.push(i);
          interned.set(key, id);
        }
        chainOf[at] = id;
      }
    }
  });
  const merged = (id: number): CellStyle => {
    const indexes: number[] = [];
    for (let n = id; n > 0; n = parents[n]) indexes.push(last[n]);
    let style: CellStyle | undefined;
    for (let k = indexes.length - 1; k >= 0; k--) style = mergeStyles(style, plan.styles[indexes[k]].style);
    return style ?? {};
  };
  // Chains that merge to the same style share one object too.
  const shared = new StyleCache<CellStyle>(toExcelStyle);
  const byChain = new Map<number, Partial<Style>>();
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      const id = chainOf[row * cols + col];
      if (id === 0) continue;
      let style = byChain.get(id);
      if (style === undefined) {
        const cellStyle = merged(id);
        style = shared.get(JSON.stringify(cellStyle), cellStyle);
        byChain.set(id, style);
      }
      ws.getCell(row + 1, col + 1).style = style;
    }
  }
}

function writePrint(ws: Worksheet, print: PrintSettings): void {
  ws.pageSetup.paperSize = PAPER_A4;
  ws.pageSetup.orientation = print.orientation;
  ws.pageSetup.fitToPage = true;
  ws.pageSetup.fitToWidth = print.fitToPagesWide;
  // 0 = as many pages tall as needed.
  ws.pageSetup.fitToHeight = 0;
  if (print.repeatRows) {
    ws.pageSetup.printTitlesRow = `${print.repeatRows.first + 1}:${print.repeatRows.last + 1}`;
  }
  if (print.margins) {
    const { top, bottom, left, right } = print.margins;
    ws.pageSetup.margins = { top, bottom, left, right, header: Math.min(0.3, top / 2), footer: Math.min(0.3, bottom / 2) };
  }
  if (print.centerFooter !== undefined) {
    ws.headerFooter.oddFooter = `&C${print.centerFooter}`;
  }
}

/**
 * Manual page breaks. SpreadsheetML stores a row break after a 1-based row, so the break before
 * 0-based row r is ExcelJS row r's (the row above it).
 */
function writePageBreaks(ws: Worksheet, plan: SheetPlan): void {
  for (const row of plan.pageBreaks ?? []) {
    if (!Number.isInteger(row) || row < 1) throw new PlanRenderError(`${plan.name}: page break before row ${row} is not a row after the first`);
    ws.getRow(row).addPageBreak();
  }
}

function chartData(ws: Worksheet, plan: SheetPlan): BarChartData[] {
  const cellsOf = (box: CellBox): ExcelJsCellValue[] => {
    const out: ExcelJsCellValue[] = [];
    for (let row = box.row; row < box.row + box.rows; row++) {
      for (let col = box.col; col < box.col + box.cols; col++) out.push(ws.getCell(row + 1, col + 1).value);
    }
    return out;
  };
  return (plan.charts ?? []).map((spec) => ({
    title: spec.title,
    sheetName: ws.name,
    categories: spec.categories,
    values: spec.values,
    categoryLabels: cellsOf(spec.categories).map((v) => (v === null || v === undefined ? '' : String(v))),
    numbers: cellsOf(spec.values).map((v) => (typeof v === 'number' ? v : null)),
    anchor: spec.anchor,
  }));
}

/** Renders the plan into `ws` (a new, empty worksheet) and returns its charts' data. */
export function renderSheet(ws: Worksheet, plan: SheetPlan): BarChartData[] {
  writeBlocks(ws, plan);
  for (const box of plan.merges) {
    if (box.rows > 1 || box.cols > 1) ws.mergeCells(...boxRange(box));
  }
  writeStyles(ws, plan);
  for (const { col, width } of plan.columnWidths) ws.getColumn(col + 1).width = width;
  for (const { row, height } of plan.rowHeights ?? []) ws.getRow(row + 1).height = height;
  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.cols > 0)) {
    const { rows, cols } = plan.freeze;
    ws.views = [{ state: 'frozen', xSplit: cols, ySplit: rows, topLeftCell: a1(rows, cols), activeCell: 'A1' }];
  }
  if (plan.print) writePrint(ws, plan.print);
  writePageBreaks(ws, plan);
  return chartData(ws, plan);
}
