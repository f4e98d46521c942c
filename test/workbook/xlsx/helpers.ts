/** Shared helpers of the xlsx adapter tests: temp folders, re-reading files, LibreOffice. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { requireTools } from '../../helpers/system-tools';

export const SAMPLES = join(__dirname, '..', '..', '..', 'samples');
export const THANH_TRI = join(SAMPLES, 'thanh-tri-2021.xlsx');
export const DAM_HA = join(SAMPLES, 'dam-ha-2018-tham-dinh.xlsx');

export function makeTempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'xlsx-adapter-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Re-reads a saved file with ExcelJS alone (not through the adapter). */
export async function reopen(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

export async function partText(path: string, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const file = zip.file(part);
  if (!file) throw new Error(`${part} missing in ${path}`);
  return file.async('string');
}

export async function partNames(path: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  return Object.keys(zip.files);
}

/** Part path of a sheet, by name, via workbook.xml and its relationships. */
export async function sheetPart(path: string, sheetName: string): Promise<string> {
  const workbook = await partText(path, 'xl/workbook.xml');
  const rels = await partText(path, 'xl/_rels/workbook.xml.rels');
  const esc = sheetName.replace(/&/g, '&amp;').replace(/'/g, '&apos;');
  const sheet = new RegExp(`<sheet [^>]*name="${esc}"[^>]*r:id="([^"]+)"`).exec(workbook);
  if (!sheet) throw new Error(`sheet ${sheetName} not in workbook.xml`);
  const rel = new RegExp(`Id="${sheet[1]}"[^>]*Target="([^"]+)"`).exec(rels);
  if (!rel) throw new Error(`relationship ${sheet[1]} missing`);
  return `xl/${rel[1]}`;
}

/** Converts with LibreOffice (own profile, so parallel runs do not collide); returns the PDF. */
export function convertToPdf(xlsx: string, outDir: string): string {
  requireTools('soffice', 'pdftotext');
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${join(outDir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, xlsx],
    { stdio: 'pipe', timeout: 120_000 },
  );
  return join(outDir, basename(xlsx).replace(/\.xlsx$/, '.pdf'));
}

export function pdfText(pdf: string, first?: number, last?: number): string {
  requireTools('pdftotext');
  const range = first === undefined ? [] : ['-f', String(first), '-l', String(last ?? first)];
  return execFileSync('pdftotext', [...range, '-layout', pdf, '-'], { encoding: 'utf8' });
}

/** Page count and the size (points, width x height) of each page. */
export function pdfPages(pdf: string): { pages: number; sizes: { width: number; height: number }[] } {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? '0');
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
  return { pages, sizes };
}
