/**
 * The contract every WorkbookPort adapter keeps, as a test suite to run against each of them
 * (Office.js on the strict fake, ExcelJS on files). An adapter provides a harness: a port over a
 * workbook seeded with given sheets, and an independent way to read back what is in it.
 */
import type { CellBox, CellValue, SheetGrid } from '../../../src/engine/grid';
import { WorkbookError, type WorkbookPort } from '../../../src/workbook/port';
import { realisticPlan, TRICKY_NAMES, unitNames } from './fixtures';

export interface SeedSpec {
  name: string;
  values: CellValue[][];
  originRow?: number;
  originCol?: number;
}

export interface CellReadBack {
  value: CellValue;
  formula: boolean;
}

export interface PortHarness {
  port: WorkbookPort;
  /** Sheet names in tab order, as they are in the workbook now. */
  sheetNames(): Promise<string[]>;
  /** One cell (sheet coordinates, 0-based), read without going through `port`. */
  cell(sheet: string, row: number, col: number): Promise<CellReadBack>;
  merges(sheet: string): Promise<CellBox[]>;
  /** Column width in characters, when set. */
  columnWidth(sheet: string, col: number): Promise<number | undefined>;
  /** Everything about a sheet (values, formats, merges, sizes), equal when nothing changed. */
  fingerprint(sheet: string): Promise<string>;
  /** Adds a sheet the way a user would. */
  addUserSheet(spec: SeedSpec): Promise<void>;
  /** The workbook opened again for another run (saved and reopened where it lives in a file). */
  reopen(): Promise<PortHarness>;
  /** context.sync() calls so far, where the adapter has them. */
  syncs?(): number;
}

export type OpenHarness = (seed: SeedSpec[]) => Promise<PortHarness>;

/** The cell at sheet coordinates (row, col) of a grid, "" outside it. */
export function gridCell(grid: SheetGrid, row: number, col: number): CellValue {
  const v = grid.values[row - (grid.originRow ?? 0)]?.[col - (grid.originCol ?? 0)];
  return v === null || v === undefined ? '' : v;
}

const INPUT: SeedSpec = {
  name: 'Chấm điểm 2022',
  values: [
    ['UBND HUYỆN NINH GIANG', '', '', '', ''],
    ['STT', 'Lĩnh vực/Tiêu chí', 'Điểm tối đa', 'Xã Đồng Tâm', 'Xã An Đức'],
    ['I', 'Công tác chỉ đạo, điều hành CCHC', 3, 2.5, 3],
    ['1.1', 'Kế hoạch CCHC năm', 1, 0.5, 1],
    ['1.2', 'Mức độ thực hiện kế hoạch', 2, 2, 2],
    ['', 'Tổng cộng', 3, 2.5, 3],
  ],
};

export function describePortContract(adapter: string, open: OpenHarness): void {
  describe(`WorkbookPort contract: ${adapter}`, () => {
    test('readSheet gives back the cells that are in the sheet, at their sheet coordinates', async () => {
      const offset: SeedSpec = { name: 'Lệch', values: [['STT', 'Tên', 5], ['1', 'Tiêu chí', 2.25]], originRow: 2, originCol: 1 };
      const h = await open([INPUT, offset]);
      const grid = await h.port.readSheet('Chấm điểm 2022');
      expect(grid.sheetName).toBe('Chấm điểm 2022');
      INPUT.values.forEach((line, r) => line.forEach((v, c) => expect([r, c, gridCell(grid, r, c)]).toEqual([r, c, v])));
      const moved = await h.port.readSheet('Lệch');
      expect(gridCell(moved, 2, 1)).toBe('STT');
      expect(gridCell(moved, 3, 3)).toBe(2.25);
      expect(gridCell(moved, 0, 0)).toBe('');
    });

    test('reading a sheet that does not exist fails with sheet-not-found', async () => {
      const h = await open([INPUT]);
      await expect(h.port.readSheet('Không có')).rejects.toEqual(expect.objectContaining({ code: 'sheet-not-found' }));
      await expect(h.port.readSheet('Không có')).rejects.toBeInstanceOf(WorkbookError);
    });

    test('readSheets gives, in the order named, what readSheet gives for each sheet', async () => {
      const offset: SeedSpec = { name: 'Lệch', values: [['STT', 'Tên', 5], ['1', 'Tiêu chí', 2.25]], originRow: 2, originCol: 1 };
      const other: SeedSpec = { name: 'Khác', values: [['x', 1], ['#N/A', true]] };
      const h = await open([INPUT, offset, other]);
      const names = ['Lệch', 'Chấm điểm 2022', 'Khác', 'Lệch'];
      const together = await h.port.readSheets(names);
      const alone = await (await h.reopen()).port.readSheets([]);
      expect(alone).toEqual([]);
      const each: SheetGrid[] = [];
      for (const name of names) each.push(await (await h.reopen()).port.readSheet(name));
      expect(together.map((g) => g.sheetName)).toEqual(names);
      expect(together).toEqual(each);
    });

    test('readSheets with a sheet that does not exist fails as readSheet does', async () => {
      const h = await open([INPUT]);
      const alone = await h.port.readSheet('Không có').catch((e: unknown) => e);
      const together = await h.port.readSheets(['Chấm điểm 2022', 'Không có']).catch((e: unknown) => e);
      expect(together).toBeInstanceOf(WorkbookError);
      expect(together).toEqual(expect.objectContaining({ code: (alone as WorkbookError).code, message: (alone as WorkbookError).message }));
    });

    test('applyPlan writes values, merges and column widths where the plan says', async () => {
      const h = await open([INPUT]);
      await h.port.readSheet('Chấm điểm 2022');
      const plan = realisticPlan(unitNames(12));
      const report = await h.port.applyPlan(plan);
      expect(report.sheets.map((s) => [s.key, s.name, s.renamed, s.replaced])).toEqual(
        plan.sheets.map((s) => [s.key, s.name, false, false]),
      );
      expect(await h.sheetNames()).toEqual(['Chấm điểm 2022', ...plan.sheets.map((s) => s.name)]);
      const overall = plan.sheets[0];
      for (const block of overall.blocks) {
        for (const [r, line] of block.values.entries()) {
          for (const [c, v] of line.entries()) {
            const got = await h.cell(overall.name, block.row + r, block.col + c);
            expect([block.row + r, block.col + c, got.value]).toEqual([block.row + r, block.col + c, v ?? '']);
          }
        }
      }
      const merges = await h.merges('Điểm theo lĩnh vực');
      expect(merges).toEqual(expect.arrayContaining(plan.sheets[1].merges));
      expect(merges).toHaveLength(plan.sheets[1].merges.length);
      expect(await h.columnWidth('Xếp hạng chung', 1)).toBeCloseTo(32, 0);
    });

    test('text from the input stays literal text, never a formula or a number', async () => {
      const h = await open([INPUT]);
      const plan = realisticPlan(TRICKY_NAMES);
      await h.port.applyPlan(plan);
      for (const [u, name] of TRICKY_NAMES.entries()) {
        expect(await h.cell('Xếp hạng chung', 4 + u, 1)).toEqual({ value: name, formula: false });
        expect(await h.cell('Tự chấm và thẩm định', 1 + u, 1)).toEqual({ value: name, formula: false });
      }
    });

    test('the input sheet is left exactly as it was', async () => {
      const h = await open([INPUT]);
      const before = await h.fingerprint('Chấm điểm 2022');
      await h.port.readSheet('Chấm điểm 2022');
      await h.port.applyPlan(realisticPlan(unitNames(5)));
      const again = await h.reopen();
      await again.port.readSheet('Chấm điểm 2022');
      await again.port.applyPlan(realisticPlan(unitNames(5), 1));
      expect(await again.fingerprint('Chấm điểm 2022')).toBe(before);
    });

    test('re-running replaces our sheets: same names, no duplicates, no leftovers', async () => {
      const h = await open([INPUT]);
      await h.port.applyPlan(realisticPlan(unitNames(30)));
      const names = await h.sheetNames();
      const again = await h.reopen();
      const report = await again.port.applyPlan(realisticPlan(unitNames(10), 1));
      expect(report.sheets.every((s) => s.replaced && !s.renamed)).toBe(true);
      expect(await again.sheetNames()).toEqual(names);
      // Row 4 + 29 held unit 30 in the first run; the second run has 10 units only.
      expect((await again.cell('Xếp hạng chung', 4 + 29, 1)).value).toBe('');
      expect((await again.cell('Xếp hạng chung', 4 + 9, 1)).value).toBe(unitNames(10)[9]);
      const listed = await again.port.listSheets();
      expect(listed.filter((s) => s.ownedByUs).map((s) => s.name)).toEqual(names.slice(1));
      expect(listed.find((s) => s.name === 'Chấm điểm 2022')?.ownedByUs).toBe(false);
    });

    test("a user's sheet with the wanted name is kept; ours gets a free name", async () => {
      const h = await open([INPUT]);
      await h.addUserSheet({ name: 'Xếp hạng chung', values: [['Bảng của tôi', 42]] });
      const before = await h.fingerprint('Xếp hạng chung');
      const report = await h.port.applyPlan(realisticPlan(unitNames(3)));
      expect(report.sheets[0]).toEqual({ key: 'overall', name: 'Xếp hạng chung (2)', renamed: true, replaced: false });
      expect(await h.fingerprint('Xếp hạng chung')).toBe(before);
      expect((await h.cell('Xếp hạng chung (2)', 4, 1)).value).toBe(unitNames(3)[0]);
      const again = await h.reopen();
      const second = await again.port.applyPlan(realisticPlan(unitNames(3), 1));
      expect(second.sheets[0]).toEqual({ key: 'overall', name: 'Xếp hạng chung (2)', renamed: true, replaced: true });
      expect(await again.fingerprint('Xếp hạng chung')).toBe(before);
      expect((await again.sheetNames()).filter((n) => n.startsWith('Xếp hạng chung'))).toEqual(['Xếp hạng chung', 'Xếp hạng chung (2)']);
    });

    test('an input sheet is never overwritten, even when it was a result sheet of ours', async () => {
      const h = await open([INPUT]);
      await h.port.applyPlan(realisticPlan(unitNames(4)));
      const again = await h.reopen();
      const before = await again.fingerprint('Xếp hạng chung');
      await again.port.readSheet('Xếp hạng chung');
      const report = await again.port.applyPlan(realisticPlan(unitNames(4), 1));
      expect(report.sheets[0]).toMatchObject({ name: 'Xếp hạng chung (2)', replaced: false, renamed: true });
      expect(await again.fingerprint('Xếp hạng chung')).toBe(before);
    });

    test('a full run (read, then write a plan) stays within 4 syncs where syncs exist', async () => {
      const h = await open([INPUT]);
      if (!h.syncs) return;
      const start = h.syncs();
      await h.port.readSheet('Chấm điểm 2022');
      await h.port.applyPlan(realisticPlan(unitNames(20)));
      expect(h.syncs() - start).toBeLessThanOrEqual(4);
      const again = await h.reopen();
      const second = again.syncs ? again.syncs() : 0;
      await again.port.readSheet('Chấm điểm 2022');
      await again.port.applyPlan(realisticPlan(unitNames(20), 1));
      expect((again.syncs ? again.syncs() : 0) - second).toBeLessThanOrEqual(4);
    });
  });
}
