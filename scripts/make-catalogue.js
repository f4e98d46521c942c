#!/usr/bin/env node
/**
 * Makes the .xlsx inputs of the catalogue cases that must come from a real file writer, not
 * from our own adapter: some written with ExcelJS directly (formulas with and without cached
 * results, shared formulas, rich text, hyperlinks, dates), some by LibreOffice from a
 * `source.fods` or `source.csv` this script writes (`soffice --headless --convert-to xlsx`).
 * The expected.json of each case is written by hand, not by this script.
 *
 *   node scripts/make-catalogue.js            # every case
 *   node scripts/make-catalogue.js lo-        # the cases whose name contains "lo-"
 */
'use strict';
const { execFileSync } = require('child_process');
const ExcelJS = require('exceljs');
const fs = require('fs');
const os = require('os');
const path = require('path');

const CATALOGUE = path.join(__dirname, '..', 'test', 'fixtures', 'catalogue');

/** The standard small sheet of the catalogue (see test/helpers/grid.ts standardSheet). */
const BASE = [
  ['UBND HUYỆN MẪU'],
  [],
  ['STT', 'Nội dung', 'Điểm tối đa', 'Xã An', 'Xã Bình', 'Xã Cường', 'Ghi chú'],
  ['I', 'Chỉ đạo điều hành', 6, 5.25, 4.5, 6],
  ['1.1', 'Kế hoạch', 2, 2, 1.5, 2],
  ['1.2', 'Báo cáo', 4, 3.25, 3, 4],
  ['a', 'Đúng hạn', 1.5, 1.25, 1, 1.5],
  ['b', 'Đủ nội dung', 2.5, 2, 2, 2.5],
  ['II', 'Thể chế', 4, 3.5, 4, 3.5],
  ['2.1', 'Ban hành văn bản', 3, 2.5, 3, 2.75],
  ['2.2', 'Kiểm tra', 1, 1, 1, 0.75],
  [null, 'Tổng cộng', 10, 8.75, 8.5, 9.5],
];

/** Subtotal and total formulas of the standard sheet, per unit column letter. */
const SUBTOTALS = (c) => ({ 4: `${c}5+${c}6`, 6: `SUM(${c}7:${c}8)`, 9: `SUM(${c}10:${c}11)`, 12: `${c}4+${c}9` });

function caseDir(name) {
  const dir = path.join(CATALOGUE, name);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

// ------------------------------------------------------------------ written with ExcelJS

/** The standard sheet with real formulas for subtotals and totals; `cached` says whether results are stored. */
function standardWithFormulas(wb, cached) {
  const ws = wb.addWorksheet('Chấm điểm');
  ws.addRows(BASE);
  for (const c of ['D', 'E', 'F']) {
    for (const [row, formula] of Object.entries(SUBTOTALS(c))) {
      const cell = ws.getCell(`${c}${row}`);
      const result = cell.value;
      cell.value = cached ? { formula, result } : { formula };
    }
  }
  return ws;
}

const EXCELJS_CASES = {
  /** Formulas with cached results as Excel saves them, a shared formula, rich text, a hyperlink, a date, number formats. */
  'xlsx-formulas-rich-text-hyperlinks': async (file) => {
    const wb = new ExcelJS.Workbook();
    const ws = standardWithFormulas(wb, true);
    // The component I subtotal filled right from D4 (Excel stores it as one shared formula).
    ws.getCell('D4').value = { formula: 'D5+D6', result: 5.25, shareType: 'shared', ref: 'D4:F4' };
    ws.getCell('E4').value = { sharedFormula: 'D4', result: 4.5 };
    ws.getCell('F4').value = { sharedFormula: 'D4', result: 6 };
    ws.getCell('D3').value = { richText: [{ text: 'Xã ' }, { text: 'An', font: { bold: true } }] };
    ws.getCell('G5').value = { text: 'QĐ 12/QĐ-UBND', hyperlink: 'https://example.org/qd-12' };
    ws.getCell('A2').value = new Date(Date.UTC(2023, 0, 15));
    ws.getCell('A2').numFmt = 'dd/mm/yyyy';
    for (const c of ['D', 'E', 'F']) for (let r = 4; r <= 12; r++) ws.getCell(`${c}${r}`).numFmt = '0.00';
    await wb.xlsx.writeFile(file);
  },
  /** Formulas saved without results, as programs that do not calculate (scripts, web exports) write them. */
  'xlsx-formulas-without-cached-values': async (file) => {
    const wb = new ExcelJS.Workbook();
    standardWithFormulas(wb, false);
    await wb.xlsx.writeFile(file);
  },
  /** The scores of one unit are formulas into another sheet, saved without results. */
  'error.xlsx-scores-are-formulas-without-values': async (file) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Chấm điểm');
    ws.addRows(BASE);
    const input = wb.addWorksheet('Nhập liệu Xã Bình');
    const leaves = { 5: 1.5, 7: 1, 8: 2, 10: 3, 11: 1 };
    let k = 1;
    for (const [row, score] of Object.entries(leaves)) {
      input.getCell(`B${k}`).value = score;
      ws.getCell(`E${row}`).value = { formula: `'Nhập liệu Xã Bình'!B${k}` };
      k++;
    }
    for (const row of [4, 6, 9, 12]) ws.getCell(`E${row}`).value = null;
    await wb.xlsx.writeFile(file);
  },
};

// ------------------------------------------------------------------ written by LibreOffice

const xml = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function parseA1(a) {
  const m = /^([A-Z]+)(\d+)$/.exec(a);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/**
 * A flat ODF spreadsheet: rows of values ("text", numbers, null), formulas in OpenFormula
 * ("of:=SUM([.D5:.D6])") by A1 cell, merged areas, hidden rows (1-based) and columns (letters).
 */
function fods(sheets) {
  const tables = sheets.map((s) => {
    const width = Math.max(...s.rows.map((r) => r.length), ...Object.keys(s.formulas ?? {}).map((a) => parseA1(a).col + 1));
    const hiddenCols = new Set((s.hiddenCols ?? []).map((l) => parseA1(`${l}1`).col));
    const hiddenRows = new Set((s.hiddenRows ?? []).map((n) => n - 1));
    const spans = new Map();
    const covered = new Set();
    for (const m of s.merges ?? []) {
      const [a, b] = m.split(':').map(parseA1);
      spans.set(`${a.row},${a.col}`, { rows: b.row - a.row + 1, cols: b.col - a.col + 1 });
      for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) if (r !== a.row || c !== a.col) covered.add(`${r},${c}`);
    }
    const formulaAt = new Map(Object.entries(s.formulas ?? {}).map(([a, f]) => { const p = parseA1(a); return [`${p.row},${p.col}`, f]; }));
    const columns = Array.from({ length: width }, (_, c) => `<table:table-column${hiddenCols.has(c) ? ' table:visibility="collapse"' : ''}/>`).join('');
    const rows = s.rows.map((row, r) => {
      const cells = [];
      for (let c = 0; c < width; c++) {
        const key = `${r},${c}`;
        if (covered.has(key)) { cells.push('<table:covered-table-cell/>'); continue; }
        const span = spans.get(key);
        const attrs = span ? ` table:number-columns-spanned="${span.cols}" table:number-rows-spanned="${span.rows}"` : '';
        const formula = formulaAt.get(key);
        const v = row[c];
        if (formula) cells.push(`<table:table-cell${attrs} table:formula="${xml(formula)}"/>`);
        else if (typeof v === 'number') cells.push(`<table:table-cell${attrs} office:value-type="float" office:value="${v}"><text:p>${v}</text:p></table:table-cell>`);
        else if (typeof v === 'string' && v !== '') cells.push(`<table:table-cell${attrs} office:value-type="string"><text:p>${xml(v)}</text:p></table:table-cell>`);
        else cells.push(`<table:table-cell${attrs}/>`);
      }
      return `<table:table-row${hiddenRows.has(r) ? ' table:visibility="collapse"' : ''}>${cells.join('')}</table:table-row>`;
    });
    return `<table:table table:name="${xml(s.name)}">${columns}\n${rows.join('\n')}\n</table:table>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:body><office:spreadsheet>
${tables.join('\n')}
</office:spreadsheet></office:body></office:document>
`;
}

const nfd = (s) => s.normalize('NFD');

/** Rows of the self-assessment layout: each unit merged over "Tự đánh giá" / "Thẩm định". */
const PAIRS = [
  ['UBND HUYỆN MẪU'],
  ['BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM CHỈ SỐ CCHC'],
  ['STT', 'Nội dung', 'Điểm tối đa', 'Xã An', null, 'Xã Bình', null, 'Ghi chú'],
  [null, null, null, 'Tự đánh giá', 'Thẩm định', 'Tự đánh giá', 'Thẩm định', null],
  ['I', 'Chỉ đạo điều hành', 6],
  ['1.1', 'Kế hoạch', 2, 2, 2, 2, 1.5],
  ['1.2', 'Báo cáo', 4],
  ['a', 'Đúng hạn', 1.5, '1,5', '1,25', 1, 1],
  ['b', 'Đủ nội dung', 2.5, 2, 2, 2, 2],
  ['II', 'Thể chế', 4],
  ['2.1', 'Ban hành văn bản', 3, 3, 2.5, 3, 3],
  ['2.2', 'Kiểm tra', 1, 1, 1, 1, 1],
  [null, 'Tổng cộng', 10],
];

/** Subtotal formulas of Xã Bình's two columns (Xã An's, over text numbers, are left blank: SUM would skip the text). */
function pairFormulas() {
  const f = {};
  for (const c of ['F', 'G']) {
    f[`${c}5`] = `of:=[.${c}6]+[.${c}7]`;
    f[`${c}7`] = `of:=SUM([.${c}8:.${c}9])`;
    f[`${c}10`] = `of:=SUM([.${c}11:.${c}12])`;
    f[`${c}13`] = `of:=[.${c}5]+[.${c}10]`;
  }
  return f;
}

const LO_CASES = {
  /**
   * LibreOffice: merged unit headers over self/appraised columns, a hidden row and a hidden
   * column, every header in NFD, scores typed as text with a decimal comma, SUM subtotals.
   */
  'lo-merged-hidden-nfd-decimal-comma': {
    fods: [{
      name: 'Chấm điểm',
      rows: PAIRS.map((r, i) => (i <= 3 || i === 12 ? r.map((v) => (typeof v === 'string' ? nfd(v) : v)) : r)),
      formulas: pairFormulas(),
      merges: ['A1:H1', 'A2:H2', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:E3', 'F3:G3', 'H3:H4'],
      hiddenRows: [9],
      hiddenCols: ['D'],
    }],
  },
  /** LibreOffice: formulas that return #DIV/0!, #N/A and #VALUE!, and the subtotals over them. */
  'error.lo-formula-errors': {
    fods: [{
      name: 'Chấm điểm',
      rows: BASE,
      formulas: {
        ...Object.fromEntries(['D', 'E', 'F'].flatMap((c) => Object.entries(SUBTOTALS(c)).map(([r, f]) => [`${c}${r}`, `of:=${f.replace(/([A-Z]\d+)/g, '[.$1]').replace(/\]:\[\./g, ':.')}`]))),
        E5: 'of:=1/0',
        D10: 'of:=NA()',
        F6: 'of:=VALUE("x")',
      },
    }],
  },
  /** LibreOffice from a CSV export: one unit, codes read as numbers, a decimal comma kept as text. */
  'lo-csv-one-unit': {
    csv: [
      'STT,Nội dung,Điểm tối đa,Xã An',
      'I,Chỉ đạo điều hành,6,',
      '1.1,Kế hoạch,2,2',
      '1.2,Báo cáo,4,',
      'a,Đúng hạn,1.5,"1,25"',
      'b,Đủ nội dung,2.5,2',
      'II,Thể chế,4,',
      '2.1,Ban hành văn bản,3,2.5',
      '2.2,Kiểm tra,1,1',
      ',Tổng cộng,10,8.75',
    ],
  },
  /** LibreOffice from a CSV export: "1.10" becomes the number 1.1 and collides with criterion 1.1. */
  'error.lo-csv-code-1.10-becomes-1.1': {
    csv: [
      'STT,Nội dung,Điểm tối đa,Xã An,Xã Bình',
      'I,Chỉ đạo điều hành,10,,',
      ...Array.from({ length: 10 }, (_, k) => `1.${k + 1},Tiêu chí 1.${k + 1},1,1,0.5`),
      ',Tổng cộng,10,10,5',
    ],
  },
};

function soffice(source, outDir, profile) {
  const args = [`-env:UserInstallation=file://${profile}`, '--headless'];
  if (source.endsWith('.csv')) args.push('--infilter=CSV:44,34,76,1');
  args.push('--convert-to', 'xlsx', '--outdir', outDir, source);
  execFileSync('soffice', args, { stdio: 'pipe', timeout: 120000 });
}

async function main() {
  const filter = process.argv[2] ?? '';
  for (const [name, make] of Object.entries(EXCELJS_CASES)) {
    if (!name.includes(filter)) continue;
    await make(path.join(caseDir(name), 'input.xlsx'));
    process.stdout.write(`ExcelJS     ${name}\n`);
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-lo-profile-'));
  try {
    for (const [name, spec] of Object.entries(LO_CASES)) {
      if (!name.includes(filter)) continue;
      const dir = caseDir(name);
      const source = path.join(dir, spec.csv ? 'source.csv' : 'source.fods');
      fs.writeFileSync(source, spec.csv ? spec.csv.join('\n') + '\n' : fods(spec.fods), 'utf8');
      soffice(source, dir, profile);
      fs.renameSync(path.join(dir, 'source.xlsx'), path.join(dir, 'input.xlsx'));
      process.stdout.write(`LibreOffice ${name}\n`);
    }
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`${e.stack ?? e}\n`);
  process.exitCode = 1;
});
