/**
 * The WorkbookPort over the Excel JavaScript API. `run` is injected (Excel.run in Excel, the
 * fake's run in tests and the preview), so this code never touches a global.
 *
 *   new OfficeWorkbook({ run: excelRun,   // Excel.run, both overloads (taskpane/office-wiring.ts)
 *                        isSetSupported: (n, v) => Office.context.requirements.isSetSupported(n, v) })
 *
 * Every run asks Excel to wait while the user is typing in a cell (`delayForCellEdit`, ExcelApi
 * 1.11); on older hosts such a run fails with InvalidOperationInCellEditMode, kept as the
 * WorkbookError's cause for the pane to explain (errors.ts `isCellEditModeError`). Every wait for
 * Excel is limited (host-timeout.ts, `syncTimeoutMs`, 60 s): a sync that never answers fails with
 * WorkbookError('timeout'). Reads load the calculation mode with their first sync
 * (calculation-mode.ts) and refuse a used range over `maxReadCells` (read-cap.ts).
 */
import type { SheetGrid } from '../../engine/grid';
import type { WritePlan } from '../../appendix/types';
import {
  WorkbookError, type ApplyReport, type CalculationMode, type ProgressReport, type SheetSummary, type WorkbookPort,
} from '../port';
import { applyPlan } from './apply-plan';
import { asWorkbookError, officeErrorCode } from './errors';
import { ownedSheetIds, queueState, readState } from './inspect-workbook';
import type { ReadResult } from './read-head';
import type { KnownShape } from './read-pieces';
import { readSheetInBands, readSheetSized } from './read-sheet';
import { readSheetsTogether } from './read-sheets';
import { removeResultSheets } from './remove-sheets';
import { queueCalculationMode } from './calculation-mode';
import { DEFAULT_SYNC_TIMEOUT_MS, withHostTimeout } from './host-timeout';
import { MAX_READ_CELLS } from './read-cap';
import { selectCell } from './select-cell';
import { DELAY_FOR_CELL_EDIT_API, type ExcelRun, type IsSetSupported, type OfficeWorkbookOptions } from './types';

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
  /** The most cells of a used range read (read-cap.ts). */
  private readonly maxReadCells: number;
  /** The calculation mode as the last read found it. */
  private calculation?: CalculationMode;

  constructor(options: OfficeWorkbookOptions) {
    const host = options.run;
    const caps = options.isSetSupported;
    // Asked per run, not here: the host is only asked once Office is ready and a run is made.
    const run: ExcelRun = (batch) => (caps('ExcelApi', DELAY_FOR_CELL_EDIT_API) ? host({ delayForCellEdit: true }, batch) : host(batch));
    // Every wait for Excel is limited (host-timeout.ts): a sync that never answers fails instead.
    this.run = withHostTimeout(run, options.syncTimeoutMs ?? DEFAULT_SYNC_TIMEOUT_MS);
    this.caps = caps;
    this.maxRequestBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
    this.maxReadCells = options.maxReadCells ?? MAX_READ_CELLS;
  }

  /**
   * The calculation mode as the last read found it (loaded with the read, no sync of its own);
   * before any read, asked in one sync.
   */
  async calculationMode(): Promise<CalculationMode> {
    if (this.calculation !== undefined) return this.calculation;
    try {
      return await this.run(async (context) => {
        const mode = queueCalculationMode(context);
        await context.sync();
        this.calculation = mode();
        return this.calculation;
      });
    } catch (e) {
      throw asWorkbookError(e, 'read-failed', 'Could not read the calculation mode');
    }
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
      result = await this.run((context) => readSheetSized(context, name, this.caps, this.shapes.get(name), this.maxReadCells));
    } catch (e) {
      this.shapes.delete(name);
      if (officeErrorCode(e) !== 'ResponsePayloadSizeLimitExceeded') throw this.readError(e, name);
      try {
        result = await this.run((context) => readSheetInBands(context, name, this.caps, this.maxReadCells));
      } catch (e2) {
        throw this.readError(e2, name);
      }
    }
    return this.remember(name, result);
  }

  /** Records a sheet read: an input sheet (never written over), and its shape for the next read. */
  private remember(name: string, result: ReadResult): SheetGrid {
    this.inputSheetIds.add(result.sheetId);
    this.calculation = result.calculation;
    if (result.shape) this.shapes.set(name, result.shape);
    return result.grid;
  }

  private readError(e: unknown, name: string): WorkbookError {
    if (officeErrorCode(e) === 'ItemNotFound') {
      return new WorkbookError('sheet-not-found', `The worksheet "${name}" does not exist.`, { cause: e });
    }
    return asWorkbookError(e, 'read-failed', `Could not read the worksheet "${name}"`);
  }

  /**
   * All sheets' first reads in one sync, what is left of them in one more (read-sheets.ts); a
   * sheet whose response was refused is then read alone, as readSheet reads it.
   */
  async readSheets(names: readonly string[]): Promise<SheetGrid[]> {
    if (names.length === 0) return [];
    let results: (ReadResult | undefined)[];
    try {
      results = await this.run((context) =>
        readSheetsTogether(context, names, this.caps, (name) => this.shapes.get(name), this.maxReadCells),
      );
    } catch (e) {
      for (const name of names) this.shapes.delete(name);
      throw await this.readSheetsError(e, names);
    }
    const grids: SheetGrid[] = [];
    for (const [i, name] of names.entries()) {
      const result = results[i];
      if (result) grids.push(this.remember(name, result));
      else grids.push(await this.readSheet(name));
    }
    return grids;
  }

  /** readSheet's error for the first sheet named that does not exist (found in one more sync), else read-failed. */
  private async readSheetsError(e: unknown, names: readonly string[]): Promise<WorkbookError> {
    const failed = (cause: unknown): WorkbookError =>
      asWorkbookError(cause, 'read-failed', `Could not read the worksheets ${names.map((n) => `"${n}"`).join(', ')}`);
    if (officeErrorCode(e) !== 'ItemNotFound') return failed(e);
    let missing: string | undefined;
    try {
      missing = await this.run(async (context) => {
        const sheets = names.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
        await context.sync();
        return names.find((_, i) => sheets[i].isNullObject);
      });
    } catch (lookup) {
      return failed(lookup);
    }
    return missing === undefined ? failed(e) : this.readError(e, missing);
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

  /** The result sheets our marks point at, and their marks (remove-sheets.ts); input sheets never. */
  async removeResultSheets(): Promise<string[]> {
    try {
      return await removeResultSheets(this.run, this.inputSheetIds);
    } catch (e) {
      throw asWorkbookError(e, 'write-failed', 'Could not remove the result sheets');
    }
  }

  async select(sheet: string, address: string): Promise<void> {
    if (!RANGE_ADDRESS.test(address.trim())) {
      throw new WorkbookError('unsupported', `"${address}" is not a cell or range address.`);
    }
    try {
      await this.run((context) => selectCell(context, sheet, address.trim()));
    } catch (e) {
      if (officeErrorCode(e) === 'ItemNotFound') {
        throw new WorkbookError('sheet-not-found', `The worksheet "${sheet}" does not exist.`, { cause: e });
      }
      throw asWorkbookError(e, 'read-failed', `Could not select ${sheet}!${address}`);
    }
  }
}
