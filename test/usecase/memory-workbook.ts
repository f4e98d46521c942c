/**
 * An in-memory workbook behind the WorkbookPort, for the use case's and the pane's tests: sheets are grids, applied
 * plans are kept, selections are recorded, and any method can be made to fail once.
 * It follows the ownership rules of src/workbook/ownership.md (replace ours, never touch the user's).
 */
import type { SheetGrid } from '../../src/engine/grid';
import type { WritePlan } from '../../src/appendix/types';
import type {
  ApplyReport, ProgressReport, SettingsStore, SheetSummary, WorkbookPort, WrittenSheet,
} from '../../src/workbook/port';
import { WorkbookError } from '../../src/workbook/port';

interface MemorySheet {
  name: string;
  grid: SheetGrid;
  visible: boolean;
  /** Plan key when the sheet is a result sheet written by applyPlan. */
  ownedKey?: string;
}

type Method = 'listSheets' | 'activeSheetName' | 'readSheet' | 'applyPlan' | 'select';

export class MemoryWorkbook implements WorkbookPort {
  readonly sheets: MemorySheet[] = [];
  active: string;
  readonly selections: string[] = [];
  readonly applied: WritePlan[] = [];
  readonly reads: string[] = [];
  private readonly failures = new Map<Method, Error>();
  /** When set, applyPlan reports its first progress and then waits for this promise. */
  gate?: Promise<void>;

  /** `ownedKey` makes a sheet a result sheet of ours, as if an earlier run had written it. */
  constructor(sheets: { name: string; grid: SheetGrid; visible?: boolean; ownedKey?: string }[], active?: string) {
    for (const s of sheets) {
      this.sheets.push({ name: s.name, grid: { ...s.grid, sheetName: s.name }, visible: s.visible ?? true, ownedKey: s.ownedKey });
    }
    this.active = active ?? sheets[0]?.name ?? '';
  }

  /** The next call of `method` throws `error`. */
  failNext(method: Method, error: Error): void {
    this.failures.set(method, error);
  }

  private check(method: Method): void {
    const error = this.failures.get(method);
    if (error) {
      this.failures.delete(method);
      throw error;
    }
  }

  private find(name: string): MemorySheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Replaces a sheet's grid, as a user editing the sheet would. */
  edit(name: string, grid: SheetGrid): void {
    const sheet = this.find(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    sheet.grid = { ...grid, sheetName: sheet.name };
  }

  async listSheets(): Promise<SheetSummary[]> {
    this.check('listSheets');
    return this.sheets.map((s, position) => ({ name: s.name, position, visible: s.visible, ownedByUs: s.ownedKey !== undefined }));
  }

  async activeSheetName(): Promise<string> {
    this.check('activeSheetName');
    return this.active;
  }

  async readSheet(name: string): Promise<SheetGrid> {
    this.check('readSheet');
    const sheet = this.find(name);
    if (!sheet) throw new WorkbookError('sheet-not-found', `Sheet "${name}" not found`);
    this.reads.push(sheet.name);
    return sheet.grid;
  }

  /** Every sheet read, each recorded in `reads`; `batches` records the names of each call. */
  readonly batches: string[][] = [];

  async readSheets(names: readonly string[]): Promise<SheetGrid[]> {
    this.batches.push([...names]);
    const grids: SheetGrid[] = [];
    for (const name of names) grids.push(await this.readSheet(name));
    return grids;
  }

  private freeName(wanted: string, except?: MemorySheet): string {
    const taken = (n: string) => this.sheets.some((s) => s !== except && s.name.toLowerCase() === n.toLowerCase());
    if (!taken(wanted)) return wanted;
    for (let i = 2; ; i++) {
      const candidate = `${wanted} (${i})`;
      if (!taken(candidate)) return candidate;
    }
  }

  async applyPlan(plan: WritePlan, onProgress?: (p: ProgressReport) => void): Promise<ApplyReport> {
    this.check('applyPlan');
    if (this.gate) {
      onProgress?.({ step: 'clear', fraction: 0.1 });
      await this.gate;
    }
    const written: WrittenSheet[] = [];
    plan.sheets.forEach((sp, i) => {
      const ours = this.sheets.find((s) => s.ownedKey === sp.key);
      const name = this.freeName(sp.name, ours);
      const values = sp.blocks.flatMap((b) => b.values.map((row) => row.map((v) => v ?? '')));
      if (ours) {
        ours.name = name;
        ours.grid = { sheetName: name, values };
      } else {
        this.sheets.push({ name, grid: { sheetName: name, values }, visible: true, ownedKey: sp.key });
      }
      written.push({ key: sp.key, name, renamed: name !== sp.name, replaced: ours !== undefined });
      onProgress?.({ step: 'write', fraction: (i + 1) / plan.sheets.length });
    });
    this.applied.push(plan);
    return { sheets: written };
  }

  async select(sheet: string, address: string): Promise<void> {
    this.check('select');
    if (!this.find(sheet)) throw new WorkbookError('sheet-not-found', `Sheet "${sheet}" not found`);
    this.active = sheet;
    this.selections.push(`${sheet}!${address}`);
  }
}

export class MemorySettings implements SettingsStore {
  saved: Record<string, unknown> | undefined;
  saves = 0;
  failLoad?: Error;
  failSave?: Error;

  constructor(initial?: Record<string, unknown>) {
    this.saved = initial;
  }

  async load(): Promise<Record<string, unknown> | undefined> {
    if (this.failLoad) throw this.failLoad;
    return this.saved === undefined ? undefined : JSON.parse(JSON.stringify(this.saved));
  }

  async save(value: Record<string, unknown>): Promise<void> {
    if (this.failSave) throw this.failSave;
    this.saved = JSON.parse(JSON.stringify(value));
    this.saves++;
  }
}
