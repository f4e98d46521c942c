/**
 * A strict in-memory fake of the Excel JavaScript API subset this product uses, for unit tests,
 * UI tests and the browser preview (no Node imports).
 *
 *   const fake = createFakeExcel();
 *   fake.seed({ name: 'Chấm điểm', values: [...] });
 *   const wb = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
 *   ...
 *   fake.syncs            // one record per context.sync(): request/response bytes, operations
 *   fake.cell('Xếp hạng', 'B5')
 *
 * Strictness: reading a property that was not loaded and synced throws PropertyNotLoaded; writes
 * are queued and applied only at sync; unknown members throw; requests and responses over the
 * limits (default 5 MB each, as Excel on the web) fail like RichApi errors; members newer than
 * `apiVersion` fail with ApiNotFound.
 */
import type { SheetGrid } from '../engine/grid';
import { CellEditMode, DELAY_FOR_CELL_EDIT_API, FakeEngine, FIVE_MB, versionAtLeast, type FakeLimits, type SyncRecord } from './context';
import { cellInfo, formulasIn, sheetModel, sheetNames, snapshotSheet, valuesFromA1, type CellInfo } from './inspect';
import { emptyWorkbook, type FakeValue, type SheetModel, type WorkbookModel } from './model';
import { seedGrid, seedSheet, type SeedSheet } from './seed';
import { newRequestContext } from './workbook';
import type { FakeErrorCode } from './errors';
import { refusePageLayout, type PageLayoutSetting } from './page-layout';
import { FailureInjection } from './failures';
import { calculationOf, setCalculationMode, type CalculationMode, type CalculationModel } from './calculation';
import { Unresponsive } from './unresponsive';

export type { CellInfo } from './inspect';
export type { SyncRecord } from './context';
export type { SeedSheet } from './seed';
export { FakeOfficeError } from './errors';
export { MAX_MERGED_AREAS } from './range';
export type { PageLayoutSetting } from './page-layout';
export type { FakeErrorCode } from './errors';
export type { CalculationMode, CalculationModel } from './calculation';
export { createOfficeShim, type OfficeShim, type OfficeShimHandle, type OfficeShimOptions } from './office-shim';

/** What of Excel.RunOptions the fake honours. */
export interface FakeRunOptions {
  /** ExcelApi 1.11: wait while the user is in cell-edit mode instead of failing. */
  delayForCellEdit?: boolean;
}

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** Excel.run's two overloads the product uses: `run(batch)` and `run(options, batch)`. */
export interface ExcelRunFunction {
  <T>(batch: Batch<T>): Promise<T>;
  <T>(options: FakeRunOptions, batch: Batch<T>): Promise<T>;
}

export type FakeExcelOptions = Partial<FakeLimits>;

export interface SyncTotals {
  syncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  totalRequestBytes: number;
}

export interface FakeExcel {
  readonly model: WorkbookModel;
  readonly syncs: SyncRecord[];
  readonly limits: FakeLimits;
  /** Use in place of Excel.run. */
  run: ExcelRunFunction;
  /** Like Office.context.requirements.isSetSupported for this fake host. */
  isSetSupported: (name: string, version?: string) => boolean;
  seed(spec: SeedSheet): SheetModel;
  seedGrid(grid: SheetGrid, options?: { active?: boolean }): SheetModel;
  sheetNames(): string[];
  activeSheetName(): string;
  selection(): { sheet: string; address: string } | undefined;
  cell(sheet: string, address: string): CellInfo;
  valuesFromA1(sheet: string): FakeValue[][];
  formulasIn(sheet: string, ref: string): (string | undefined)[][];
  snapshot(sheet: string): string;
  sheet(name: string): SheetModel;
  totals(): SyncTotals;
  resetSyncs(): void;
  /**
   * The user typing in a cell (on) or done (off). While on, every sync fails with
   * InvalidOperationInCellEditMode, except in runs started with `{ delayForCellEdit: true }` on a
   * host with ExcelApi 1.11, whose syncs wait until it is switched off.
   */
  setCellEditMode(on: boolean): void;
  readonly cellEditMode: boolean;
  /**
   * A host refusing a page-layout setting (as some Excel hosts refuse a paper size or a fit to
   * pages): the sync that sets it fails with `code`.
   */
  refusePageLayout(setting: PageLayoutSetting, code?: FakeErrorCode): void;
  /**
   * Review > Protect Sheet (on) or Unprotect Sheet (off), as the user does it (not counted): the
   * sheet's cells, formats, charts and page setup then refuse changes with AccessDenied
   * (protection-rules.ts).
   */
  protectSheet(name: string, on?: boolean): void;
  /** Review > Protect Workbook (structure): adding, deleting, renaming, moving, hiding sheets are refused. */
  protectWorkbook(on?: boolean): void;
  /** The n-th `context.sync()` from now fails before anything of it is applied (failures.ts). */
  failSync(nth: number, code?: FakeErrorCode): void;
  /**
   * The n-th operation applied from now (of `member` only, when given) fails as a refused
   * statement does: the operations before it in its sync are applied, the rest are not.
   */
  failOperation(nth: number, options?: { member?: string; code?: FakeErrorCode }): void;
  /** Operations applied (or failed) since the fake was made: counts the steps of a write. */
  readonly operationsApplied: number;
  /**
   * Formulas > Calculation Options, as the user sets it (not counted). In 'Manual', cells changed
   * leave formula values stale until `application.calculate` (calculation.ts).
   */
  setCalculationMode(mode: CalculationMode): void;
  /** The calculation mode, whether formula values are stale, and the calculate() calls applied. */
  readonly calculation: Readonly<CalculationModel>;
  /**
   * Excel stops answering (on), as `context.sync()` sometimes does on Excel on the web (office-js
   * 4805, 6678): every sync waits until it answers again (off) (unresponsive.ts).
   */
  setUnresponsive(on: boolean): void;
}

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const model = emptyWorkbook();
  const syncs: SyncRecord[] = [];
  const limits: FakeLimits = {
    apiVersion: options.apiVersion ?? '1.17',
    maxRequestBytes: options.maxRequestBytes ?? FIVE_MB,
    maxResponseBytes: options.maxResponseBytes ?? FIVE_MB,
  };

  const cellEdit = new CellEditMode();
  const failures = new FailureInjection();
  const unresponsive = new Unresponsive();

  async function run<T>(batch: Batch<T>): Promise<T>;
  async function run<T>(options: FakeRunOptions, batch: Batch<T>): Promise<T>;
  async function run<T>(first: FakeRunOptions | Batch<T>, second?: Batch<T>): Promise<T> {
    const batch = typeof first === 'function' ? first : second;
    if (typeof batch !== 'function') throw new TypeError('Excel.run needs a batch function.');
    const options = typeof first === 'function' ? {} : first;
    // A host without ExcelApi 1.11 ignores the option, as Excel does.
    const delay = options.delayForCellEdit === true && versionAtLeast(limits.apiVersion, DELAY_FOR_CELL_EDIT_API);
    const engine = new FakeEngine(model, limits, syncs, cellEdit, delay, failures);
    engine.unresponsive = unresponsive;
    const context = newRequestContext(engine);
    try {
      // The fake implements only the subset the product uses; this is the one place where it is
      // handed over as the real type.
      const result = await batch(context as unknown as Excel.RequestContext);
      if (engine.pending > 0) await engine.sync();
      return result;
    } finally {
      engine.closed = true;
    }
  }

  return {
    model,
    syncs,
    limits,
    run,
    isSetSupported: (name, version) => name === 'ExcelApi' && versionAtLeast(limits.apiVersion, version ?? '1.1'),
    seed: (spec) => seedSheet(model, spec),
    seedGrid: (grid, opts) => seedGrid(model, grid, opts),
    sheetNames: () => sheetNames(model),
    activeSheetName: () => model.sheets.find((s) => s.id === model.activeSheetId)?.name ?? '',
    selection: () => {
      const sel = model.selection;
      if (!sel) return undefined;
      return { sheet: model.sheets.find((s) => s.id === sel.sheetId)?.name ?? '', address: sel.address };
    },
    cell: (sheet, address) => cellInfo(model, sheet, address),
    valuesFromA1: (sheet) => valuesFromA1(model, sheet),
    formulasIn: (sheet, ref) => formulasIn(model, sheet, ref),
    snapshot: (sheet) => snapshotSheet(model, sheet),
    sheet: (name) => sheetModel(model, name),
    totals: () => ({
      syncs: syncs.length,
      maxRequestBytes: syncs.reduce((m, s) => Math.max(m, s.requestBytes), 0),
      maxResponseBytes: syncs.reduce((m, s) => Math.max(m, s.responseBytes), 0),
      totalRequestBytes: syncs.reduce((m, s) => m + s.requestBytes, 0),
    }),
    resetSyncs: () => {
      syncs.length = 0;
    },
    setCellEditMode: (on) => cellEdit.set(on),
    refusePageLayout: (setting, code) => refusePageLayout(model, setting, code),
    protectSheet: (name, on = true) => {
      sheetModel(model, name).protected = on;
    },
    protectWorkbook: (on = true) => {
      model.structureProtected = on;
    },
    failSync: (nth, code) => failures.failSync(nth, code),
    failOperation: (nth, opts) => failures.failOperation(nth, opts),
    get operationsApplied() {
      return failures.applied;
    },
    get cellEditMode() {
      return cellEdit.active;
    },
    setCalculationMode: (mode) => setCalculationMode(model, mode),
    get calculation() {
      return calculationOf(model);
    },
    setUnresponsive: (on) => unresponsive.set(on),
  };
}
