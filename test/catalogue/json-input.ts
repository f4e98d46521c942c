/**
 * A catalogue `input.json` sheet as the engine's SheetGrid (values as written, kinds, formula
 * flags, merges, hidden rows and columns), and as an .xlsx written with ExcelJS directly (not
 * through our adapter), so the command line reads a file another writer made.
 */
import ExcelJS from 'exceljs';
import type { CellBox, CellKind, CellValue, SheetGrid } from '../../src/engine/grid';
import { parseA1 } from '../../src/engine/grid';
import type { JsonInput, JsonSheet } from './catalogue';

function at(address: string): { row: number; col: number } {
  const p = parseA1(address);
  if (!p) throw new Error(`bad cell address ${address}`);
  return p;
}

export function parseBox(range: string): CellBox {
  const [start, end = start] = range.split(':');
  const a = at(start);
  const b = at(end);
  return { row: a.row, col: a.col, rows: b.row - a.row + 1, cols: b.col - a.col + 1 };
}

/** 1-based column letters ("E") to a 0-based index. */
const colIndex = (letters: string): number => at(`${letters}1`).col;

function kindOf(v: CellValue, isError: boolean): CellKind {
  if (isError) return 'Error';
  if (v === null || v === '') return 'Empty';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  return 'String';
}

/** The grid the engine is given directly: values exactly as the JSON holds them (jagged rows, nulls). */
export function jsonSheetToGrid(sheet: JsonSheet): SheetGrid {
  const errors = new Set((sheet.errors ?? []).map((a) => `${at(a).row},${at(a).col}`));
  const formulaCells = new Set(Object.keys(sheet.formulas ?? {}).map((a) => `${at(a).row},${at(a).col}`));
  return {
    sheetName: sheet.name,
    values: sheet.rows.map((r) => [...r]),
    kinds: sheet.rows.map((r, ri) => r.map((v, ci) => kindOf(v, errors.has(`${ri},${ci}`)))),
    formulas: sheet.rows.map((r, ri) => r.map((_, ci) => formulaCells.has(`${ri},${ci}`))),
    merges: (sheet.merges ?? []).map(parseBox),
    hiddenRows: (sheet.hiddenRows ?? []).map((n) => n - 1),
    hiddenCols: (sheet.hiddenCols ?? []).map(colIndex),
  };
}

/** ExcelJS value of one JSON cell: errors as error values, formulas with their cached result. */
function excelValue(v: CellValue, isError: boolean, formula: string | undefined): ExcelJS.CellValue {
  const plain: ExcelJS.CellValue = isError ? ({ error: v } as ExcelJS.CellErrorValue) : v === '' ? null : v;
  if (formula === undefined) return plain;
  return { formula: formula.replace(/^=/, ''), result: plain ?? undefined } as ExcelJS.CellFormulaValue;
}

export function jsonToWorkbook(input: JsonInput): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const sheet of input.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    const errors = new Set(sheet.errors ?? []);
    sheet.rows.forEach((row, r) => row.forEach((v, c) => {
      const address = ws.getCell(r + 1, c + 1).address;
      const formula = sheet.formulas?.[address];
      if ((v === null || v === '') && formula === undefined) return;
      ws.getCell(address).value = excelValue(v, errors.has(address), formula);
    }));
    for (const m of sheet.merges ?? []) ws.mergeCells(m);
    for (const n of sheet.hiddenRows ?? []) ws.getRow(n).hidden = true;
    for (const letters of sheet.hiddenCols ?? []) ws.getColumn(letters).hidden = true;
  }
  return wb;
}
