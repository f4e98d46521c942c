/**
 * The WorkbookPort over the Excel JavaScript API. `run` is injected (Excel.run in Excel, the
 * fake's run in tests and the preview), so this code never touches a global.
 *
 *   new OfficeWorkbook({ run: (batch) => Excel.run(batch),
 *                        isSetSupported: (n, v) => Office.context.requirements.isSetSupported(n, v) })
 */
import type { SheetGrid } from '../../engine/grid';
import type { WritePlan } from '../../appendix/types';
import { WorkbookError, type ApplyReport, type ProgressReport, type SheetSummary, type WorkbookPort } from '../port';
import { applyPlan } from './apply-plan';
import { asWorkbookError, officeErrorCode } from './errors';
import { ownedSheetIds, queueState, readState } from './inspect-workbook';
import { readSheetInBands, readSheetSized, type ReadResult } from './read-sheet';
import type { KnownShape } from './read-pieces';
import type { ExcelRun, IsSetSupported, OfficeWorkbookOptions } from './types';

/** Default request limit: Excel on the web refuses 5 MB; leave room for Office.js's envelope. */
export const DEFAULT_MAX_REQUEST_BYTES = 3.5 * 1024 * 1024;

const RANGE_ADDRESS = /^\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?$/;

export class OfficeWorkbook implements WorkbookPort {
  private readonly run: ExcelRun;
  private readonly caps: IsSetSupported;
  private readonly maxRequestBytes: number;
  /** Sheets read as input: never written over, even if a mark points at them. */
  private readonly inputSheetIds = new Set<string>();
  /** Used range and bytes per cell of each sheet read, by name: the next read asks for just that. */
  private readonly shapes = new Map<string, KnownShape>();

  constructor(options: OfficeWorkbookOptions) {
    this.run = options.run;
    this.caps = options.isSetSupported;
    this.maxRequestBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  }

  async listSheets(): Promise<SheetSummary[]> {
    try {
      return await this.run(async (context) => {
        const pending = queueState(context);
        await context.sync();
        const state = readState(pending);
        const owned = ownedSheetIds(state);
        return state.sheets.map((s) => ({ name: s.name, position: s.position, visible: s.visible, ownedByUs: owned.has(s.id) }));
      });
    } catch (e) {
      throw asWorkbookError(e, 'read-failed', 'Could not list the worksheets');
    }
  }

  async activeSheetName(): Promise<string> {
    try {
      return await this.run(async (context) => {
        const ws = context.workbook.worksheets.getActiveWorksheet().load('name');
        await context.sync();
        return ws.name;
      });
    } catch (e) {
      throw asWorkbookError(e, 'read-failed', 'Could not find the active worksheet');
    }
  }

  async readSheet(name: string): Promise<SheetGrid> {
    let result: ReadResult;
    try {
      result = await this.run((context) => readSheetSized(context, name, this.caps, this.shapes.get(name)));
    } catch (e) {
      this.shapes.delete(name);
      if (officeErrorCode(e) !== 'ResponsePayloadSizeLimitExceeded') throw this.readError(e, name);
      try {
        result = await this.run((context) => readSheetInBands(context, name, this.caps));
      } catch (e2) {
        throw this.readError(e2, name);
      }
    }
    this.inputSheetIds.add(result.sheetId);
    if (result.shape) this.shapes.set(name, result.shape);
    return result.grid;
  }

  private readError(e: unknown, name: string): WorkbookError {
    if (officeErrorCode(e) === 'ItemNotFound') {
      return new WorkbookError('sheet-not-found', `The worksheet "${name}" does not exist.`, { cause: e });
    }
    return asWorkbookError(e, 'read-failed', `Could not read the worksheet "${name}"`);
  }

  async readSheets(names: readonly string[]): Promise<SheetGrid[]> {
    const grids: SheetGrid[] = [];
    for (const name of names) grids.push(await this.readSheet(name));
    return grids;
  }

  async applyPlan(plan: WritePlan, onProgress?: (p: ProgressReport) => void): Promise<ApplyReport> {
    try {
      return await applyPlan(
        { run: this.run, caps: this.caps, maxRequestBytes: this.maxRequestBytes, protectedIds: this.inputSheetIds },
        plan,
        onProgress,
      );
    } catch (e) {
      throw asWorkbookError(e, 'write-failed', 'Could not write the result sheets');
    }
  }

  async select(sheet: string, address: string): Promise<void> {
    if (!RANGE_ADDRESS.test(address.trim())) {
      throw new WorkbookError('unsupported', `"${address}" is not a cell or range address.`);
    }
    try {
      await this.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(address.trim()).select();
        await context.sync();
      });
    } catch (e) {
      if (officeErrorCode(e) === 'ItemNotFound') {
        throw new WorkbookError('sheet-not-found', `The worksheet "${sheet}" does not exist.`, { cause: e });
      }
      throw asWorkbookError(e, 'read-failed', `Could not select ${sheet}!${address}`);
    }
  }
}
