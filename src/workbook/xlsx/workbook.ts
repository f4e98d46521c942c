/**
 * The ExcelJS adapter of the workbook port, for the command line and for tests on real files.
 * See README.md in this folder for the decisions it makes (grid extent, dates, merges, charts,
 * what ExcelJS cannot keep).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import ExcelJS, { type Worksheet } from 'exceljs';
import type { SheetGrid } from '../../engine/grid';
import type { WritePlan } from '../../appendix/types';
import {
  WorkbookError,
  type ApplyReport,
  type ProgressReport,
  type SheetSummary,
  type WorkbookPort,
  type WrittenSheet,
} from '../port';
import type { BarChartData } from './charts/chart-xml';
import type { OriginalNames } from './defined-names';
import { gridToWorksheet } from './from-grid';
import { OwnershipMarks, freeSheetName, sameSheetName } from './ownership';
import { readOriginalNames, writePackage } from './package';
import { readWorksheet } from './read-sheet';
import { renderSheet } from './render-sheet';
import { shareEmptyStyles } from './share-styles';

/** ExcelJS keeps a sheet's tab position in `orderNo`, which its typings do not declare. */
interface Ordered {
  orderNo: number;
}

function orderOf(ws: Worksheet): number | undefined {
  const order = (ws as unknown as Partial<Ordered>).orderNo;
  return typeof order === 'number' ? order : undefined;
}

interface WrittenResult {
  sheet: Worksheet;
  charts: BarChartData[];
}

export class XlsxWorkbook implements WorkbookPort {
  /** Sheets handed out by readSheet: input sheets, never changed even when marked as ours. */
  private readonly inputSheets = new Set<Worksheet>();
  /** Result sheets written during this adapter's life, by plan key. */
  private readonly written = new Map<string, WrittenResult>();
  /** Names (as in the file) of the original sheets removed to be replaced. */
  private readonly removedOriginalSheets = new Set<string>();
  private readonly marks: OwnershipMarks;

  private constructor(
    /** The ExcelJS workbook; tests may inspect it, the product goes through the port. */
    readonly workbook: ExcelJS.Workbook,
    /** Resolved path the workbook was read from, if any (saveXlsxAtomic refuses to write there). */
    readonly sourcePath: string | undefined,
    private readonly original: OriginalNames | undefined,
  ) {
    this.marks = original
      ? OwnershipMarks.fromDefinedNames(original.names)
      : OwnershipMarks.fromExcelJsModel(workbook);
    OwnershipMarks.stripFromExcelJsModel(workbook);
  }

  /** Reads a workbook from bytes. `sourcePath` records where they came from. */
  static async fromBuffer(buffer: Buffer | Uint8Array, sourcePath?: string): Promise<XlsxWorkbook> {
    const workbook = new ExcelJS.Workbook();
    let original: OriginalNames;
    try {
      // ExcelJS's typings want its own Buffer type; a Node Buffer is what it reads.
      await workbook.xlsx.load(Buffer.from(buffer) as unknown as ExcelJS.Buffer);
      original = await readOriginalNames(buffer);
    } catch (cause) {
      throw new WorkbookError('read-failed', `Cannot read the workbook${sourcePath ? ` ${sourcePath}` : ''}`, { cause });
    }
    return new XlsxWorkbook(workbook, sourcePath, original);
  }

  /** A workbook with one sheet holding the grid's values (errors as error values, merges). */
  static fromGrid(grid: SheetGrid): XlsxWorkbook {
    const workbook = new ExcelJS.Workbook();
    gridToWorksheet(workbook, grid);
    return new XlsxWorkbook(workbook, undefined, undefined);
  }

  /** Wraps an ExcelJS workbook built in memory (tests). */
  static fromExcelJs(workbook: ExcelJS.Workbook): XlsxWorkbook {
    return new XlsxWorkbook(workbook, undefined, undefined);
  }

  private sheetNames(): string[] {
    return this.workbook.worksheets.map((ws) => ws.name);
  }

  private findSheet(name: string): Worksheet | undefined {
    const sheets = this.workbook.worksheets;
    return sheets.find((ws) => ws.name === name) ?? sheets.find((ws) => sameSheetName(ws.name, name));
  }

  async listSheets(): Promise<SheetSummary[]> {
    const names = this.sheetNames();
    return this.workbook.worksheets.map((ws, position) => ({
      name: ws.name,
      position,
      visible: ws.state === 'visible' || ws.state === undefined,
      ownedByUs: this.marks.owns(ws.name, names),
    }));
  }

  /** The workbook view's active tab, else the first sheet. */
  async activeSheetName(): Promise<string> {
    const sheets = this.workbook.worksheets;
    if (sheets.length === 0) throw new WorkbookError('sheet-not-found', 'The workbook has no sheets');
    const active = this.workbook.views?.[0]?.activeTab;
    return (typeof active === 'number' ? sheets[active] : undefined)?.name ?? sheets[0].name;
  }

  async readSheet(name: string): Promise<SheetGrid> {
    const ws = this.findSheet(name);
    if (!ws) throw new WorkbookError('sheet-not-found', `No sheet named "${name}"`);
    this.inputSheets.add(ws);
    try {
      return readWorksheet(ws, this.workbook.properties?.date1904 === true);
    } catch (cause) {
      throw new WorkbookError('read-failed', `Cannot read sheet "${name}"`, { cause });
    }
  }

  async readSheets(names: readonly string[]): Promise<SheetGrid[]> {
    const grids: SheetGrid[] = [];
    for (const name of names) grids.push(await this.readSheet(name));
    return grids;
  }

  async applyPlan(plan: WritePlan, onProgress?: (p: ProgressReport) => void): Promise<ApplyReport> {
    const sheets: WrittenSheet[] = [];
    const total = plan.sheets.length;
    onProgress?.({ fraction: 0, step: 'clear' });
    for (const [i, sheetPlan] of plan.sheets.entries()) {
      try {
        const { replaced, position } = this.takeOverSheet(sheetPlan.key);
        const name = freeSheetName(sheetPlan.name, this.sheetNames());
        const created = this.workbook.addWorksheet(name);
        if (position !== undefined) (created as unknown as Ordered).orderNo = position;
        onProgress?.({ fraction: (i + 0.5) / total, step: 'write' });
        const charts = renderSheet(created, sheetPlan);
        this.written.set(sheetPlan.key, { sheet: created, charts });
        this.marks.point(sheetPlan.key, name);
        sheets.push({ key: sheetPlan.key, name, renamed: name !== sheetPlan.name, replaced });
      } catch (cause) {
        throw new WorkbookError('write-failed', `Cannot write result sheet "${sheetPlan.name}"`, { cause });
      }
      onProgress?.({ fraction: (i + 1) / total, step: 'format' });
    }
    onProgress?.({ fraction: 1, step: 'done' });
    return { sheets };
  }

  /**
   * Removes the sheet our mark for `key` points at, unless it is an input sheet; returns whether
   * one was removed and its tab position.
   */
  private takeOverSheet(key: string): { replaced: boolean; position?: number } {
    const target = this.marks.sheetOf(key, this.sheetNames());
    const ws = target === undefined ? undefined : this.findSheet(target);
    if (!ws || this.inputSheets.has(ws)) return { replaced: false };
    const position = orderOf(ws);
    if (this.original?.sheets.includes(ws.name) && !this.isWrittenSheet(ws)) this.removedOriginalSheets.add(ws.name);
    this.workbook.removeWorksheet(ws.id);
    for (const [k, result] of this.written) if (result.sheet === ws) this.written.delete(k);
    return { replaced: true, position };
  }

  private isWrittenSheet(ws: Worksheet): boolean {
    return [...this.written.values()].some((w) => w.sheet === ws);
  }

  /** Files have no selection to change: a no-op, so the port is the same for both adapters. */
  async select(sheet: string, address: string): Promise<void> {
    void sheet;
    void address;
  }

  /**
   * The saved package: ExcelJS's output plus defined names and charts. Cells without a style
   * first get one shared empty style (see share-styles.ts): same file, far less work.
   */
  async toBuffer(): Promise<Buffer> {
    shareEmptyStyles(this.workbook);
    const live = new Set(this.workbook.worksheets);
    const results = [...this.written.values()].filter((w) => live.has(w.sheet));
    try {
      return await writePackage(
        this.workbook,
        {
          original: this.original,
          removedOriginalSheets: this.removedOriginalSheets,
          writtenSheets: new Set(results.map((w) => w.sheet.name)),
          marks: this.marks,
        },
        results.flatMap((w) => w.charts.map((c) => ({ ...c, sheetName: w.sheet.name }))),
      );
    } catch (cause) {
      throw new WorkbookError('write-failed', 'Cannot build the workbook file', { cause });
    }
  }
}

/** Reads a workbook file. */
export async function openXlsx(path: string): Promise<XlsxWorkbook> {
  const full = resolve(path);
  let buffer: Buffer;
  try {
    buffer = await readFile(full);
  } catch (cause) {
    throw new WorkbookError('read-failed', `Cannot open ${path}`, { cause });
  }
  return XlsxWorkbook.fromBuffer(buffer, full);
}
