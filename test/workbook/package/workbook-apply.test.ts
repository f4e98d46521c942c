/**
 * The package adapter keeps what applyPlan changed: the package it then shows (source(), the
 * sheet list, readSheet, a second applyPlan) and the bytes it saves (untouched parts as stored).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PackageWorkbook } from '../../../src/workbook/package';
import { ZipArchive } from '../../../src/workbook/package/zip';
import { realisticPlan, unitNames } from '../contract/fixtures';

const SAMPLE = join(__dirname, '..', '..', '..', 'samples', 'thanh-tri-2021.xlsx');
const INPUT = 'Bảng chấm điểm';

describe('after applyPlan', () => {
  const bytes = new Uint8Array(readFileSync(SAMPLE));
  const input = ZipArchive.open(bytes);
  const plan = realisticPlan(unitNames(6));
  let wb: PackageWorkbook;
  let before: string[];
  beforeAll(async () => {
    wb = PackageWorkbook.fromBytes(bytes);
    before = wb.source().names();
    await wb.readSheet(INPUT);
    await wb.applyPlan(plan);
  });

  test('source() shows the package as it stands: the original parts in order, then the new ones', () => {
    const names = wb.source().names();
    expect(names.slice(0, before.length)).toEqual(before);
    expect(names.length).toBeGreaterThan(before.length);
    const workbookXml = wb.source().text('xl/workbook.xml') ?? '';
    for (const sheet of plan.sheets) expect(workbookXml).toContain(sheet.name);
  });

  test('the sheet list has the result sheets, marked as ours; they read as the plan wrote them', async () => {
    const sheets = await wb.listSheets();
    expect(sheets.map((s) => [s.name, s.ownedByUs])).toEqual([[INPUT, false], ...plan.sheets.map((s) => [s.name, true])]);
    const overall = plan.sheets[0];
    const grid = await wb.readSheet(overall.name);
    const block = overall.blocks[0];
    block.values.forEach((line, r) => line.forEach((v, c) => expect(grid.values[block.row + r][block.col + c]).toEqual(v ?? '')));
  });

  test('a second plan sees the first: our sheets replaced, the input kept', async () => {
    const again = PackageWorkbook.fromBytes(bytes);
    await again.readSheet(INPUT);
    await again.applyPlan(plan);
    const report = await again.applyPlan(realisticPlan(unitNames(3), 1));
    expect(report.sheets.every((s) => s.replaced && !s.renamed)).toBe(true);
    expect((await again.listSheets()).map((s) => s.name)).toEqual([INPUT, ...plan.sheets.map((s) => s.name)]);
    expect(await again.readSheet(INPUT)).toEqual(await PackageWorkbook.fromBytes(bytes).readSheet(INPUT));
  });

  test('toBytes copies every part applyPlan did not change as it was stored', () => {
    const output = ZipArchive.open(wb.toBytes());
    const changed = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml', 'docProps/app.xml']);
    for (const entry of input.entries) {
      if (changed.has(entry.name)) continue;
      const out = output.entry(entry.name);
      expect([entry.name, out && Buffer.from(output.stored(out)).equals(Buffer.from(input.stored(entry)))]).toEqual([entry.name, true]);
    }
  });
});
