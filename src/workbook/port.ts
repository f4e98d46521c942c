/**
 * The one port between the product and a workbook. The task pane and the command line talk to
 * workbooks only through it; the Office.js adapter (src/workbook/office) and the ExcelJS adapter
 * (src/workbook/xlsx) implement it.
 */
import type { SheetGrid } from '../engine/grid';
import type { WritePlan } from '../appendix/types';

export interface SheetSummary {
  name: string;
  /** Position in the workbook's tab order. */
  position: number;
  visible: boolean;
  /** True when this sheet is a result sheet this product wrote itself (and may replace). */
  ownedByUs: boolean;
}

export interface ProgressReport {
  /** 0..1 */
  fraction: number;
  /** What is being done, for the user (already localised by the caller's catalogue key). */
  step: 'read' | 'clear' | 'write' | 'format' | 'done';
}

export interface WrittenSheet {
  /** The plan's sheet key. */
  key: string;
  /** Name the sheet really got. */
  name: string;
  /** True when the wanted name was taken by a sheet the user made, so another name was chosen. */
  renamed: boolean;
  /** True when an earlier result sheet of ours was replaced. */
  replaced: boolean;
}

export interface ApplyReport {
  sheets: WrittenSheet[];
  /**
   * Print settings the host refused and that were skipped (the tables are written all the same):
   * the sheet's name and the setting ("orientation", "paperSize", "fitToPages", "printTitles",
   * "footer", "margins"). Absent when every setting was applied.
   */
  printWarnings?: { sheet: string; setting: string }[];
  /**
   * Present when the workbook calculates manually (Formulas > Calculation Options > Manual): true
   * when Excel was asked to recalculate after the write, so formulas that refer to the result
   * sheets show the new figures; false when that request failed (the result is written all the same).
   */
  recalculated?: boolean;
}

/** Typed failure of a workbook operation; `cause` keeps the underlying error. */
export class WorkbookError extends Error {
  constructor(
    readonly code:
      | 'sheet-not-found'
      | 'read-failed'
      | 'write-failed'
      | 'unsupported'
      /** The host did not answer within the adapter's limit (a `context.sync()` that never returned). */
      | 'timeout'
      /** A sheet's used range holds more cells than an adapter reads: `StrayCellsError`. */
      | 'too-many-cells'
      /** The sheet is "very hidden" (only a macro can show it): it cannot be selected. */
      | 'sheet-very-hidden'
      /** A sheet a write would replace or remove is protected (Review > Protect Sheet): `ProtectionError`. */
      | 'sheet-protected'
      /** The workbook's structure is protected (Review > Protect Workbook): `ProtectionError`. */
      | 'workbook-protected',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'WorkbookError';
  }
}

/**
 * A write or a removal refused before anything changed, because what it would change is protected:
 * the sheet named (`sheet-protected`), or the workbook's structure (`workbook-protected`, `sheet`
 * undefined), for the shells to say which and how to unprotect it.
 */
export class ProtectionError extends WorkbookError {
  constructor(readonly sheet: string | undefined) {
    super(
      sheet === undefined ? 'workbook-protected' : 'sheet-protected',
      sheet === undefined
        ? 'The workbook structure is protected (Review > Protect Workbook): sheets cannot be added or removed.'
        : `The sheet "${sheet}" is protected (Review > Unprotect Sheet): it cannot be replaced or removed.`,
    );
    this.name = 'ProtectionError';
  }
}

/** A cell far from the table that makes a sheet's used range huge, with what it holds. */
export interface StrayCell {
  /** A1 address on the sheet ("C900000"). */
  address: string;
  /** Its value as Excel shows it (text, number or boolean). */
  value: string | number | boolean;
}

/**
 * A sheet whose used range is bigger than an adapter reads (a value left far below or to the right
 * of the table): the cells at the used range's far edge, for the shells to name.
 */
export class StrayCellsError extends WorkbookError {
  constructor(
    readonly sheet: string,
    /** The used range, A1 ("A1:Z900000"). */
    readonly usedRange: string,
    /** Its cells. */
    readonly cells: number,
    /** The most cells the adapter reads. */
    readonly limit: number,
    /** The cells found at its far edge (last row, last column), most likely the stray ones first. */
    readonly stray: StrayCell[],
  ) {
    super(
      'too-many-cells',
      `The used range of "${sheet}" is ${usedRange} (${cells} cells, more than the ${limit} read)` +
        (stray.length ? `; at its edge: ${stray.map((c) => `${c.address} = ${JSON.stringify(c.value)}`).join(', ')}` : ''),
    );
    this.name = 'StrayCellsError';
  }
}

/**
 * Excel's calculation mode as a reader needs it: 'manual' when formulas' cached values may be
 * stale (Formulas > Calculation Options > Manual), 'automatic' (Automatic, or Automatic except
 * data tables), 'unknown' when the host does not say.
 */
export type CalculationMode = 'automatic' | 'manual' | 'unknown';

export interface WorkbookPort {
  listSheets(): Promise<SheetSummary[]>;
  /** Name of the active sheet (the CLI's adapter answers the first sheet). */
  activeSheetName(): Promise<string>;
  /** Reads a sheet's used range as a grid (values, error kinds, formulas flags, merges). */
  readSheet(name: string): Promise<SheetGrid>;
  /**
   * Reads several sheets, in the order named, as `readSheet` reads each. An adapter batches them:
   * the Office adapter reads any number of small sheets in at most two syncs.
   */
  readSheets(names: readonly string[]): Promise<SheetGrid[]>;
  /**
   * Writes the plan's sheets. Sheets this product wrote before (same key) are replaced; a sheet
   * the user made is never changed or removed, even if it has the wanted name. Input sheets are
   * never touched.
   */
  applyPlan(plan: WritePlan, onProgress?: (p: ProgressReport) => void): Promise<ApplyReport>;
  /**
   * Removes the result sheets this product wrote (those its ownership marks identify, never a
   * user's sheet or an input sheet) and their marks; returns the names removed. Refused with a
   * `ProtectionError` before anything changed when the workbook or one of those sheets is
   * protected. Optional: an adapter that cannot remove sheets leaves it out.
   */
  removeResultSheets?(): Promise<string[]>;
  /**
   * Activates a sheet and selects a cell or range ("M24"). A hidden sheet is shown first (Excel
   * cannot select on a hidden sheet); a "very hidden" one fails with `sheet-very-hidden`.
   */
  select(sheet: string, address: string): Promise<void>;
  /**
   * The workbook's calculation mode as of the last read (read with it, no request of its own; one
   * request before any read). Adapters over files leave it out: a file's cached values are what
   * they are, and the file adapters compute the formulas stored without one.
   */
  calculationMode?(): Promise<CalculationMode>;
}

/** Options saved with the workbook so the next reviewer opens the same choices. */
export interface SettingsStore {
  load(): Promise<Record<string, unknown> | undefined>;
  save(value: Record<string, unknown>): Promise<void>;
}
