/**
 * For the harnesses of the adapters that keep a workbook in a file's bytes (ExcelJS's, the
 * package adapter): a sheet seeded the way a user types it, and what a fresh reader of the saved
 * bytes sees (values, merges, widths, styles), read through the ExcelJS adapter and kept until
 * the workbook changes.
 */
import type ExcelJS from 'exceljs';
import type { SheetGrid } from '../../../src/engine/grid';
import { renderedCellStyle, renderedSheet, XlsxWorkbook } from '../../../src/workbook/xlsx';
import { gridCell, type PortHarness, type SeedSpec } from './port-contract';

export function addSheet(workbook: ExcelJS.Workbook, spec: SeedSpec): void {
  const ws = workbook.addWorksheet(spec.name);
  spec.values.forEach((line, r) =>
    line.forEach((v, c) => {
      if (v !== '' && v !== null) ws.getCell((spec.originRow ?? 0) + r + 1, (spec.originCol ?? 0) + c + 1).value = v;
    }),
  );
}

export type SavedFileReadBack = Pick<PortHarness, 'sheetNames' | 'cell' | 'merges' | 'columnWidth' | 'fingerprint'>;

/** The read-back of the bytes `save` gives; `changed()` forgets what was read after a write. */
export function savedFile(save: () => Promise<Uint8Array> | Uint8Array): { readBack: SavedFileReadBack; changed(): void } {
  let saved: Promise<XlsxWorkbook> | undefined;
  const fresh = (): Promise<XlsxWorkbook> => {
    saved ??= Promise.resolve(save()).then((bytes) => XlsxWorkbook.fromBuffer(bytes));
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
  return {
    changed: () => {
      saved = undefined;
      grids.clear();
    },
    readBack: {
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
    },
  };
}
