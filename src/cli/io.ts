/** Files for the command line: open a workbook, write the result copy atomically (temp file, then rename). */
import fs from 'fs';
import type { WritePlan } from '../appendix/types';
import type { ApplyReport, ProgressReport, WorkbookPort } from '../workbook/port';
import { OutputIsInputError, openXlsx, saveXlsxAtomic, type XlsxWorkbook } from '../workbook/xlsx';
import type { CliText } from './messages';

/** A failure the command line reports as a message and an exit code (never a stack trace). */
export class CliFailure extends Error {
  constructor(readonly exitCode: 1 | 2, message: string, options?: { cause?: unknown; detail?: string }) {
    super(message, options);
    this.name = 'CliFailure';
    this.detail = options?.detail;
  }

  /** The technical detail (a library's words), printed only with --verbose. */
  readonly detail?: string;
}

const reason = (e: unknown): string => {
  const parts: string[] = [];
  let cur: unknown = e;
  while (cur instanceof Error && parts.length < 4) { parts.push(cur.message); cur = cur.cause; }
  return parts.length > 0 ? parts.join(': ') : String(e);
};

export async function openWorkbook(file: string, T: CliText): Promise<XlsxWorkbook> {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw new Error('not a file');
    return await openXlsx(file);
  } catch (e) {
    throw new CliFailure(2, T.unreadable(file, reason(e)), { cause: e });
  }
}

/**
 * Applies the plan to the in-memory copy and saves it to `out` through a temporary file in the
 * same folder, renamed into place only when complete (saveXlsxAtomic): an interrupted run leaves
 * no half-written workbook, and the input file is never opened for writing (the same file under
 * another path, a link included, is refused).
 */
export async function writeOutput(
  workbook: XlsxWorkbook, plan: WritePlan, out: string, T: CliText, onProgress?: (p: ProgressReport) => void,
): Promise<ApplyReport> {
  try {
    const report = await workbook.applyPlan(plan, onProgress);
    await saveXlsxAtomic(workbook, out);
    return report;
  } catch (e) {
    if (e instanceof OutputIsInputError) throw new CliFailure(2, T.sameAsInput(out), { cause: e });
    throw new CliFailure(2, T.writeFailed(out, reason(e)), { cause: e });
  }
}

/**
 * The input workbook as the use case's port, where applying the plan means writing the copy:
 * `writeOutput` to `out`. Reading goes to the workbook read from the input.
 */
export function outputPort(workbook: XlsxWorkbook, out: string, T: CliText): WorkbookPort {
  return {
    listSheets: () => workbook.listSheets(),
    activeSheetName: () => workbook.activeSheetName(),
    readSheet: (name) => workbook.readSheet(name),
    readSheets: (names) => workbook.readSheets(names),
    select: (sheet, address) => workbook.select(sheet, address),
    applyPlan: (plan, onProgress) => writeOutput(workbook, plan, out, T, onProgress),
  };
}
