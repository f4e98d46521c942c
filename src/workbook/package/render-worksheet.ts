/**
 * A SheetPlan as a worksheet part, written straight to UTF-8. What it renders is what the ExcelJS
 * adapter renders for the same plan (src/workbook/xlsx/README.md, "Writing a plan"): values,
 * per-cell styles, merges, column widths in characters, row heights in points, frozen panes,
 * A4 print settings fitted to the plan's pages wide, the centre footer, manual page breaks, and
 * the <drawing> of the sheet's charts. Strings are inline strings, so the user's shared strings
 * part is not touched.
 *
 * Elements follow the order of CT_Worksheet (ECMA-376 Part 1, 18.3.1.99): sheetPr, dimension,
 * sheetViews, sheetFormatPr, cols, sheetData, mergeCells, pageMargins, pageSetup, headerFooter,
 * rowBreaks, drawing. Nothing maps to <printOptions> (no centring, gridlines or headings in the
 * plan), so it is not written, as the ExcelJS adapter does not write it.
 */
import { a1, columnLetters } from '../../engine/grid';
import type { CellStyle, PrintSettings, SheetPlan } from '../../appendix/types';
import { PlanRenderError, type SheetCells } from './render-cells';
import { ByteWriter, cellNumber, cellText, fragment } from './render-text';
import { XML_DECLARATION, escapeAttr, escapeText } from './splice-xml';

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** Paper size code of A4 in SpreadsheetML. */
const PAPER_A4 = 9;
/** Excel's margins of a new sheet, in inches. */
const DEFAULT_MARGINS = { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };
/** Row heights Excel accepts, in points; column widths, in characters. */
const MAX_ROW_HEIGHT = 409;
const MAX_COLUMN_WIDTH = 255;
/** Characters a cell holds (Excel reports a longer text as damage). */
const MAX_CELL_TEXT = 32_767;

function finiteIn(value: number, low: number, high: number, what: string): string {
  if (!Number.isFinite(value) || value < low || value > high) throw new PlanRenderError(`${what} ${value} is not between ${low} and ${high}`);
  return String(value);
}

function sheetViews(plan: SheetPlan): string {
  const freeze = plan.freeze;
  if (!freeze || (freeze.rows <= 0 && freeze.cols <= 0)) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const { rows, cols } = freeze;
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 0 || cols < 0) throw new PlanRenderError(`${plan.name}: frozen panes ${JSON.stringify(freeze)}`);
  const pane = rows > 0 && cols > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
  const split = (cols > 0 ? ` xSplit="${cols}"` : '') + (rows > 0 ? ` ySplit="${rows}"` : '');
  return (
    '<sheetViews><sheetView workbookViewId="0">' +
    `<pane${split} topLeftCell="${a1(rows, cols)}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="A1" sqref="A1"/>` +
    '</sheetView></sheetViews>'
  );
}

/** <cols>: the plan's widths by column (a later width of the same column wins), equal neighbours joined. */
function columns(plan: SheetPlan): string {
  const byCol = new Map<number, number>();
  for (const { col, width } of plan.columnWidths) {
    if (!Number.isInteger(col) || col < 0 || col >= 16_384) throw new PlanRenderError(`${plan.name}: column ${col} is not a column`);
    finiteIn(width, 0, MAX_COLUMN_WIDTH, `${plan.name}: width of column ${col + 1}`);
    byCol.set(col, width);
  }
  if (byCol.size === 0) return '';
  const sorted = [...byCol].sort((a, b) => a[0] - b[0]);
  const out: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1][0] === sorted[j][0] + 1 && sorted[j + 1][1] === sorted[i][1]) j++;
    out.push(`<col min="${sorted[i][0] + 1}" max="${sorted[j][0] + 1}" width="${sorted[i][1]}" customWidth="1"/>`);
    i = j + 1;
  }
  return `<cols>${out.join('')}</cols>`;
}

function rowHeights(plan: SheetPlan): Map<number, string> {
  const heights = new Map<number, string>();
  for (const { row, height } of plan.rowHeights ?? []) {
    if (!Number.isInteger(row) || row < 0 || row >= 1_048_576) throw new PlanRenderError(`${plan.name}: row ${row} is not a row`);
    heights.set(row, `" ht="${finiteIn(height, 0, MAX_ROW_HEIGHT, `${plan.name}: height of row ${row + 1}`)}" customHeight="1`);
  }
  return heights;
}

const ROW_OPEN = fragment('<row r="');
const TAG_END = fragment('">');
const ROW_END = fragment('</row>');
const EMPTY_CELL_END = fragment('/>');
const NUMBER_OPEN = fragment('><v>');
const NUMBER_CLOSE = fragment('</v></c>');
const STRING_OPEN = fragment(' t="inlineStr"><is><t xml:space="preserve">');
const STRING_CLOSE = fragment('</t></is></c>');

/**
 * <sheetData>: rows in order, cells with their reference, style, and value. Written as bytes:
 * each cell is a few prepared fragments (`<c r="` + its column letters, the row number, its
 * style attribute) and its value.
 */
function sheetData(out: ByteWriter, plan: SheetPlan, cells: SheetCells, xfOf: (style: CellStyle) => number): void {
  const { rows, cols, chains } = cells;
  const cellOpen = Array.from({ length: cols }, (_, c) => fragment(`<c r="${columnLetters(c)}`));
  const styleAttr: (Uint8Array | undefined)[] = new Array<Uint8Array | undefined>(cells.chainCount);
  styleAttr[0] = fragment('"');
  const heights = rowHeights(plan);
  let lastRow = rows;
  for (const r of heights.keys()) lastRow = Math.max(lastRow, r + 1);
  out.text('<sheetData>');
  for (let r = 0; r < lastRow; r++) {
    const n = String(r + 1);
    const height = heights.get(r) ?? '';
    let open = false;
    if (r < rows) {
      for (let c = 0, at = r * cols; c < cols; c++, at++) {
        const chain = chains[at];
        const value = cells.valueAtIndex(at);
        if (chain === 0 && value === undefined) continue;
        let style = styleAttr[chain];
        if (style === undefined) {
          const xf = xfOf(cells.styleOfChain(chain));
          style = fragment(xf ? `" s="${xf}"` : '"');
          styleAttr[chain] = style;
        }
        if (!open) {
          out.raw(ROW_OPEN);
          out.ascii(n);
          out.ascii(height);
          out.raw(TAG_END);
          open = true;
        }
        out.raw(cellOpen[c]);
        out.ascii(n);
        out.raw(style);
        if (value === undefined || value === null || value === '') {
          out.raw(EMPTY_CELL_END);
        } else if (typeof value === 'number') {
          const v = cellNumber(value);
          if (v === undefined) throw new PlanRenderError(`${plan.name}!${a1(r, c)}: ${value} is not a finite number`);
          out.raw(NUMBER_OPEN);
          out.ascii(v);
          out.raw(NUMBER_CLOSE);
        } else if (typeof value === 'string') {
          if (value.length > MAX_CELL_TEXT) throw new PlanRenderError(`${plan.name}!${a1(r, c)}: a text of ${value.length} characters is longer than a cell holds`);
          out.raw(STRING_OPEN);
          out.text(cellText(value));
          out.raw(STRING_CLOSE);
        } else {
          throw new PlanRenderError(`${plan.name}!${a1(r, c)}: unsupported value type ${typeof value}`);
        }
      }
    }
    if (open) out.raw(ROW_END);
    else if (height) out.ascii(`<row r="${n}${height}"/>`);
  }
  out.text('</sheetData>');
}

function mergeCells(plan: SheetPlan): string {
  const refs = plan.merges
    .filter((m) => m.rows > 1 || m.cols > 1)
    .map((m) => `<mergeCell ref="${a1(m.row, m.col)}:${a1(m.row + m.rows - 1, m.col + m.cols - 1)}"/>`);
  return refs.length ? `<mergeCells count="${refs.length}">${refs.join('')}</mergeCells>` : '';
}

function pageMargins(print: PrintSettings | undefined): string {
  const m = print?.margins
    ? { ...print.margins, header: Math.min(0.3, print.margins.top / 2), footer: Math.min(0.3, print.margins.bottom / 2) }
    : DEFAULT_MARGINS;
  const v = (n: number, what: string): string => finiteIn(n, 0, 49, `margin ${what}`);
  return `<pageMargins left="${v(m.left, 'left')}" right="${v(m.right, 'right')}" top="${v(m.top, 'top')}" bottom="${v(m.bottom, 'bottom')}" header="${v(m.header, 'header')}" footer="${v(m.footer, 'footer')}"/>`;
}

function pageSetup(print: PrintSettings): string {
  const wide = finiteIn(print.fitToPagesWide, 0, 32767, 'pages wide');
  const orientation = print.orientation === 'landscape' ? 'landscape' : 'portrait';
  return `<pageSetup paperSize="${PAPER_A4}" orientation="${orientation}" fitToWidth="${wide}" fitToHeight="0"/>`;
}

function headerFooter(print: PrintSettings): string {
  if (print.centerFooter === undefined) return '';
  return `<headerFooter><oddFooter>${escapeText(`&C${print.centerFooter}`)}</oddFooter></headerFooter>`;
}

/** Manual breaks: the break before 0-based row r is stored after 1-based row r. */
function rowBreaks(plan: SheetPlan): string {
  const rows = plan.pageBreaks ?? [];
  if (rows.length === 0) return '';
  for (const row of rows) {
    if (!Number.isInteger(row) || row < 1 || row >= 1_048_576) throw new PlanRenderError(`${plan.name}: page break before row ${row} is not a row after the first`);
  }
  const unique = [...new Set(rows)].sort((a, b) => a - b);
  const brks = unique.map((row) => `<brk id="${row}" max="16383" man="1"/>`).join('');
  return `<rowBreaks count="${unique.length}" manualBreakCount="${unique.length}">${brks}</rowBreaks>`;
}

/**
 * The worksheet part of a plan. `xfOf` gives the cell format index of a merged style;
 * `drawingRelId` is the relationship id of the sheet's drawing when it has charts.
 */
export function renderWorksheet(plan: SheetPlan, cells: SheetCells, xfOf: (style: CellStyle) => number, drawingRelId?: string): Uint8Array {
  // Room for every cell's tags, its number or its mostly Vietnamese text (under 2 bytes a
  // character), and every row's: the buffer is seldom grown.
  const out = new ByteWriter(cells.rows * (cells.cols * 26 + 24) + cells.strings * 56 + cells.textLength * 2 + cells.numbers * 24 + 65536);
  const print = plan.print;
  const extent = cells.rows > 0 && cells.cols > 0 ? `A1:${a1(cells.rows - 1, cells.cols - 1)}` : 'A1';
  out.text(XML_DECLARATION);
  out.text(`<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}">`);
  if (print) out.text('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  out.text(`<dimension ref="${extent === 'A1:A1' ? 'A1' : extent}"/>`);
  out.text(sheetViews(plan));
  out.text('<sheetFormatPr defaultRowHeight="15"/>');
  out.text(columns(plan));
  sheetData(out, plan, cells, xfOf);
  out.text(mergeCells(plan));
  out.text(pageMargins(print));
  if (print) {
    out.text(pageSetup(print));
    out.text(headerFooter(print));
  }
  out.text(rowBreaks(plan));
  if (drawingRelId !== undefined) out.text(`<drawing r:id="${escapeAttr(drawingRelId)}"/>`);
  out.text('</worksheet>');
  return out.bytes();
}
