/**
 * A port that reads each sheet at most once: the first read is kept and given again. For a file
 * read in one go (the command line's last-year workbook is searched for a table, then for a
 * scoring sheet), never for a pane, whose sheets change under it.
 */
import type { SheetGrid } from '../engine/grid';
import type { WorkbookPort } from '../workbook/port';

export function readingOnce(port: WorkbookPort): WorkbookPort {
  const grids = new Map<string, Promise<SheetGrid>>();
  return {
    listSheets: () => port.listSheets(),
    activeSheetName: () => port.activeSheetName(),
    readSheet: (name) => {
      let grid = grids.get(name);
      if (grid === undefined) {
        grid = port.readSheet(name);
        grids.set(name, grid);
      }
      return grid;
    },
    readSheets: async (names) => {
      const missing = names.filter((n) => !grids.has(n));
      if (missing.length > 0) {
        const read = port.readSheets(missing);
        missing.forEach((n, i) => grids.set(n, read.then((g) => g[i])));
      }
      return Promise.all(names.map((n) => grids.get(n)!));
    },
    applyPlan: (plan, onProgress) => port.applyPlan(plan, onProgress),
    select: (sheet, address) => port.select(sheet, address),
  };
}
