/**
 * A minimal .xlsx holding grids' values: the base package of an .xls or .ods input, into which
 * the result sheets are then spliced like into any .xlsx. Per sheet: numbers, strings (inline),
 * booleans and errors (`t="e"`); merged areas; hidden rows and columns; hidden sheets and the
 * active sheet. No formulas, no styles but the one default (styles.xml is there because Excel
 * wants it), no shared strings, no docProps.
 */
import type { CellValue, SheetGrid } from '../../engine/grid';
import { a1, a1Box } from '../../engine/grid';
import { writeZip } from '../package/zip';
import type { LegacyWorkbook } from './read';

export interface BlankSheet {
  name: string;
  grid: SheetGrid;
  hidden?: boolean;
}

export interface BlankOptions {
  /** The sheet selected when the file opens (a visible one); default the first visible sheet. */
  activeSheet?: string;
  /** Count dates from 1904, as the original did (its serial numbers are kept as they are). */
  date1904?: boolean;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Error values a cell may hold in SpreadsheetML (ST_CellType "e"); other texts stay strings. */
const CELL_ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA']);

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Cell text as SpreadsheetML stores it: characters XML 1.0 cannot hold as `_xHHHH_`, and text
 * that already looks like such an escape protected (`_x005F_`), so it reads back as typed.
 */
function cellText(text: string): string {
  let out = '';
  for (const ch of text.replace(/_x[0-9A-Fa-f]{4}_/g, (m) => `_x005F${m}`)) {
    const code = ch.charCodeAt(0);
    const unstorable = (code < 0x20 && code !== 0x09 && code !== 0x0a) || code === 0xfffe || code === 0xffff;
    out += unstorable ? `_x${code.toString(16).toUpperCase().padStart(4, '0')}_` : ch;
  }
  return escapeXml(out);
}

function cellXml(ref: string, value: CellValue, isError: boolean): string {
  if (value === null || value === '') return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`${ref}: ${value} cannot be stored in a workbook`);
    return `<c r="${ref}"><v>${value}</v></c>`;
  }
  if (typeof value === 'boolean') return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
  if (isError && CELL_ERRORS.has(value)) return `<c r="${ref}" t="e"><v>${escapeXml(value)}</v></c>`;
  const space = /^\s|\s$|\n/.test(value) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}" t="inlineStr"><is><t${space}>${cellText(value)}</t></is></c>`;
}

/** Consecutive indexes as [first, last] runs. */
function runs(indexes: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const i of [...new Set(indexes)].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else out.push([i, i]);
  }
  return out;
}

function sheetXml(grid: SheetGrid, selected: boolean): string {
  const originRow = grid.originRow ?? 0;
  const originCol = grid.originCol ?? 0;
  const hiddenRows = new Set(grid.hiddenRows ?? []);
  const rows = new Map<number, string>();
  grid.values.forEach((row, r) => {
    // An error is a cell of kind "Error", as the engine reads it; "#N/A" typed as text stays text.
    const cells = row.map((v, c) => cellXml(a1(originRow + r, originCol + c), v, grid.kinds?.[r]?.[c] === 'Error')).join('');
    if (cells) rows.set(originRow + r, cells);
  });
  for (const r of hiddenRows) if (!rows.has(r)) rows.set(r, '');
  const sheetData = [...rows.keys()].sort((a, b) => a - b)
    .map((r) => `<row r="${r + 1}"${hiddenRows.has(r) ? ' hidden="1"' : ''}>${rows.get(r)}</row>`).join('');
  const cols = runs(grid.hiddenCols ?? [])
    .map(([first, last]) => `<col min="${first + 1}" max="${last + 1}" width="9.140625" hidden="1" customWidth="1"/>`).join('');
  const merges = (grid.merges ?? []).filter((m) => m.rows * m.cols > 1);
  return DECLARATION
    + `<worksheet xmlns="${MAIN}" xmlns:r="${REL}">`
    + `<sheetViews><sheetView workbookViewId="0"${selected ? ' tabSelected="1"' : ''}/></sheetViews>`
    + '<sheetFormatPr defaultRowHeight="15"/>'
    + (cols ? `<cols>${cols}</cols>` : '')
    + (sheetData ? `<sheetData>${sheetData}</sheetData>` : '<sheetData/>')
    + (merges.length ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${a1Box(m)}"/>`).join('')}</mergeCells>` : '')
    + '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
    + '</worksheet>';
}

const STYLES = DECLARATION
  + `<styleSheet xmlns="${MAIN}">`
  + '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
  + '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
  + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
  + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
  + '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
  + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
  + '</styleSheet>';

/**
 * The package's bytes. With no sheets, one empty "Sheet1" (a workbook has at least one sheet);
 * with every sheet hidden, the first is shown (and so must be one).
 */
export function blankPackage(sheets: readonly BlankSheet[], options: BlankOptions = {}): Uint8Array {
  const list = sheets.length > 0 ? sheets : [{ name: 'Sheet1', grid: { sheetName: 'Sheet1', values: [] } }];
  const hidden = list.map((s) => Boolean(s.hidden));
  if (hidden.every(Boolean)) hidden[0] = false;
  let active = list.findIndex((s, i) => s.name === options.activeSheet && !hidden[i]);
  if (active < 0) active = hidden.indexOf(false);

  const text = new TextEncoder();
  const parts = new Map<string, Uint8Array>();
  const add = (name: string, xml: string) => parts.set(name, text.encode(xml));
  add('[Content_Types].xml', DECLARATION
    + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    + '<Default Extension="xml" ContentType="application/xml"/>'
    + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    + list.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')
    + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    + '</Types>');
  add('_rels/.rels', DECLARATION
    + `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  add('xl/workbook.xml', DECLARATION
    + `<workbook xmlns="${MAIN}" xmlns:r="${REL}">`
    + (options.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>')
    + `<bookViews><workbookView activeTab="${active}"/></bookViews>`
    + '<sheets>'
    + list.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${hidden[i] ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`).join('')
    + '</sheets></workbook>');
  add('xl/_rels/workbook.xml.rels', DECLARATION
    + `<Relationships xmlns="${PKG_REL}">`
    + list.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')
    + `<Relationship Id="rId${list.length + 1}" Type="${REL}/styles" Target="styles.xml"/>`
    + '</Relationships>');
  add('xl/styles.xml', STYLES);
  list.forEach((s, i) => add(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(s.grid, i === active)));
  return writeZip(undefined, parts);
}

/** The base package of a workbook read by readLegacyWorkbook. */
export function blankPackageOf(workbook: LegacyWorkbook): Uint8Array {
  return blankPackage(
    workbook.sheets.map((s) => ({ name: s.name, grid: s.grid, hidden: !s.visible })),
    { activeSheet: workbook.activeSheet, date1904: workbook.date1904 },
  );
}
