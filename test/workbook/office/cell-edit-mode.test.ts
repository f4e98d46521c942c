/**
 * The Office adapter asks Excel to wait while the user is typing in a cell
 * (`Excel.run({ delayForCellEdit: true }, batch)`, ExcelApi 1.11), so a read or a write started
 * then completes once the user leaves the cell. On a host without 1.11 Excel refuses the batch
 * with InvalidOperationInCellEditMode: a WorkbookError with that error as its cause.
 */
import { createFakeExcel } from '../../../src/office-fake';
import { OfficeWorkbook } from '../../../src/workbook/office';
import { isCellEditModeError } from '../../../src/workbook/office/errors';
import { WorkbookError } from '../../../src/workbook/port';

const SHEET = 'Chấm điểm';
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function seeded(apiVersion = '1.17') {
  const fake = createFakeExcel({ apiVersion });
  fake.seed({ name: SHEET, values: [['STT', 'Tiêu chí', 'Xã A'], ['1', 'Kế hoạch', 2]] });
  const port = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
  return { fake, port };
}

describe('OfficeWorkbook in cell-edit mode', () => {
  test('readSheet started while the user types completes after the mode is switched off', async () => {
    const { fake, port } = seeded();
    fake.setCellEditMode(true);
    let done = false;
    const reading = port.readSheet(SHEET).then((grid) => {
      done = true;
      return grid;
    });
    await settle();
    await settle();
    expect(done).toBe(false);
    fake.setCellEditMode(false);
    const grid = await reading;
    expect(grid.values[1]).toEqual(['1', 'Kế hoạch', 2]);
    expect(fake.syncs.every((s) => s.failed === undefined)).toBe(true);
  });

  test('listSheets and select wait too', async () => {
    const { fake, port } = seeded();
    fake.setCellEditMode(true);
    const listing = port.listSheets();
    const selecting = port.select(SHEET, 'B2');
    await settle();
    fake.setCellEditMode(false);
    await expect(listing).resolves.toEqual([expect.objectContaining({ name: SHEET })]);
    await selecting;
    expect(fake.selection()).toEqual({ sheet: SHEET, address: 'B2' });
  });

  test('without the option the fake fails with the code (what Excel does without delayForCellEdit)', async () => {
    const { fake } = seeded();
    fake.setCellEditMode(true);
    await expect(fake.run(async (context) => context.sync())).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
  });

  test('a host without ExcelApi 1.11: read-failed, caused by InvalidOperationInCellEditMode', async () => {
    const { fake, port } = seeded('1.10');
    fake.setCellEditMode(true);
    const error: unknown = await port.readSheet(SHEET).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error).toMatchObject({ code: 'read-failed', cause: { code: 'InvalidOperationInCellEditMode' } });
    expect((error as Error).message).toMatch(/cell-edit mode/);
    expect(isCellEditModeError(error)).toBe(true);
    expect(isCellEditModeError(new WorkbookError('read-failed', 'x', { cause: new Error('y') }))).toBe(false);

    fake.setCellEditMode(false);
    await expect(port.readSheet(SHEET)).resolves.toMatchObject({ sheetName: SHEET });
  });

  test('a host without ExcelApi 1.11 is called with Excel.run(batch), the options only from 1.11', async () => {
    for (const [apiVersion, withOptions] of [['1.10', false], ['1.11', true]] as const) {
      const fake = createFakeExcel({ apiVersion });
      fake.seed({ name: SHEET, values: [['x']] });
      const calls: unknown[][] = [];
      const run = ((...args: unknown[]) => {
        calls.push(args);
        return (fake.run as (...a: unknown[]) => Promise<unknown>)(...args);
      }) as typeof fake.run;
      await new OfficeWorkbook({ run, isSetSupported: fake.isSetSupported }).activeSheetName();
      expect(calls).toHaveLength(1);
      expect(calls[0]).toHaveLength(withOptions ? 2 : 1);
      if (withOptions) expect(calls[0][0]).toEqual({ delayForCellEdit: true });
    }
  });
});
