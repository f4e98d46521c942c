/**
 * Which sheets the Office adapter may replace (src/workbook/ownership.md): ours are marked with
 * hidden workbook-scoped names; a renamed sheet of ours stays ours; a deleted one is gone for
 * good, and a user's new sheet of the same name is the user's; replacing swaps in a new sheet.
 */
import { createFakeExcel } from '../../../src/office-fake';
import { freeSheetName, keyFromOwnedName, OfficeWorkbook, ownedNameForKey, sheetOfReference } from '../../../src/workbook/office';
import { realisticPlan, unitNames } from '../contract/fixtures';

function setup() {
  const fake = createFakeExcel();
  fake.seed({ name: 'Chấm điểm 2022', values: [['STT', 'Tiêu chí', 'Điểm tối đa', 'Xã A']] });
  const port = () => new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
  return { fake, port };
}

async function userRun(fake: ReturnType<typeof createFakeExcel>, batch: (context: Excel.RequestContext) => void): Promise<void> {
  await fake.run(async (context) => {
    batch(context);
    await context.sync();
  });
}

describe('ownership marks of the Office adapter', () => {
  test('every result sheet gets a hidden workbook-scoped name pointing at its A1', async () => {
    const { fake, port } = setup();
    await port().applyPlan(realisticPlan(unitNames(2)));
    const marks = fake.model.names.filter((n) => !n.deleted).map((n) => [n.name, n.formula, n.visible, n.scope]);
    expect(marks).toEqual([
      ['CCHC_OWNED.overall', "='Xếp hạng chung'!$A$1", false, 'Workbook'],
      ['CCHC_OWNED.components', "='Điểm theo lĩnh vực'!$A$1", false, 'Workbook'],
      ['CCHC_OWNED.self_002dvs_002dappraisal', "='Tự chấm và thẩm định'!$A$1", false, 'Workbook'],
      ['CCHC_OWNED.statistics', "='Thống kê'!$A$1", false, 'Workbook'],
    ]);
  });

  test('a result sheet the user renamed is still ours: replaced, and given its name back', async () => {
    const { fake, port } = setup();
    await port().applyPlan(realisticPlan(unitNames(2)));
    const names = fake.sheetNames();
    await userRun(fake, (c) => (c.workbook.worksheets.getItem('Xếp hạng chung').name = 'Bảng cũ'));
    const report = await port().applyPlan(realisticPlan(unitNames(2), 1));
    expect(report.sheets[0]).toEqual({ key: 'overall', name: 'Xếp hạng chung', renamed: false, replaced: true });
    // The new sheet takes the old one's place (the old one is deleted once the new one is complete).
    expect(fake.sheetNames()).toEqual(names);
    expect(fake.sheetNames()).not.toContain('Bảng cũ');
  });

  test("a result sheet the user deleted stays deleted; a user's new sheet with its name is the user's", async () => {
    const { fake, port } = setup();
    await port().applyPlan(realisticPlan(unitNames(2)));
    await userRun(fake, (c) => c.workbook.worksheets.getItem('Thống kê').delete());
    fake.seed({ name: 'Thống kê', values: [['Ghi chú riêng của tôi']] });
    const before = fake.snapshot('Thống kê');
    const report = await port().applyPlan(realisticPlan(unitNames(2), 1));
    expect(report.sheets[3]).toEqual({ key: 'statistics', name: 'Thống kê (2)', renamed: true, replaced: false });
    expect(fake.snapshot('Thống kê')).toBe(before);
    expect(fake.model.names.find((n) => !n.deleted && n.name === 'CCHC_OWNED.statistics')?.formula).toBe("='Thống kê (2)'!$A$1");
  });

  test('replacing leaves nothing of the old sheet: old values, merges, widths, panes and charts are gone', async () => {
    const { fake, port } = setup();
    await port().applyPlan(realisticPlan(unitNames(40)));
    const plan = realisticPlan(unitNames(3), 1);
    const overall = plan.sheets[0];
    overall.merges = [];
    overall.columnWidths = [];
    overall.freeze = undefined;
    overall.charts = [];
    overall.blocks = overall.blocks.slice(2);
    await port().applyPlan(plan);
    const sheet = fake.sheet('Xếp hạng chung');
    expect(fake.cell('Xếp hạng chung', 'A1').value).toBe('');
    expect(fake.cell('Xếp hạng chung', 'B44').value).toBe('');
    expect(sheet.merges).toEqual([]);
    expect(sheet.columnWidths.size).toBe(0);
    expect(sheet.freeze).toBeUndefined();
    expect(sheet.charts.filter((c) => !c.deleted)).toEqual([]);
    expect(fake.cell('Xếp hạng chung', 'B5').value).toBe(unitNames(3)[0]);
  });

  test('the mark lists our charts; a re-run takes two syncs (inspect, write)', async () => {
    const { fake, port } = setup();
    await port().applyPlan(realisticPlan(unitNames(3)));
    const mark = fake.model.names.find((n) => n.name === 'CCHC_OWNED.overall');
    expect(mark?.comment).toBe('CCHC add-in result sheet; do not delete; charts: ["CCHC overall 1"]');
    const start = fake.syncs.length;
    await port().applyPlan(realisticPlan(unitNames(3), 1));
    expect(fake.syncs.length - start).toBe(2);
    expect(fake.sheet('Xếp hạng chung').charts.filter((c) => !c.deleted)).toHaveLength(1);
  });

  test('a chart of ours the user deleted makes the run ask Excel for the charts, and it succeeds', async () => {
    const { fake, port } = setup();
    await port().applyPlan(realisticPlan(unitNames(3)));
    await userRun(fake, (c) => c.workbook.worksheets.getItem('Xếp hạng chung').charts.getItem('CCHC overall 1').delete());
    const before = fake.snapshot('Chấm điểm 2022');
    const report = await port().applyPlan(realisticPlan(unitNames(4), 1));
    expect(report.sheets.every((s) => s.replaced)).toBe(true);
    expect(fake.sheet('Xếp hạng chung').charts.filter((c) => !c.deleted)).toHaveLength(1);
    expect(fake.cell('Xếp hạng chung', 'B8').value).toBe(unitNames(4)[3]);
    expect(fake.snapshot('Chấm điểm 2022')).toBe(before);
  });

  test('user sheets are never renamed, moved, cleared or removed', async () => {
    const { fake, port } = setup();
    fake.seed({ name: 'Điểm theo lĩnh vực', values: [['của tôi']], visibility: 'Hidden' });
    fake.seed({ name: 'Ghi chú', values: [['x', 1]] });
    const snaps = ['Chấm điểm 2022', 'Điểm theo lĩnh vực', 'Ghi chú'].map((n) => fake.snapshot(n));
    await port().applyPlan(realisticPlan(unitNames(3)));
    await port().applyPlan(realisticPlan(unitNames(5), 2));
    expect(['Chấm điểm 2022', 'Điểm theo lĩnh vực', 'Ghi chú'].map((n) => fake.snapshot(n))).toEqual(snaps);
    expect(fake.sheetNames()).toEqual([
      'Chấm điểm 2022',
      'Điểm theo lĩnh vực',
      'Ghi chú',
      'Xếp hạng chung',
      'Điểm theo lĩnh vực (2)',
      'Tự chấm và thẩm định',
      'Thống kê',
    ]);
  });
});

describe('ownership helpers shared with the xlsx adapter', () => {
  test('plan keys map one-to-one onto defined names and back', () => {
    for (const key of ['overall', 'self-vs-appraisal', 'Groups', 'khối_xã', 'a.b']) {
      expect(ownedNameForKey(key)).toMatch(/^CCHC_OWNED\.[A-Za-z0-9_.]+$/);
      expect(keyFromOwnedName(ownedNameForKey(key))).toBe(key);
    }
    expect(ownedNameForKey('Groups')).not.toBe(ownedNameForKey('groups'));
    expect(keyFromOwnedName('cchc_owned.overall')).toBe('overall');
    expect(keyFromOwnedName('Print_Area')).toBeUndefined();
  });

  test('the sheet of a mark is read from its formula, quoted or not; #REF! is no sheet', () => {
    expect(sheetOfReference('=Sheet1!$A$1')).toBe('Sheet1');
    expect(sheetOfReference("='Xếp hạng (2)'!$A$1")).toBe('Xếp hạng (2)');
    expect(sheetOfReference("='It''s'!$A$1:$B$2")).toBe("It's");
    expect(sheetOfReference('=#REF!$A$1')).toBeUndefined();
    expect(sheetOfReference('="text"')).toBeUndefined();
  });

  test('a free name keeps within 31 characters and ignores case', () => {
    expect(freeSheetName('Thống kê', ['thống KÊ'])).toBe('Thống kê (2)');
    expect(freeSheetName('Thống kê', ['Thống kê', 'Thống kê (2)'])).toBe('Thống kê (3)');
    const long = 'Điểm thẩm định theo từng lĩnh vực';
    const free = freeSheetName(long, [long.slice(0, 31)]);
    expect(free.length).toBeLessThanOrEqual(31);
    expect(free.endsWith(' (2)')).toBe(true);
  });
});
