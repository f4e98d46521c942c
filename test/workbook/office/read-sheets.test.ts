/**
 * Reading several sheets at once through the Office adapter (WorkbookPort.readSheets): a workbook
 * of 30 one-unit forms in at most 2 syncs on the strict fake, every grid the one readSheet gives
 * (merges, formulas, errors, hidden rows and columns, on hosts with and without special cells),
 * a missing sheet failing as readSheet fails, and sheets too big to read together still read
 * right, one by one when a response is refused.
 */
import type { CellBox, CellValue } from '../../../src/engine/grid';
import { createFakeExcel, type FakeExcel, type FakeExcelOptions, type SeedSheet } from '../../../src/office-fake';
import { OfficeWorkbook } from '../../../src/workbook/office';
import { HEAD_COLS, HEAD_ROWS } from '../../../src/workbook/office/read-pieces';
import type { WritePlan } from '../../../src/appendix/types';
import { WorkbookError } from '../../../src/workbook/port';

const COLS = 8;
const HEADER = ['STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm tối đa', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Tài liệu kiểm chứng', 'Giải trình', 'Ghi chú'];

/**
 * A unit's self-assessment form: 60 rows × 8 columns, subtotal formulas, merged titles, an error
 * on every third form, a hidden row, a hidden column on every second form; placed at `at`.
 */
function form(unit: number, name = `Xã ${unit + 1}`, at = { row: 0, col: 0 }): SeedSheet {
  const values: CellValue[][] = [];
  const formulas: (string | undefined)[][] = [];
  const line = (cells: CellValue[], formula: (string | undefined)[] = []): void => {
    values.push([...cells, ...new Array<CellValue>(COLS - cells.length).fill('')]);
    formulas.push(formula);
  };
  line([`UBND XÃ SỐ ${unit + 1}`, '', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
  line(['', '', '', 'Độc lập - Tự do - Hạnh phúc']);
  line(['BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024']);
  line([]);
  line(HEADER);
  line(HEADER.map((_, c) => `(${c + 1})`));
  for (let k = 0; k < 6; k++) {
    const top = values.length + 1;
    line([String(k + 1), `Lĩnh vực ${k + 1}`, 7, 0, 0], [undefined, undefined, undefined, `=SUM(D${top + 1}:D${top + 7})`, `=SUM(E${top + 1}:E${top + 7})`]);
    for (let j = 0; j < 7; j++) {
      const self = ((unit + k + j) % 5) / 4;
      line([`${k + 1}.${j + 1}`, `Tiêu chí ${k + 1}.${j + 1}`, 1, self, self, j === 0 ? `Báo cáo số ${unit}/BC-UBND` : '']);
      values[top - 1][3] = (values[top - 1][3] as number) + self;
      values[top - 1][4] = (values[top - 1][4] as number) + self;
    }
  }
  line(['Tổng cộng', '', 42, unit % 3 === 0 ? '#DIV/0!' : 30], [undefined, undefined, undefined, '=D7+D15+D23+D31+D39+D47']);
  line([]);
  line(['', 'NGƯỜI LẬP BIỂU', '', '', 'TM. ỦY BAN NHÂN DÂN']);
  while (values.length < 59) line([]);
  line(['', 'Nguyễn Văn An', '', '', 'Trần Thị Bình']);
  const merges: CellBox[] = [
    { row: 0, col: 0, rows: 1, cols: 3 },
    { row: 2, col: 0, rows: 1, cols: COLS },
    { row: 54, col: 0, rows: 1, cols: 2 },
  ].map((m) => ({ ...m, row: m.row + at.row, col: m.col + at.col }));
  return {
    name, values, formulas, merges, originRow: at.row, originCol: at.col,
    hiddenRows: [at.row + 7 + (unit % 40)], hiddenCols: unit % 2 ? [at.col + 7] : [],
  };
}

function workbook(sheets: SeedSheet[], options: FakeExcelOptions = {}): { fake: FakeExcel; port: () => OfficeWorkbook } {
  const fake = createFakeExcel(options);
  sheets.forEach((s) => fake.seed(s));
  return { fake, port: () => new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported }) };
}

const FORMS = Array.from({ length: 30 }, (_, u) => form(u));
const NAMES = FORMS.map((f) => f.name);

describe('OfficeWorkbook.readSheets', () => {
  test.each(['1.17', '1.8'])('ExcelApi %s: 30 one-unit forms in at most 2 syncs, each grid the one readSheet gives', async (apiVersion) => {
    const { fake, port } = workbook(FORMS, { apiVersion });
    fake.resetSyncs();
    const grids = await port().readSheets(NAMES);
    expect(fake.syncs.length).toBeLessThanOrEqual(2);
    expect(fake.syncs.filter((s) => s.failed !== undefined)).toEqual([]);
    const alone = port();
    for (const [i, name] of NAMES.entries()) expect(grids[i]).toEqual(await alone.readSheet(name));
    expect(grids[0].values).toEqual(FORMS[0].values);
  });

  test('merges, formulas, errors and hidden rows come as readSheet gives them, sheets off A1 too', async () => {
    const moved = form(3, 'Lệch', { row: 4, col: 2 });
    const { port } = workbook([form(0), moved, form(1), { name: 'Trống' }]);
    const names = ['Lệch', 'Xã 1', 'Trống', 'Xã 2'];
    const grids = await port().readSheets(names);
    for (const [i, name] of names.entries()) expect(grids[i]).toEqual(await port().readSheet(name));
    expect(grids[0]).toMatchObject({ originRow: 4, originCol: 2, hiddenRows: [4 + 10], hiddenCols: [2 + 7] });
    expect(grids[0].merges).toContainEqual({ row: 4, col: 2, rows: 1, cols: 3 });
    expect(grids[1].kinds?.[54][3]).toBe('Error');
    expect(grids[1].formulas?.[6].slice(3, 5)).toEqual([true, true]);
    expect(grids[2].values).toEqual([['']]);
  });

  test('a sheet that does not exist fails with the error readSheet gives, in two syncs', async () => {
    const { fake, port } = workbook(FORMS.slice(0, 5));
    const alone = await port().readSheet('Không có').catch((e: unknown) => e);
    fake.resetSyncs();
    const together = await port().readSheets([...NAMES.slice(0, 5), 'Không có']).catch((e: unknown) => e);
    expect(together).toBeInstanceOf(WorkbookError);
    expect(together).toMatchObject({ code: 'sheet-not-found', message: (alone as WorkbookError).message });
    expect(fake.syncs).toHaveLength(2);
  });

  test('sheets read together are input sheets: never written over, even a result sheet of ours', async () => {
    const plan = (text: string): WritePlan => ({
      sheets: [{ key: 'overall', name: 'Xếp hạng chung', blocks: [{ row: 0, col: 0, values: [[text]] }], styles: [], merges: [], columnWidths: [] }],
    });
    const { fake, port } = workbook([form(0)]);
    expect((await port().applyPlan(plan('lần 1'))).sheets[0]).toMatchObject({ name: 'Xếp hạng chung', replaced: false });
    const again = port();
    await again.readSheets([NAMES[0], 'Xếp hạng chung']);
    const before = fake.snapshot('Xếp hạng chung');
    expect((await again.applyPlan(plan('lần 2'))).sheets[0]).toMatchObject({ name: 'Xếp hạng chung (2)', replaced: false, renamed: true });
    expect(fake.snapshot('Xếp hạng chung')).toBe(before);
  });
});

describe('OfficeWorkbook.readSheets with sheets too big to read together', () => {
  /** Past the head box both ways: the forms are read in the first sync, this one in pieces after. */
  function bigSheet(): SeedSheet {
    const values = Array.from({ length: HEAD_ROWS + 40 }, (_, r) =>
      Array.from({ length: HEAD_COLS + 150 }, (_, c): CellValue => (r === 0 ? `Đơn vị ${c}` : (r * 7 + c) % 997 === 0 ? '#N/A' : ((r + c) % 9) * 0.25)),
    );
    return { name: 'Lớn', originRow: 1, values };
  }

  test('one big sheet among small ones: every sheet read right, no response refused', async () => {
    const big = bigSheet();
    const { fake, port } = workbook([FORMS[0], big, FORMS[1], FORMS[2]]);
    const names = [NAMES[0], 'Lớn', NAMES[1], NAMES[2]];
    fake.resetSyncs();
    const grids = await port().readSheets(names);
    expect(fake.syncs.filter((s) => s.failed !== undefined)).toEqual([]);
    expect(Math.max(...fake.syncs.map((s) => s.responseBytes))).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(grids[1].values).toEqual(big.values);
    for (const [i, name] of names.entries()) expect(grids[i]).toEqual(await port().readSheet(name));
  }, 60_000);

  test('a first sync refused for its size: each sheet is then read alone, right', async () => {
    // Forms of a few KB each: 30 of them are too much for a host that answers 30 KB at most.
    const { fake, port } = workbook(FORMS, { maxResponseBytes: 30_000 });
    fake.resetSyncs();
    const grids = await port().readSheets(NAMES);
    expect(fake.syncs[0].failed).toBe('ResponsePayloadSizeLimitExceeded');
    expect(fake.syncs).toHaveLength(1 + NAMES.length);
    for (const [i, name] of NAMES.entries()) expect(grids[i]).toEqual(await port().readSheet(name));
  });

  test('a later sync refused (cells longer than guessed): the sheets left are read alone, right', async () => {
    // Beyond each sheet's share of the head box (2,100 / 3 columns), 40 KB of long texts each,
    // guessed at 64 bytes a cell: both go into one sync, which a 60 KB host refuses.
    const long = (name: string): SeedSheet => ({
      name,
      originCol: 900,
      values: Array.from({ length: 40 }, (_, r) => Array.from({ length: 10 }, (_, c) => `${name} ${r}.${c} ${'chữ '.repeat(20)}`)),
    });
    const { fake, port } = workbook([FORMS[0], long('Dài 1'), long('Dài 2')], { maxResponseBytes: 60_000 });
    fake.resetSyncs();
    const names = [NAMES[0], 'Dài 1', 'Dài 2'];
    const grids = await port().readSheets(names);
    expect(fake.syncs.map((s) => s.failed)).toEqual([undefined, 'ResponsePayloadSizeLimitExceeded', undefined, undefined]);
    for (const [i, name] of names.entries()) expect(grids[i]).toEqual(await port().readSheet(name));
  });
});
