/**
 * The fake tells the truth about two things a read depends on (issue 14, items 7 and 8):
 *   - Application.calculationMode (ExcelApi 1.1 to read, 1.8 to set) and Manual mode: cells
 *     changed leave formula values stale until application.calculate(...);
 *   - the used range: formats count in getUsedRange(false), only values and formulas in
 *     getUsedRange(true); Range.getUsedRangeOrNullObject looks at the range's cells only, and a
 *     value in row 900,000 does not make the fake build a million rows.
 */
import { createFakeExcel } from '../../src/office-fake';

async function mode(fake: ReturnType<typeof createFakeExcel>): Promise<string> {
  return fake.run(async (context) => {
    const app = context.workbook.application.load('calculationMode');
    await context.sync();
    return app.calculationMode;
  });
}

async function write(fake: ReturnType<typeof createFakeExcel>, address: string, value: number): Promise<void> {
  await fake.run(async (context) => {
    context.workbook.worksheets.getItem('S').getRange(address).values = [[value]];
    await context.sync();
  });
}

describe('calculation mode', () => {
  test('Automatic by default; what the user sets is what a batch reads', async () => {
    const fake = createFakeExcel();
    fake.seed({ name: 'S', values: [[1]] });
    expect(await mode(fake)).toBe('Automatic');
    fake.setCalculationMode('Manual');
    expect(await mode(fake)).toBe('Manual');
  });

  test('in Manual mode a value written makes formula values stale until calculate', async () => {
    const fake = createFakeExcel();
    fake.seed({ name: 'S', values: [[1], [2], [3]], formulas: [[null], [null], ['=SUM(A1:A2)']] });
    fake.setCalculationMode('Manual');
    await write(fake, 'A1', 5);
    expect(fake.calculation.stale).toBe(true);
    // The fake does not evaluate formulas: the cached value stays, as Excel's does until calculated.
    expect(fake.cell('S', 'A3').value).toBe(3);
    await fake.run(async (context) => {
      context.workbook.application.calculate('Full');
      await context.sync();
    });
    expect(fake.calculation).toMatchObject({ stale: false, calculations: ['Full'] });
  });

  test('in Automatic mode nothing is ever stale; switching back to Automatic recalculates', async () => {
    const fake = createFakeExcel();
    fake.seed({ name: 'S', values: [[1]] });
    await write(fake, 'A1', 5);
    expect(fake.calculation.stale).toBe(false);
    fake.setCalculationMode('Manual');
    await write(fake, 'A1', 6);
    expect(fake.calculation.stale).toBe(true);
    await fake.run(async (context) => {
      context.workbook.application.calculationMode = 'Automatic';
      await context.sync();
    });
    expect(fake.calculation).toMatchObject({ mode: 'Automatic', stale: false });
  });

  test('setting the mode needs ExcelApi 1.8; reading it does not; unknown values are refused', async () => {
    const old = createFakeExcel({ apiVersion: '1.7' });
    old.seed({ name: 'S', values: [[1]] });
    expect(await mode(old)).toBe('Automatic');
    await expect(old.run(async (context) => {
      context.workbook.application.calculationMode = 'Manual';
      await context.sync();
    })).rejects.toMatchObject({ code: 'ApiNotFound' });
    const fake = createFakeExcel();
    fake.seed({ name: 'S', values: [[1]] });
    await expect(fake.run(async (context) => {
      context.workbook.application.calculationMode = 'Sometimes' as Excel.CalculationMode;
      await context.sync();
    })).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(fake.run(async (context) => {
      context.workbook.application.calculate('Now' as Excel.CalculationType);
      await context.sync();
    })).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

describe('used range', () => {
  async function used(fake: ReturnType<typeof createFakeExcel>, valuesOnly: boolean): Promise<string> {
    return fake.run(async (context) => {
      const r = context.workbook.worksheets.getItem('S').getUsedRange(valuesOnly).load('address');
      await context.sync();
      return r.address;
    });
  }

  test('a format far away counts without valuesOnly, not with it', async () => {
    const fake = createFakeExcel();
    fake.seed({ name: 'S', values: [['a', 'b'], [1, 2]] });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('Z500').format.fill.color = '#FFFF00';
      context.workbook.worksheets.getItem('S').getRange('AA600').numberFormat = [['0.00']];
      await context.sync();
    });
    expect(await used(fake, false)).toBe('S!A1:AA600');
    expect(await used(fake, true)).toBe('S!A1:B2');
  });

  test('a value in row 900,000: the used range reaches it, rows in between are not built', async () => {
    const fake = createFakeExcel();
    fake.seed({ name: 'S', values: [['a', 'b'], [1, 2]] });
    await write(fake, 'C900000', 7);
    expect(await used(fake, true)).toBe('S!A1:C900000');
    const stored = fake.sheet('S').values.rows;
    expect(Object.keys(stored)).toEqual(['0', '1', '899999']);
  });

  test('Range.getUsedRangeOrNullObject: the used cells of the range only; a null object when none', async () => {
    const fake = createFakeExcel();
    fake.seed({ name: 'S', values: [['a', 'b', '', 'd'], [1, 2, '', '']] });
    await write(fake, 'C900000', 7);
    const [row, column, empty, withFormats] = await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('S');
      ws.getRange('H2').format.fill.color = '#FFFF00';
      const r = ws.getRange('A899999:XFD900000').getUsedRangeOrNullObject(true).load('address');
      const c = ws.getRange('D:D').getUsedRangeOrNullObject(true).load('address');
      const e = ws.getRange('E1:G10').getUsedRangeOrNullObject(true).load('address');
      const f = ws.getRange('A2:H2').getUsedRangeOrNullObject(false).load('address');
      await context.sync();
      return [r.address, c.address, e.isNullObject, f.address];
    });
    expect(row).toBe('S!C900000');
    expect(column).toBe('S!D1');
    expect(empty).toBe(true);
    expect(withFormats).toBe('S!A2:H2');
  });
});
