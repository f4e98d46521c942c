/**
 * The port contract's harness for the package adapter: the workbook lives in a package's bytes.
 * What is in it is read back independently, through the ExcelJS adapter on `toBytes()` (values,
 * merges, widths, styles), as the command line's user would open the file elsewhere.
 *
 * `addUserSheet` adds the sheet with ExcelJS (load the bytes, add, save) and continues on a new
 * PackageWorkbook over them: the contract calls it before any read or write, so no state of the
 * adapter (input sheets, changes) is lost by starting over.
 */
import ExcelJS from 'exceljs';
import type { SheetGrid } from '../../../src/engine/grid';
import { PackageWorkbook } from '../../../src/workbook/package';
import type { WorkbookPort } from '../../../src/workbook/port';
import { renderedCellStyle, renderedSheet, XlsxWorkbook } from '../../../src/workbook/xlsx';
import { gridCell, type OpenHarness, type PortHarness, type SeedSpec } from '../contract/port-contract';

function addSheet(workbook: ExcelJS.Workbook, spec: SeedSpec): void {
  const ws = workbook.addWorksheet(spec.name);
  spec.values.forEach((line, r) =>
    line.forEach((v, c) => {
      if (v !== '' && v !== null) ws.getCell((spec.originRow ?? 0) + r + 1, (spec.originCol ?? 0) + c + 1).value = v;
    }),
  );
}

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function harness(start: PackageWorkbook): PortHarness {
  let current = start;
  let saved: Promise<XlsxWorkbook> | undefined;
  /** The saved package as ExcelJS reads it (cached until the next change). */
  const fresh = (): Promise<XlsxWorkbook> => {
    saved ??= XlsxWorkbook.fromBuffer(current.toBytes());
    return saved;
  };
  const grids = new Map<string, Promise<SheetGrid>>();
  const gridOf = (sheet: string): Promise<SheetGrid> => {
    let grid = grids.get(sheet);
    if (!grid) {
      grid = fresh().then((wb) => wb.readSheet(sheet));
      grids.set(sheet, grid);
    }
    return grid;
  };
  const changed = (): void => {
    saved = undefined;
    grids.clear();
  };
  const port: WorkbookPort = {
    listSheets: () => current.listSheets(),
    activeSheetName: () => current.activeSheetName(),
    readSheet: (name) => current.readSheet(name),
    readSheets: (names) => current.readSheets(names),
    applyPlan: async (plan, onProgress) => {
      changed();
      return current.applyPlan(plan, onProgress);
    },
    select: (sheet, address) => current.select(sheet, address),
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
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(current.toBytes()) as unknown as ExcelJS.Buffer);
      addSheet(workbook, spec);
      current = PackageWorkbook.fromBytes(await bytesOf(workbook));
      changed();
    },
    reopen: async () => harness(PackageWorkbook.fromBytes(current.toBytes())),
  };
}

/** Seeds a workbook with ExcelJS (any writer would do) and opens its bytes with the package adapter. */
export function packageHarness(): OpenHarness {
  return async (seed) => {
    const workbook = new ExcelJS.Workbook();
    seed.forEach((s) => addSheet(workbook, s));
    return harness(PackageWorkbook.fromBytes(await bytesOf(workbook)));
  };
}
