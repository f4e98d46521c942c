/**
 * A value far from the table (issue 14, item 8): the used range, and so the read, would be huge.
 * The adapter stops after the first sync (which loads only a bounded head of cells), names the
 * cells at the used range's far edge and what they hold, and fails with StrayCellsError; the pane
 * words it naming the sheet and the cell.
 */
import { createFakeExcel } from '../../../src/office-fake';
import { OfficeWorkbook } from '../../../src/workbook/office';
import { MAX_READ_CELLS } from '../../../src/workbook/office/read-cap';
import { StrayCellsError } from '../../../src/workbook/port';
import { failureFrom, failureText } from '../../../src/taskpane/errors';
import { uiStrings } from '../../../src/i18n/ui';
import { standardSheet } from '../../helpers/grid';
import { chooseSheet, defaultEngine, PANE_SHEET_CHOICE } from '../../../src/usecase';

const SHEET = 'Chấm điểm';

function seeded() {
  const fake = createFakeExcel();
  fake.seedGrid({ ...standardSheet(), sheetName: SHEET });
  const port = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
  return { fake, port };
}

async function put(fake: ReturnType<typeof createFakeExcel>, address: string, value: string | number): Promise<void> {
  await fake.run(async (context) => {
    context.workbook.worksheets.getItem(SHEET).getRange(address).values = [[value]];
    await context.sync();
  });
  fake.resetSyncs();
}

async function failure(read: Promise<unknown>): Promise<StrayCellsError> {
  const error: unknown = await read.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(StrayCellsError);
  return error as StrayCellsError;
}

describe('a stray value far from the table', () => {
  test('row 900,000: named with what it holds, after 3 small syncs', async () => {
    const { fake, port } = seeded();
    await put(fake, 'C900000', 'x');
    const error = await failure(port.readSheet(SHEET));
    expect(error).toMatchObject({ code: 'too-many-cells', sheet: SHEET, stray: [{ address: 'C900000', value: 'x' }], limit: MAX_READ_CELLS });
    expect(error.usedRange).toMatch(/^A1:[A-Z]+900000$/);
    // The first sync (shape and head), the edges, the stray cell's value: nothing of the 900,000 rows.
    expect(fake.syncs).toHaveLength(3);
    expect(Math.max(...fake.syncs.map((s) => s.responseBytes))).toBeLessThan(64 * 1024);
  });

  test('readSheets names it too, and the pane says which sheet and cell, Vietnamese and English', async () => {
    const { fake, port } = seeded();
    await put(fake, 'B900000', 12.5);
    const error = await failure(port.readSheets([SHEET]));
    const shown = failureFrom(error);
    expect(shown.kind).toBe('too-many-cells');
    const vi = failureText(uiStrings('vi'), 'vi', shown);
    expect(vi.title).toContain(`“${SHEET}”`);
    expect(vi.action).toContain('Ô B900000 (“12,5”)');
    expect(vi.action).toMatch(/xoá nội dung/);
    const en = failureText(uiStrings('en'), 'en', shown);
    expect(en.action).toContain('Cell B900000 (“12.5”)');
    expect(en.action).toMatch(/delete its contents/);
  });

  test('XFD1048576: the one cell at both edges is named once', async () => {
    const { fake, port } = seeded();
    await put(fake, 'XFD1048576', 'cuối');
    const error = await failure(port.readSheet(SHEET));
    expect(error.stray).toEqual([{ address: 'XFD1048576', value: 'cuối' }]);
    expect(error.usedRange).toBe('A1:XFD1048576');
  });

  test('a column far right of a long table: the column is named, not the table’s last row', async () => {
    const fake = createFakeExcel();
    const rows = 3000;
    fake.seed({ name: SHEET, values: Array.from({ length: rows }, (_, r) => [`Xã ${r + 1}`, r, r * 2]) });
    const port = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
    await put(fake, 'XFD3', 'ghi chú');
    const error = await failure(port.readSheet(SHEET));
    expect(error.stray).toEqual([{ address: 'XFD3', value: 'ghi chú' }]);
  });

  test('a sheet under the cap is read whole, even with a format far away (formats are not values)', async () => {
    const { fake, port } = seeded();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).getRange('XFD1048576').format.fill.color = '#FFFF00';
      await context.sync();
    });
    const grid = await port.readSheet(SHEET);
    expect(grid.values.length).toBe(standardSheet().values.length);
  });

  test('the pane’s scan: a stray cell in another sheet does not hide the scoring sheet; choosing that sheet names it', async () => {
    const { fake, port } = seeded();
    fake.seed({ name: 'Dữ liệu', values: [['ghi chép', 'a', 'b', 'c', 'd', 'e', 'f', 'g']] });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('Dữ liệu').getRange('A900000').values = [['x']];
      await context.sync();
    });
    const chosen = await chooseSheet(port, defaultEngine, { ...PANE_SHEET_CHOICE });
    expect(chosen.selected?.scope).toBe(SHEET);
    expect(chosen.choice.others).toEqual(['Dữ liệu']);
    const error = await failure(port.readSheets(['Dữ liệu']));
    expect(error.stray).toEqual([{ address: 'A900000', value: 'x' }]);
  });

  test('the pane’s scan: when the sheet too big is the only candidate with data, its error comes at once', async () => {
    const { fake, port } = seeded();
    fake.seed({ name: 'Ghi chú', values: [['không phải bảng chấm điểm']] });
    await put(fake, 'C900000', 'x');
    const error = await failure(chooseSheet(port, defaultEngine, { ...PANE_SHEET_CHOICE }));
    expect(error.sheet).toBe(SHEET);
  });
});

