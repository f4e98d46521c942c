/**
 * The strict fake behaves like Excel where it matters to the adapter: unloaded reads throw,
 * writes wait for sync, syncs and bytes are counted, unknown members are rejected, typed entry
 * turns "=..." into formulas unless the cell is Text, names follow their sheet.
 */
import { createFakeExcel, FakeOfficeError } from '../../src/office-fake';

function seeded() {
  const fake = createFakeExcel();
  fake.seed({ name: 'Input', values: [['STT', 'Tên', 'Điểm tối đa'], ['1', 'Tiêu chí', 5]] });
  return fake;
}

describe('strict fake of the Excel API', () => {
  test('reading a property that was not loaded throws PropertyNotLoaded', async () => {
    const fake = seeded();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Input').getRange('A1:C2');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('address');
      expect(() => range.address).toThrow(/not available/);
      await context.sync();
      expect(range.address).toBe('Input!A1:C2');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  test('writes are applied only at sync, and every sync is counted and measured', async () => {
    const fake = seeded();
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Input');
      ws.getRange('D1').values = [['Xã Đồng Tâm']];
      expect(fake.cell('Input', 'D1').value).toBe('');
      await context.sync();
      expect(fake.cell('Input', 'D1').value).toBe('Xã Đồng Tâm');
    });
    expect(fake.syncs).toHaveLength(1);
    // [{"o":..,"a":"get","m":"getItem",...},{..getRange..},{..set values..}] in UTF-8 bytes.
    expect(fake.syncs[0].operations).toBe(3);
    expect(fake.syncs[0].requestBytes).toBeGreaterThan('Xã Đồng Tâm'.length);
  });

  test('a misspelt member is rejected, for reads and for writes', async () => {
    const fake = seeded();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Input').getRange('A1') as unknown as Record<string, unknown>;
      expect(() => {
        range.valuse = [['x']];
      }).toThrow(/has no member "valuse"/);
      expect(() => range.nubmerFormat).toThrow(FakeOfficeError);
      expect(() => (range.format as Record<string, unknown>).colour).toThrow(/RangeFormat has no member "colour"/);
      expect(() => {
        range.address = 'B2';
      }).toThrow(/read-only/);
    });
  });

  test('a misspelt property in load() is rejected', async () => {
    const fake = seeded();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Input').getRange('A1');
      expect(() => range.load('valeus')).toThrow(/no loadable property "valeus"/);
    });
  });

  test('strings are typed like keyboard entry unless the cell is formatted as Text', async () => {
    const fake = seeded();
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Input');
      ws.getRange('A5:E5').values = [['=HYPERLINK("x")', '+84 912', '0123', '-x', '@x']];
      ws.getRange('A6:E6').numberFormat = [['@', '@', '@', '@', '@']];
      ws.getRange('A6:E6').values = [['=HYPERLINK("x")', '+84 912', '0123', '-x', '@x']];
      await context.sync();
    });
    expect(fake.cell('Input', 'A5').formula).toBe('=HYPERLINK("x")');
    expect(fake.cell('Input', 'B5').formula).toBe('=+84 912');
    expect(fake.cell('Input', 'C5').value).toBe(123);
    expect(fake.cell('Input', 'D5').formula).toBe('=-x');
    expect(fake.cell('Input', 'E5').formula).toBe('=x');
    for (const [a, text] of [['A6', '=HYPERLINK("x")'], ['B6', '+84 912'], ['C6', '0123'], ['D6', '-x'], ['E6', '@x']]) {
      expect(fake.cell('Input', a)).toMatchObject({ value: text, kind: 'String', formula: undefined });
    }
  });

  test('a 2D input of the wrong shape fails at sync like Excel', async () => {
    const fake = seeded();
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('Input').getRange('A1:B2').values = [['only one row', 'x']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test('a missing sheet fails at sync with ItemNotFound; OrNullObject gives a null object', async () => {
    const fake = seeded();
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('Nope').load('name');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject('Nope');
      expect(() => ws.isNullObject).toThrow();
      await context.sync();
      expect(ws.isNullObject).toBe(true);
    });
  });

  test('a defined name follows its sheet when renamed and turns #REF! when the sheet is deleted', async () => {
    const fake = seeded();
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.add('Kết quả');
      context.workbook.names.add('CCHC_OWNED.overall', ws.getRange('A1'), 'ours');
      ws.name = 'Renamed by user';
      await context.sync();
    });
    expect(fake.model.names[0].formula).toBe("='Renamed by user'!$A$1");
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('Renamed by user').delete();
      await context.sync();
    });
    expect(fake.model.names[0].formula).toBe('=#REF!$A$1');
  });

  test('requests over the limit are refused whole', async () => {
    const fake = createFakeExcel({ maxRequestBytes: 1000 });
    fake.seed({ name: 'S', values: [[1]] });
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1:A100').values = Array.from({ length: 100 }, () => ['0123456789']);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(fake.cell('S', 'A2').value).toBe('');
  });

  test('members newer than the host API version fail with ApiNotFound', async () => {
    const fake = createFakeExcel({ apiVersion: '1.8' });
    fake.seed({ name: 'S', values: [[1]] });
    expect(fake.isSetSupported('ExcelApi', '1.9')).toBe(false);
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('S').pageLayout.orientation = 'Landscape';
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  test("range.worksheet is the range's sheet, reached by one counted request", async () => {
    const fake = seeded();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Input').getRange('B2:C2').getCell(0, 1).worksheet;
      expect(() => sheet.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      sheet.load('name');
      await context.sync();
      expect(sheet.name).toBe('Input');
      sheet.getRange('A1').worksheet.name = 'Renamed';
      expect(fake.sheetNames()).toEqual(['Input']);
      await context.sync();
    });
    expect(fake.sheetNames()).toEqual(['Renamed']);
    expect(fake.syncs[0].byMember.worksheet.count).toBe(1);
    expect(fake.syncs[1].byMember.worksheet.count).toBe(1);
  });

  test('objects cannot be used after their Excel.run ended', async () => {
    const fake = seeded();
    const ws = await fake.run(async (context) => context.workbook.worksheets.getItem('Input'));
    expect(() => ws.getRange('A1')).toThrow(/outside the Excel.run/);
  });
});
