/**
 * The shared sample workbooks score with ok: true, and the engine agrees with an independent
 * hand computation: leaf cells summed straight from the file (rows listed by hand), ranked by
 * counting distinct greater totals.
 */
import ExcelJS from 'exceljs';
import path from 'path';
import { scoreSheet } from '../../src/engine';
import { readWorksheet } from '../../src/workbook/xlsx/read-sheet';

const SAMPLES = path.join(__dirname, '../../samples');

async function open(file: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(SAMPLES, file));
  return wb.worksheets[0];
}

/** The number in a cell (a typed number, or a formula's cached result). */
function num(ws: ExcelJS.Worksheet, address: string): number {
  const v = ws.getCell(address).value;
  if (typeof v === 'number') return v;
  if (v && typeof v === 'object' && 'result' in v && typeof v.result === 'number') return v.result;
  throw new Error(`${address} is not a number: ${JSON.stringify(v)}`);
}

const colLetter = (c: number): string => String.fromCharCode(64 + c);

/** Sum of the given leaf rows of a column, in integer hundredths (the samples use quarter points). */
const sumRows = (ws: ExcelJS.Worksheet, col: string, rows: number[]): number =>
  rows.reduce((s, r) => s + Math.round(num(ws, `${col}${r}`) * 100), 0) / 100;

const denseRanks = (totals: number[]): number[] => totals.map((t) => 1 + new Set(totals.filter((x) => x > t)).size);

describe('thanh-tri-2021.xlsx (16 units, lettered sub-criteria, formulas, a note column)', () => {
  // Leaf rows, read off the sheet: 1.1 has a, b (rows 7, 8); other criteria are leaves.
  const leafRows = [7, 8, 9, 10, 11, 12, 13, 15, 16, 17, 19, 20, 21, 22, 23, 25, 26, 28, 29, 30, 31, 32,
    34, 35, 36, 38, 39, 40, 41, 43, 44, 46, 47, 48, 49, 51, 52, 53, 54];
  const unitCols = Array.from({ length: 16 }, (_, i) => colLetter(4 + i)); // D..S; T is "Ghi chú"

  it('scores with ok: true and agrees with the hand computation', async () => {
    const ws = await open('thanh-tri-2021.xlsx');
    const out = scoreSheet(readWorksheet(ws, false));
    if (!out.ok) throw new Error(JSON.stringify(out.findings, null, 1));
    expect(out.findings).toEqual([]);
    const { result } = out;
    expect(result.units.map((u) => u.name)).toEqual(unitCols.map((c) => ws.getCell(`${c}4`).value));
    expect(result.components.map((c) => c.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(result.maxTotal).toBe(100);
    const handTotals = unitCols.map((c) => sumRows(ws, c, leafRows));
    expect(result.units.map((u) => u.total)).toEqual(handTotals);
    expect(result.units.map((u) => u.rank)).toEqual(denseRanks(handTotals));
    expect(result.units.every((u) => u.rankLevels === new Set(handTotals).size)).toBe(true);
    // Spot checks read by eye: Xã Tam Hiệp 95 is first; 79 is shared by Ngọc Hồi and Vạn Phúc.
    const byName = new Map(result.units.map((u) => [u.name, u]));
    expect(byName.get('Xã Tam Hiệp')).toMatchObject({ total: 95, rank: 1, rankLevels: 15, grade: 'Xuất sắc' });
    expect(byName.get('Xã Ngọc Hồi')?.rank).toBe(byName.get('Xã Vạn Phúc')?.rank);
    expect(byName.get('Xã Thanh Liệt')).toMatchObject({ total: 77.75, rank: 15, grade: 'Khá' });
    // Component 1 (rows 7..13), hand-summed and ranked.
    const c1 = unitCols.map((c) => sumRows(ws, c, [7, 8, 9, 10, 11, 12, 13]));
    expect(result.units.map((u) => u.components[0].score)).toEqual(c1);
    expect(result.units.map((u) => u.components[0].rank)).toEqual(denseRanks(c1));
    expect(result.units[0].components[0]).toMatchObject({ score: 13, max: 15, index: 86.67 });
  });

  it('competition ranking follows RANK.EQ', async () => {
    const ws = await open('thanh-tri-2021.xlsx');
    const out = scoreSheet(readWorksheet(ws, false), { ranking: 'competition' });
    if (!out.ok) throw new Error('not ok');
    const totals = out.result.units.map((u) => u.total);
    expect(out.result.units.map((u) => u.rank)).toEqual(totals.map((t) => 1 + totals.filter((x) => x > t).length));
    expect(out.result.units[0].rankLevels).toBe(16);
  });
});

describe('dam-ha-2018-tham-dinh.xlsx (self-assessment and appraisal, Roman components)', () => {
  const leafRows = [8, 9, 10, 11, 12, 13, 14, 16, 17, 18, 20, 21, 22, 23, 24, 26, 27, 29, 30, 31, 32, 33,
    35, 36, 37, 39, 40, 41, 42, 44, 45, 47, 48, 49, 50, 52, 53, 54, 55];
  // Each unit is a merged header over two columns: D "Tự đánh giá", E "Thẩm định", ...
  const selfCols = Array.from({ length: 8 }, (_, i) => colLetter(4 + 2 * i));
  const appraisedCols = Array.from({ length: 8 }, (_, i) => colLetter(5 + 2 * i));

  it('ranks the appraised column and keeps the self-assessment beside it', async () => {
    const ws = await open('dam-ha-2018-tham-dinh.xlsx');
    const out = scoreSheet(readWorksheet(ws, false));
    if (!out.ok) throw new Error(JSON.stringify(out.findings, null, 1));
    const { result } = out;
    expect(result.hasSelfScores).toBe(true);
    expect(result.components.map((c) => c.code)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X']);
    expect(result.units.map((u) => u.name)).toEqual(selfCols.map((c) => ws.getCell(`${c}4`).value));
    const appraised = appraisedCols.map((c) => sumRows(ws, c, leafRows));
    const self = selfCols.map((c) => sumRows(ws, c, leafRows));
    expect(result.units.map((u) => u.total)).toEqual(appraised);
    expect(result.units.map((u) => u.selfTotal)).toEqual(self);
    expect(result.units.map((u) => u.rank)).toEqual(denseRanks(appraised));
    expect(result.units[0]).toMatchObject({ name: 'Thị trấn Đầm Hà', total: 87.5, selfTotal: 90.5, column: 4, selfColumn: 3 });
  });
});
