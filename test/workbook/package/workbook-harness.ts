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
import { PackageWorkbook } from '../../../src/workbook/package';
import type { WorkbookPort } from '../../../src/workbook/port';
import type { OpenHarness, PortHarness } from '../contract/port-contract';
import { addSheet, savedFile } from '../contract/saved-file';

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function harness(start: PackageWorkbook): PortHarness {
  let current = start;
  const file = savedFile(() => current.toBytes());
  const port: WorkbookPort = {
    listSheets: () => current.listSheets(),
    activeSheetName: () => current.activeSheetName(),
    readSheet: (name) => current.readSheet(name),
    readSheets: (names) => current.readSheets(names),
    applyPlan: async (plan, onProgress) => {
      file.changed();
      return current.applyPlan(plan, onProgress);
    },
    select: (sheet, address) => current.select(sheet, address),
  };
  return {
    port,
    ...file.readBack,
    addUserSheet: async (spec) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(current.toBytes()) as unknown as ExcelJS.Buffer);
      addSheet(workbook, spec);
      current = PackageWorkbook.fromBytes(await bytesOf(workbook));
      file.changed();
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
