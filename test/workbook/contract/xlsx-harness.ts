/**
 * The port contract's harness for the ExcelJS adapter: the workbook lives in a file's bytes;
 * reading back and reopening go through a save and a fresh load, as the command line would.
 */
import ExcelJS from 'exceljs';
import type { WorkbookPort } from '../../../src/workbook/port';
import { XlsxWorkbook } from '../../../src/workbook/xlsx';
import type { OpenHarness, PortHarness } from './port-contract';
import { addSheet, savedFile } from './saved-file';

function harness(workbook: XlsxWorkbook): PortHarness {
  const file = savedFile(() => workbook.toBuffer());
  const port: WorkbookPort = {
    listSheets: () => workbook.listSheets(),
    activeSheetName: () => workbook.activeSheetName(),
    readSheet: (name) => workbook.readSheet(name),
    readSheets: (names) => workbook.readSheets(names),
    applyPlan: async (plan, onProgress) => {
      file.changed();
      return workbook.applyPlan(plan, onProgress);
    },
    select: (sheet, address) => workbook.select(sheet, address),
  };
  return {
    port,
    ...file.readBack,
    addUserSheet: async (spec) => {
      file.changed();
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
