/**
 * The saved package: ExcelJS writes the workbook, then the parts ExcelJS cannot write are fixed
 * up with JSZip (defined names, see defined-names.ts; charts, see charts/inject-charts.ts; references
 * to parts ExcelJS did not write, see dangling-parts.ts).
 */
import JSZip from 'jszip';
import type { Workbook } from 'exceljs';
import type { BarChartData } from './charts/chart-xml';
import { injectCharts } from './charts/inject-charts';
import { dropDanglingReferences } from './dangling-parts';
import { rewriteDefinedNames, type NamesContext, type OriginalNames } from './defined-names';
import { parseDefinedNames, parseSheets } from './workbook-xml';

const WORKBOOK_PART = 'xl/workbook.xml';

/** The sheet list and defined names of a package, as stored. */
export async function readOriginalNames(buffer: Buffer | Uint8Array): Promise<OriginalNames> {
  const zip = await JSZip.loadAsync(buffer);
  const part = zip.file(WORKBOOK_PART);
  if (!part) throw new Error(`${WORKBOOK_PART} is missing`);
  const xml = await part.async('string');
  return { sheets: parseSheets(xml).map((s) => s.name), names: parseDefinedNames(xml) };
}

export async function writePackage(
  workbook: Workbook,
  names: NamesContext,
  charts: readonly BarChartData[],
): Promise<Buffer> {
  const written = await workbook.xlsx.writeBuffer();
  const zip = await JSZip.loadAsync(written);
  const part = zip.file(WORKBOOK_PART);
  if (!part) throw new Error(`ExcelJS wrote no ${WORKBOOK_PART}`);
  zip.file(WORKBOOK_PART, rewriteDefinedNames(await part.async('string'), names));
  await injectCharts(zip, charts);
  await dropDanglingReferences(zip);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
