/**
 * Nothing lost, in the add-in (Office adapter on the strict fake Excel): a sheet the user made
 * is never changed or removed, even when it has the name of a result sheet (a free name is
 * picked and reported); scoring again replaces our result sheets and keeps every sheet the user
 * added in between; the input sheet is the same before and after.
 */
import { buildWritePlan } from '../../src/appendix';
import { scoreSheet } from '../../src/engine';
import { createFakeExcel, type FakeExcel } from '../../src/office-fake';
import { OfficeWorkbook } from '../../src/workbook/office';
import { standardSheet } from '../helpers/grid';

async function score(fake: FakeExcel) {
  const port = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
  const outcome = scoreSheet(await port.readSheet('Chấm điểm'));
  if (!outcome.ok) throw new Error('the standard sheet should score');
  return port.applyPlan(buildWritePlan(outcome.result));
}

it("a user's sheet named like a result sheet is kept as it is; the result takes a free name, reported; a second run replaces only ours", async () => {
  const fake = createFakeExcel();
  fake.seedGrid(standardSheet());
  fake.seed({ name: 'Xếp hạng chung', values: [['Bảng của tôi'], ['=SUM(1,2)', 3]], formulas: [[null], ['=1+2', null]] });
  const input = fake.snapshot('Chấm điểm');
  const mine = fake.snapshot('Xếp hạng chung');

  const first = await score(fake);
  const overall = first.sheets.find((s) => s.key === 'overall');
  expect(overall).toMatchObject({ renamed: true, replaced: false });
  expect(overall?.name).not.toBe('Xếp hạng chung');
  expect(fake.snapshot('Xếp hạng chung')).toBe(mine);
  expect(fake.snapshot('Chấm điểm')).toBe(input);
  const afterFirst = fake.sheetNames();

  // The user adds a sheet of notes between two runs.
  fake.seed({ name: 'Ghi chép', values: [['ghi chú riêng']] });
  const notes = fake.snapshot('Ghi chép');

  const second = await score(fake);
  expect(second.sheets.map((s) => [s.name, s.replaced])).toEqual(first.sheets.map((s) => [s.name, true]));
  expect(fake.sheetNames()).toEqual([...afterFirst, 'Ghi chép']);
  expect(fake.snapshot('Xếp hạng chung')).toBe(mine);
  expect(fake.snapshot('Ghi chép')).toBe(notes);
  expect(fake.snapshot('Chấm điểm')).toBe(input);
});
