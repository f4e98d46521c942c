/**
 * The synthetic sheet as an .xlsx file, as a spreadsheet program saves it: leaf scores as numbers,
 * subtotals and totals as SUM formulas with their cached results. Written once per size with
 * ExcelJS's streaming writer and kept under build/bench/ (the seed and layout are fixed).
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { columnLetters } from '../src/engine/grid';
import { FIRST_UNIT_COL, type SyntheticSheet, unitTotal } from './sheet';

/** Bump when the sheet's layout or the generator changes, so cached files are rebuilt. */
const LAYOUT_VERSION = 1;

export function xlsxPath(dir: string, units: number): string {
  return path.join(dir, `cham-diem-${units}-v${LAYOUT_VERSION}.xlsx`);
}

export async function writeSheetXlsx(sheet: SyntheticSheet, file: string): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: partial, useStyles: false, useSharedStrings: true });
  const ws = workbook.addWorksheet(sheet.sheetName);
  const units = sheet.units.length;
  const row1 = (i: number): number => sheet.firstBodyRow + i + 1; // 1-based sheet row of body row i
  ws.addRow(['UBND HUYỆN MẪU']).commit();
  ws.addRow(['', 'BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2024']).commit();
  ws.addRow([]).commit();
  ws.addRow(['STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm tối đa', ...sheet.units, 'Ghi chú']).commit();
  sheet.rows.forEach((row, i) => {
    const cells: ExcelJS.CellValue[] = [row.code, row.name, row.max];
    for (let u = 0; u < units; u++) {
      const col = columnLetters(FIRST_UNIT_COL + u);
      const result = sheet.scores[u][i];
      if (row.kind === 'leaf') cells.push(result);
      else if (row.kind === 'criterion') cells.push({ formula: `SUM(${col}${row1(row.children[0])}:${col}${row1(row.children[row.children.length - 1])})`, result });
      else cells.push({ formula: `SUM(${row.children.map((c) => `${col}${row1(c)}`).join(',')})`, result });
    }
    ws.addRow(cells).commit();
  });
  const total: ExcelJS.CellValue[] = ['', 'Tổng cộng', sheet.totalMax];
  for (let u = 0; u < units; u++) {
    const col = columnLetters(FIRST_UNIT_COL + u);
    total.push({ formula: `SUM(${sheet.components.map((c) => `${col}${row1(c)}`).join(',')})`, result: unitTotal(sheet, u) });
  }
  ws.addRow(total).commit();
  ws.commit();
  await workbook.commit();
  fs.renameSync(partial, file);
}

/** The cached file for this size, written when missing. */
export async function sheetXlsx(dir: string, sheet: SyntheticSheet): Promise<string> {
  const file = xlsxPath(dir, sheet.units.length);
  if (!fs.existsSync(file)) await writeSheetXlsx(sheet, file);
  return file;
}
