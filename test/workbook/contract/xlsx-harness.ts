/**
 * The port contract's harness for the ExcelJS adapter: the workbook lives in a file's bytes;
 * reading back and reopening go through a save and a fresh load, as the command line would.
 */
import ExcelJS from 'exceljs';
import type { SheetGrid } from '../../../src/engine/grid';
import type { WritePlan } from '../../../src/appendix/types';
import type { ProgressReport, WorkbookPort } from '../../../src/workbook/port';
import { renderedCellStyle, renderedSheet, XlsxWorkbook } from '../../../src/workbook/xlsx';
import { gridCell, type OpenHarness, type PortHarness, type SeedSpec } from './port-contract';

function addSheet(workbook: ExcelJS.Workbook, spec: SeedSpec): void {
  const ws = workbook.addWorksheet(spec.name);
  spec.values.forEach((line, r) =>
    line.forEach((v, c) => {
      if (v !== '' && v !== null) ws.getCell((spec.originRow ?? 0) + r + 1, (spec.originCol ?? 0) + c + 1).value = v;
    }),
  );
}

function harness(workbook: XlsxWorkbook): PortHarness {
  let saved: Promise<XlsxWorkbook> | undefined;
  /** The workbook as a fresh reader sees it in the saved file (cached until the next write). */
  const fresh = (): Promise<XlsxWorkbook> => {
    saved ??= workbook.toBuffer().then((bytes) => XlsxWorkbook.fromBuffer(bytes));
    return saved;
  };
  const grids = new Map<string, Promise<SheetGrid>>();
  const gridOf = async (sheet: string): Promise<SheetGrid> => {
    const cached = grids.get(sheet);
    if (cached) return cached;
    const grid = fresh().then((wb) => wb.readSheet(sheet));
    grids.set(sheet, grid);
    return grid;
  };
  const changed = (): void => {
    saved = undefined;
    grids.clear();
  };
  const port: WorkbookPort = {
    listSheets: () => workbook.listSheets(),
    activeSheetName: () => workbook.activeSheetName(),
    readSheet: (name) => workbook.readSheet(name),
    readSheets: (names) => workbook.readSheets(names),
    applyPlan: async (plan: WritePlan, onProgress?: (p: ProgressReport) => void) => {
      changed();
      return workbook.applyPlan(plan, onProgress);
    },
    select: (sheet, address) => workbook.select(sheet, address),
  };
  return {
    port,
    sheetNames: async () => (await (await fresh()).listSheets()).sort((a, b) => a.position - b.position).map((s) => s.name),
    cell: async (sheet, row, col) => {
      const grid = await gridOf(sheet);
      const formula = grid.formulas?.[row - (grid.originRow ?? 0)]?.[col - (grid.originCol ?? 0)] ?? false;
      return { value: gridCell(grid, row, col), formula };
    },
    merges: async (sheet) => renderedSheet(await fresh(), sheet).merges,
    columnWidth: async (sheet, col) => renderedSheet(await fresh(), sheet).columnWidths.find((w) => w.col === col)?.width,
    fingerprint: async (sheet) => {
      const wb = await fresh();
      const grid = await gridOf(sheet);
      const styles = grid.values.map((line, r) => line.map((_, c) => renderedCellStyle(wb, sheet, r, c)));
      return JSON.stringify({ grid, styles, layout: renderedSheet(wb, sheet) });
    },
    addUserSheet: async (spec) => {
      changed();
      addSheet(workbook.workbook, spec);
    },
    reopen: async () => harness(await XlsxWorkbook.fromBuffer(await workbook.toBuffer())),
  };
}

export function xlsxHarness(): OpenHarness {
  return async (seed) => {
    const workbook = new ExcelJS.Workbook();
    seed.forEach((s) => addSheet(workbook, s));
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    return harness(await XlsxWorkbook.fromBuffer(bytes));
  };
}
