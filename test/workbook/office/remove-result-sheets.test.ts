/**
 * WorkbookPort.removeResultSheets on the Office adapter: removes exactly the sheets our ownership
 * marks point at, and those marks; never a user's sheet (even one named like ours), never a sheet
 * read as input; the protection check first.
 */
import { createFakeExcel } from '../../../src/office-fake';
import { OfficeWorkbook } from '../../../src/workbook/office';
import { realisticPlan, unitNames } from '../contract/fixtures';
import { fullState } from './full-state';

const INPUT = 'Chấm điểm 2022';

async function written() {
  const fake = createFakeExcel();
  fake.seed({ name: INPUT, values: [['STT', 'Tiêu chí', 'Điểm tối đa', 'Xã A']] });
  const port = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
  await port.applyPlan(realisticPlan(unitNames(3)));
  return { fake, port };
}

describe('removing our result sheets', () => {
  test('removes the sheets our marks point at and the marks; a user sheet named like ours stays', async () => {
    const { fake, port } = await written();
    // The user deleted one of ours and made a sheet of that name; and renamed another of ours.
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('Thống kê').delete();
      context.workbook.worksheets.getItem('Xếp hạng chung').name = 'Bảng cũ';
      await context.sync();
    });
    fake.seed({ name: 'Thống kê', values: [['của tôi']] });
    fake.seed({ name: 'Xếp hạng chung', values: [['cũng của tôi']] });
    const user = ['Thống kê', 'Xếp hạng chung'].map((n) => ({ id: fake.sheet(n).id, values: fake.valuesFromA1(n) }));

    const removed = await port.removeResultSheets();

    expect(removed.sort()).toEqual(['Bảng cũ', 'Tự chấm và thẩm định', 'Điểm theo lĩnh vực'].sort());
    expect(fake.sheetNames()).toEqual([INPUT, 'Thống kê', 'Xếp hạng chung']);
    expect(['Thống kê', 'Xếp hạng chung'].map((n) => ({ id: fake.sheet(n).id, values: fake.valuesFromA1(n) }))).toEqual(user);
    // Only the stale mark of the sheet the user deleted is left (#REF!, ignored as ownership.md says).
    expect(fake.model.names.filter((n) => !n.deleted).map((n) => [n.name, n.formula])).toEqual([['CCHC_OWNED.statistics', '=#REF!$A$1']]);
    expect((await port.listSheets()).some((s) => s.ownedByUs)).toBe(false);
  });

  test('nothing of ours: nothing removed, one sync', async () => {
    const fake = createFakeExcel();
    fake.seed({ name: INPUT, values: [['x']] });
    const port = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
    expect(await port.removeResultSheets()).toEqual([]);
    expect(fake.syncs).toHaveLength(1);
  });

  test('a sheet read as input is never removed, even when a mark points at it', async () => {
    const { fake, port } = await written();
    const again = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
    await again.readSheet('Thống kê');
    const removed = await again.removeResultSheets();
    expect(removed).not.toContain('Thống kê');
    expect(fake.sheetNames()).toEqual([INPUT, 'Thống kê']);
    void port;
  });

  test('a protected structure or result sheet: refused before anything is removed, naming it', async () => {
    const { fake, port } = await written();
    fake.protectSheet('Thống kê');
    const before = fullState(fake);
    await expect(port.removeResultSheets()).rejects.toMatchObject({ code: 'sheet-protected', sheet: 'Thống kê' });
    expect(fullState(fake)).toEqual(before);
    fake.protectSheet('Thống kê', false);
    fake.protectWorkbook();
    const before2 = fullState(fake);
    await expect(port.removeResultSheets()).rejects.toMatchObject({ code: 'workbook-protected' });
    expect(fullState(fake)).toEqual(before2);
  });
});
