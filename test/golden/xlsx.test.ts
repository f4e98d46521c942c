/** Golden tests through the ExcelJS adapter: each shared sample in, the expected tables out. */
import path from 'path';
import { buildWritePlan } from '../../src/appendix';
import { scoreSheet } from '../../src/engine';
import { openXlsx, renderedCellStyle, renderedSheet, XlsxWorkbook } from '../../src/workbook/xlsx';
import { expectGolden, toTsv } from './golden';

const SAMPLES = ['thanh-tri-2021', 'dam-ha-2018-tham-dinh'];

describe.each(SAMPLES)('%s through the ExcelJS adapter', (sample) => {
  let wb: XlsxWorkbook;
  let written: { key: string; name: string }[];
  beforeAll(async () => {
    const input = await openXlsx(path.join(__dirname, '../../samples', `${sample}.xlsx`));
    const [first] = await input.listSheets();
    const out = scoreSheet(await input.readSheet(first.name), {
      decision: { issuingBody: 'UBND HUYỆN MẪU', number: '123/QĐ-UBND', date: '15/01/2022', year: 2021, rankedGroup: 'UBND CÁC XÃ, THỊ TRẤN' },
    });
    if (!out.ok) throw new Error('sample does not score');
    const report = await input.applyPlan(buildWritePlan(out.result));
    // Save and read back, so the golden tables are what the file really holds.
    wb = await XlsxWorkbook.fromBuffer(await input.toBuffer());
    written = report.sheets;
  });

  it('writes the expected sheets', () => {
    expect(written.map((s) => s.key)).toEqual(sample.includes('tham-dinh')
      ? ['overall', 'components', 'statistics', 'units', 'self']
      : ['overall', 'components', 'statistics', 'units']);
  });

  it('every written sheet holds the expected values', async () => {
    for (const s of written) expectGolden(`${sample}/${s.key}.tsv`, toTsv((await wb.readSheet(s.name)).values));
  });

  it('key cells look like an official document', async () => {
    const overall = written.find((s) => s.key === 'overall')!.name;
    const values = (await wb.readSheet(overall)).values;
    const headerRow = values.findIndex((r) => r[0] === 'STT');
    const header = renderedCellStyle(wb, overall, headerRow, 1);
    expect(header).toMatchObject({ fontName: 'Times New Roman', fontSize: 13, bold: true, hAlign: 'center', wrap: true, border: true });
    const firstUnit = renderedCellStyle(wb, overall, headerRow + 1, 3);
    // Figures are text in the document's convention ("95,00"), whatever Excel's regional settings.
    expect(firstUnit).toMatchObject({ fontName: 'Times New Roman', fontSize: 13, border: true, numberFormat: '@' });
    expect(values[headerRow + 1][3]).toMatch(/^\d+,\d{2}$/);
    const sheet = renderedSheet(wb, overall);
    expect(sheet.freeze).toEqual({ rows: headerRow + 1, cols: 0 });
    // Seven columns: a portrait page.
    expect(sheet.print).toMatchObject({ orientation: 'portrait', paper: 'A4', fitToPagesWide: 1 });
  });
});
