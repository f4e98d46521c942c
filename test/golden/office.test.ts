/**
 * Golden tests through the Office.js adapter on the strict fake: the same samples in, the same
 * golden tables out as through the ExcelJS adapter (the two adapters render one plan alike).
 */
import ExcelJS from 'exceljs';
import path from 'path';
import { buildWritePlan } from '../../src/appendix';
import { scoreSheet } from '../../src/engine';
import { createFakeExcel, type FakeExcel } from '../../src/office-fake';
import { OfficeWorkbook } from '../../src/workbook/office';
import { readWorksheet } from '../../src/workbook/xlsx/read-sheet';
import { expectGolden, toTsv } from './golden';

const SAMPLES = ['thanh-tri-2021', 'dam-ha-2018-tham-dinh'];

describe.each(SAMPLES)('%s through the Office.js adapter', (sample) => {
  let fake: FakeExcel;
  let port: OfficeWorkbook;
  let written: { key: string; name: string }[];
  let syncs: number;
  beforeAll(async () => {
    const file = new ExcelJS.Workbook();
    await file.xlsx.readFile(path.join(__dirname, '../../samples', `${sample}.xlsx`));
    fake = createFakeExcel();
    fake.seedGrid(readWorksheet(file.worksheets[0], false), { active: true });
    port = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
    fake.resetSyncs();
    const out = scoreSheet(await port.readSheet(await port.activeSheetName()), {
      decision: { issuingBody: 'UBND HUYỆN MẪU', number: '123/QĐ-UBND', date: '15/01/2022', year: 2021, rankedGroup: 'UBND CÁC XÃ, THỊ TRẤN' },
    });
    if (!out.ok) throw new Error('sample does not score');
    written = (await port.applyPlan(buildWritePlan(out.result))).sheets;
    syncs = fake.syncs.length;
  });

  it('every written sheet holds the same values as the golden tables', async () => {
    for (const s of written) expectGolden(`${sample}/${s.key}.tsv`, toTsv((await port.readSheet(s.name)).values));
  });

  it('a whole run (read the sheet, write every table) takes at most 4 syncs', () => {
    expect(syncs).toBeLessThanOrEqual(4);
  });

  it('key cells look like an official document', () => {
    const overall = written.find((s) => s.key === 'overall')!.name;
    const values = fake.valuesFromA1(overall);
    const headerRow = values.findIndex((r) => r[0] === 'STT');
    const header = fake.cell(overall, `B${headerRow + 1}`);
    expect(header.style).toMatchObject({ fontName: 'Times New Roman', fontSize: 13, bold: true, hAlign: 'Center', wrap: true });
    expect(header.style.borderTop).toBeTruthy();
    // Figures are text in the document's convention ("95,00"), whatever Excel's regional settings.
    const total = fake.cell(overall, `D${headerRow + 2}`);
    expect(total.numberFormat).toBe('@');
    expect(total.value).toMatch(/^\d+,\d{2}$/);
    const sheet = fake.sheet(overall);
    expect(sheet.freeze).toEqual({ rows: headerRow + 1, cols: 0 });
    // Seven columns: a portrait page.
    expect(sheet.pageLayout).toMatchObject({ orientation: 'Portrait', paperSize: 'A4' });
  });
});
