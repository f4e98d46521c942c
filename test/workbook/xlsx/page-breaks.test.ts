/**
 * Manual page breaks of a plan sheet in the saved package: one <brk> per break, after the row
 * above it (SpreadsheetML numbers a break by the 1-based row it follows). ExcelJS 4 does not read
 * rowBreaks back, so the package's sheet part is read.
 */
import { join } from 'node:path';
import { openXlsx, saveXlsxAtomic } from '../../../src/workbook/xlsx';
import { makeTempDir, partText, sheetPart, THANH_TRI } from './helpers';
import { HEADER_ROW, rankingSheet } from './plans';

const SIXTY: [string, number][] = Array.from({ length: 60 }, (_, i) => [`Xã Thử Nghiệm ${String(i + 1).padStart(2, '0')}`, 99 - i * 0.5]);

async function savedSheetXml(pageBreaks: number[] | undefined, file: string): Promise<string> {
  const wb = await openXlsx(THANH_TRI);
  const sheet = rankingSheet(SIXTY);
  if (pageBreaks) sheet.pageBreaks = pageBreaks;
  await wb.applyPlan({ sheets: [sheet] });
  await saveXlsxAtomic(wb, file);
  return partText(file, await sheetPart(file, 'Xếp hạng chung'));
}

describe('page breaks in the .xlsx package', () => {
  const tmp = makeTempDir();
  afterAll(() => tmp.cleanup());

  test('a break before 0-based rows 30 and 55 is a manual break after 1-based rows 30 and 55', async () => {
    const xml = await savedSheetXml([HEADER_ROW + 26, HEADER_ROW + 51], join(tmp.dir, 'breaks.xlsx'));
    const found = /<rowBreaks count="(\d+)" manualBreakCount="(\d+)">(.*?)<\/rowBreaks>/.exec(xml);
    expect(found).not.toBeNull();
    expect(found![1]).toBe('2');
    expect(found![2]).toBe('2');
    expect([...found![3].matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1]))).toEqual([30, 55]);
  });

  test('a plan sheet without breaks writes none', async () => {
    const xml = await savedSheetXml(undefined, join(tmp.dir, 'none.xlsx'));
    expect(xml).not.toContain('<brk ');
  });

  test('a break before the first row is refused as a plan error', async () => {
    const failure = await savedSheetXml([0], join(tmp.dir, 'bad.xlsx')).catch((e: unknown) => e);
    expect(failure).toMatchObject({ name: 'WorkbookError', code: 'write-failed' });
    expect((failure as Error).cause).toMatchObject({ name: 'PlanRenderError', message: expect.stringMatching(/page break before row 0/) });
  });
});
