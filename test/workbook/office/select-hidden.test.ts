/**
 * Going to a cell on a hidden sheet (issue 14, item 8). Excel refuses to activate a hidden sheet
 * (so does the fake); the adapter shows a hidden sheet, ours or the user's, before selecting, and
 * never a "very hidden" one: that fails with `sheet-very-hidden`, which the pane words.
 */
import { createFakeExcel } from '../../../src/office-fake';
import { OfficeWorkbook } from '../../../src/workbook/office';
import { failureFrom, failureText } from '../../../src/taskpane/errors';
import { uiStrings } from '../../../src/i18n/ui';

function seeded(visibility: 'Hidden' | 'VeryHidden') {
  const fake = createFakeExcel();
  fake.seed({ name: 'Chấm điểm', values: [['STT', 'Xã A'], [1, 2]] });
  fake.seed({ name: 'Xếp hạng chung', values: [['Hạng'], [1]], visibility });
  const port = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
  return { fake, port };
}

describe('selecting a cell on a hidden sheet', () => {
  test('Excel (and the fake) refuse to activate a hidden sheet', async () => {
    const { fake } = seeded('Hidden');
    await expect(fake.run(async (context) => {
      context.workbook.worksheets.getItem('Xếp hạng chung').activate();
      await context.sync();
    })).rejects.toMatchObject({ code: 'InvalidOperation' });
  });

  test('a hidden sheet is shown, activated and the cell selected', async () => {
    const { fake, port } = seeded('Hidden');
    await port.select('Xếp hạng chung', 'A2');
    expect(fake.sheet('Xếp hạng chung').visibility).toBe('Visible');
    expect(fake.activeSheetName()).toBe('Xếp hạng chung');
    expect(fake.selection()).toEqual({ sheet: 'Xếp hạng chung', address: 'A2' });
  });

  test('a visible sheet: selected as before, its visibility untouched', async () => {
    const { fake, port } = seeded('Hidden');
    await port.select('Chấm điểm', 'B2');
    expect(fake.selection()).toEqual({ sheet: 'Chấm điểm', address: 'B2' });
    expect(fake.sheet('Xếp hạng chung').visibility).toBe('Hidden');
  });

  test('a very hidden sheet is left as it is; the pane says why', async () => {
    const { fake, port } = seeded('VeryHidden');
    const error: unknown = await port.select('Xếp hạng chung', 'A2').then(() => undefined, (e: unknown) => e);
    expect(error).toMatchObject({ code: 'sheet-very-hidden' });
    expect(fake.sheet('Xếp hạng chung').visibility).toBe('VeryHidden');
    expect(fake.activeSheetName()).toBe('Chấm điểm');
    const failure = failureFrom(error);
    expect(failure.kind).toBe('sheet-very-hidden');
    expect(failureText(uiStrings('vi'), 'vi', failure).title).toMatch(/ẩn hoàn toàn/);
  });
});
