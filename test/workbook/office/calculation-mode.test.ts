/**
 * The calculation mode is read with the sheets (issue 14, item 7): in Manual mode formula values
 * may be stale, so the shells warn. It costs no sync: loaded in the read's first sync.
 */
import { createFakeExcel, type CalculationMode as FakeMode } from '../../../src/office-fake';
import { OfficeWorkbook } from '../../../src/workbook/office';
import { standardSheet } from '../../helpers/grid';

const SHEET = 'Chấm điểm';

function seeded(mode: FakeMode, apiVersion = '1.17') {
  const fake = createFakeExcel({ apiVersion });
  fake.seedGrid({ ...standardSheet(), sheetName: SHEET });
  fake.seed({ name: 'Khác', values: [['x']] });
  fake.setCalculationMode(mode);
  const port = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
  return { fake, port };
}

describe('calculation mode read with the sheets', () => {
  test.each([
    ['Manual', 'manual'],
    ['Automatic', 'automatic'],
    ['AutomaticExceptTables', 'automatic'],
  ] as const)('%s: readSheet, then calculationMode() is %s with no sync of its own', async (mode, expected) => {
    const { fake, port } = seeded(mode);
    await port.readSheet(SHEET);
    const syncs = fake.syncs.length;
    expect(syncs).toBe(1);
    expect(await port.calculationMode()).toBe(expected);
    expect(fake.syncs.length).toBe(syncs);
  });

  test('readSheets reads it in the same sync as the sheets, on a host with ExcelApi 1.7 too', async () => {
    const { fake, port } = seeded('Manual', '1.7');
    await port.readSheets([SHEET, 'Khác']);
    const syncs = fake.syncs.length;
    expect(await port.calculationMode()).toBe('manual');
    expect(fake.syncs.length).toBe(syncs);
  });

  test('each read sees the mode as it is now', async () => {
    const { fake, port } = seeded('Manual');
    await port.readSheet(SHEET);
    expect(await port.calculationMode()).toBe('manual');
    fake.setCalculationMode('Automatic');
    await port.readSheets([SHEET]);
    expect(await port.calculationMode()).toBe('automatic');
  });

  test('asked before any read: one sync', async () => {
    const { fake, port } = seeded('Manual');
    expect(await port.calculationMode()).toBe('manual');
    expect(fake.syncs).toHaveLength(1);
  });
});
