#!/usr/bin/env node
/**
 * Reads an .xlsx with ExcelJS and returns every worksheet as a SheetGrid-shaped object
 * (values as Excel's range.values shows them, kinds, formula flags, merges, hidden rows/columns),
 * for the browser preview, which loads it into the fake Excel.
 *
 *   node scripts/xlsx-to-grid.js samples/thanh-tri-2021.xlsx > /tmp/sample.json
 */
'use strict';
const ExcelJS = require('exceljs');

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** Converts one ExcelJS cell value to [value, kind, isFormula]. */
function convertValue(raw) {
  if (raw === null || raw === undefined) return ['', 'Empty', false];
  if (typeof raw === 'number') return [raw, 'Double', false];
  if (typeof raw === 'string') return [raw, raw === '' ? 'Empty' : 'String', false];
  if (typeof raw === 'boolean') return [raw, 'Boolean', false];
  if (raw instanceof Date) return [(raw.getTime() - EXCEL_EPOCH_MS) / 86400000, 'Double', false];
  if (typeof raw === 'object') {
    if ('formula' in raw || 'sharedFormula' in raw) {
      const [value, kind] = convertValue(raw.result);
      return [value, kind, true];
    }
    if ('error' in raw) return [String(raw.error), 'Error', false];
    if (Array.isArray(raw.richText)) {
      const text = raw.richText.map((run) => run.text).join('');
      return [text, text === '' ? 'Empty' : 'String', false];
    }
    if ('text' in raw) return convertValue(raw.text);
  }
  throw new Error(`Unsupported cell value ${JSON.stringify(raw)}`);
}

/** "B2:C3" -> {row, col, rows, cols} (0-based). */
function parseRange(ref) {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(`Unexpected merge range ${ref}`);
  const col = (letters) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const r0 = Number(m[2]) - 1;
  const c0 = col(m[1]);
  return { row: r0, col: c0, rows: Number(m[4]) - r0, cols: col(m[3]) - c0 + 1 };
}

function worksheetToGrid(ws) {
  let lastRow = 0;
  let lastCol = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.value === null || cell.value === undefined || cell.value === '') return;
      lastRow = Math.max(lastRow, r);
      lastCol = Math.max(lastCol, c);
    });
  });
  const values = [];
  const kinds = [];
  const formulas = [];
  const hiddenRows = [];
  for (let r = 1; r <= lastRow; r++) {
    const row = ws.getRow(r);
    if (row.hidden) hiddenRows.push(r - 1);
    const v = [];
    const k = [];
    const f = [];
    for (let c = 1; c <= lastCol; c++) {
      const cell = row.getCell(c);
      // Only the master cell of a merged area holds a value, as in Excel.
      const raw = cell.isMerged && cell.master !== cell ? null : cell.value;
      const [value, kind, formula] = convertValue(raw);
      v.push(value);
      k.push(kind);
      f.push(formula);
    }
    values.push(v);
    kinds.push(k);
    formulas.push(f);
  }
  const hiddenCols = [];
  for (let c = 1; c <= lastCol; c++) if (ws.getColumn(c).hidden) hiddenCols.push(c - 1);
  return {
    sheetName: ws.name,
    values,
    originRow: 0,
    originCol: 0,
    kinds,
    formulas,
    merges: (ws.model.merges || []).map(parseRange),
    hiddenRows,
    hiddenCols,
  };
}

/** Every worksheet of the file, in tab order. */
async function xlsxToGrids(file) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheets = [];
  wb.eachSheet((ws) => {
    sheets.push({ name: ws.name, visible: ws.state === 'visible' || ws.state === undefined, grid: worksheetToGrid(ws) });
  });
  return { sheets };
}

module.exports = { xlsxToGrids, worksheetToGrid, convertValue };

if (require.main === module) {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: node scripts/xlsx-to-grid.js FILE.xlsx\n');
    process.exit(2);
  }
  xlsxToGrids(file).then(
    (wb) => process.stdout.write(`${JSON.stringify(wb)}\n`),
    (err) => {
      process.stderr.write(`${err.stack || err}\n`);
      process.exit(1);
    },
  );
}
