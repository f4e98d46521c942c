/**
 * The package adapter of the workbook port, for the command line: reads the .xlsx/.xlsm package
 * itself (no ExcelJS), and writes by splicing the plan's result sheets into the user's own
 * package (splice.ts), every part it does not change copied byte for byte.
 */
import type { WritePlan } from '../../appendix/types';
import type { SheetGrid } from '../../engine/grid';
import { keyFromOwnedName, sameSheetName, sheetOfReference } from '../office/ownership';
import { WorkbookError, type ApplyReport, type ProgressReport, type SheetSummary, type WorkbookPort } from '../port';
import { PackageError, parseSharedStrings, readWorkbookInfo, type SheetEntry, type WorkbookInfo } from './parts';
import { readWorksheet } from './read-sheet';
import { splicePlan, type PackageSource } from './splice';
import { writeZip, ZipArchive, ZipError } from './zip';

const utf8 = new TextDecoder('utf-8');

/** The package as it stands: the stored parts, with the changes made since it was opened. */
class PackageView implements PackageSource {
  private readonly changedByLower = new Map<string, string>();

  constructor(private readonly archive: ZipArchive, private readonly changes: ReadonlyMap<string, Uint8Array | null>) {
    for (const name of changes.keys()) this.changedByLower.set(name.toLowerCase(), name);
  }

  private changeOf(name: string): Uint8Array | null | undefined {
    const key = this.changes.has(name) ? name : this.changedByLower.get(name.toLowerCase());
    return key === undefined ? undefined : this.changes.get(key);
  }

  names(): string[] {
    const names: string[] = [];
    const seen = new Set<string>();
    for (const entry of this.archive.entries) {
      seen.add(entry.name.toLowerCase());
      if (this.changeOf(entry.name) !== null) names.push(entry.name);
    }
    for (const [name, content] of this.changes) if (content !== null && !seen.has(name.toLowerCase())) names.push(name);
    return names;
  }

  bytes(name: string): Uint8Array | undefined {
    const changed = this.changeOf(name);
    if (changed === null) return undefined;
    return changed ?? this.archive.bytesOf(name);
  }

  text(name: string): string | undefined {
    const bytes = this.bytes(name);
    if (bytes === undefined) return undefined;
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    return utf8.decode(bom ? bytes.subarray(3) : bytes);
  }
}

export class PackageWorkbook implements WorkbookPort {
  /** New content of each part changed by applyPlan (null: removed), in the order first changed. */
  private readonly changes = new Map<string, Uint8Array | null>();
  /** Names of the sheets handed out by readSheet: input sheets, never written over. */
  private readonly inputSheets = new Set<string>();
  private info: WorkbookInfo | undefined;
  private strings: readonly string[] | undefined;

  private constructor(
    private readonly archive: ZipArchive,
    /** Path the workbook was read from, if any (savePackageAtomic refuses to write there). */
    readonly sourcePath: string | undefined,
  ) {}

  /**
   * Opens a package from its bytes. Throws PackageError when it is no zip, is cut off or
   * encrypted, holds no workbook, or is Strict Open XML.
   */
  static fromBytes(bytes: Uint8Array, path?: string): PackageWorkbook {
    let archive: ZipArchive;
    try {
      archive = ZipArchive.open(bytes);
    } catch (cause) {
      if (cause instanceof ZipError) throw new PackageError(cause.problem, cause.message, { cause });
      throw new PackageError('corrupt', 'the zip directory cannot be read', { cause });
    }
    const workbook = new PackageWorkbook(archive, path);
    workbook.describe();
    return workbook;
  }

  /** The package as it stands now (for the splicing writer, and tests). */
  source(): PackageSource {
    return new PackageView(this.archive, this.changes);
  }

  /** `xlsm` when the workbook part is macro-enabled (its macros are kept: the part is copied). */
  get kind(): 'xlsx' | 'xlsm' {
    return this.describe().kind;
  }

  /** The workbook part's facts, read once per state of the package. */
  private describe(): WorkbookInfo {
    if (this.info) return this.info;
    try {
      this.info = readWorkbookInfo(this.source());
    } catch (cause) {
      if (cause instanceof WorkbookError) throw cause;
      if (cause instanceof ZipError) throw new PackageError(cause.problem, cause.message, { cause });
      throw new WorkbookError('read-failed', 'Cannot read the workbook part', { cause });
    }
    return this.info;
  }

  /** The worksheets (chartsheets, dialog sheets and macro sheets hold no grid: not listed). */
  private worksheets(): SheetEntry[] {
    return this.describe().sheets.filter((s) => s.kind === 'worksheet');
  }

  private findSheet(name: string): SheetEntry | undefined {
    const sheets = this.worksheets();
    return sheets.find((s) => s.name === name) ?? sheets.find((s) => sameSheetName(s.name, name));
  }

  /** Sheets some workbook-scoped `CCHC_OWNED.*` name points at (src/workbook/ownership.md). */
  private ownedSheets(names: readonly string[]): Set<string> {
    const owned = new Set<string>();
    for (const entry of this.describe().definedNames) {
      if (entry.localSheetId !== undefined || keyFromOwnedName(entry.name) === undefined) continue;
      const target = sheetOfReference(entry.formula);
      const sheet = target === undefined ? undefined : names.find((n) => sameSheetName(n, target));
      if (sheet !== undefined) owned.add(sheet);
    }
    return owned;
  }

  async listSheets(): Promise<SheetSummary[]> {
    const sheets = this.worksheets();
    const owned = this.ownedSheets(sheets.map((s) => s.name));
    return sheets.map((s, position) => ({ name: s.name, position, visible: s.state === 'visible', ownedByUs: owned.has(s.name) }));
  }

  /** The workbook view's active tab when it is a worksheet, else the first worksheet. */
  async activeSheetName(): Promise<string> {
    const info = this.describe();
    const sheets = this.worksheets();
    if (sheets.length === 0) throw new WorkbookError('sheet-not-found', 'The workbook has no sheets');
    const active = info.sheets[info.activeTab];
    return active?.kind === 'worksheet' ? active.name : sheets[0].name;
  }

  async readSheet(name: string): Promise<SheetGrid> {
    const sheet = this.findSheet(name);
    if (!sheet?.part) throw new WorkbookError('sheet-not-found', `No sheet named "${name}"`);
    this.inputSheets.add(sheet.name);
    try {
      const part = this.source().bytes(sheet.part) ?? new Uint8Array(0);
      return readWorksheet(part, sheet.name, { sharedStrings: this.sharedStrings(), date1904: this.describe().date1904 });
    } catch (cause) {
      if (cause instanceof ZipError) {
        throw new PackageError(cause.problem, `Cannot read sheet "${name}": ${cause.message}`, { cause });
      }
      throw new WorkbookError('read-failed', `Cannot read sheet "${name}"`, { cause });
    }
  }

  async readSheets(names: readonly string[]): Promise<SheetGrid[]> {
    const grids: SheetGrid[] = [];
    for (const name of names) grids.push(await this.readSheet(name));
    return grids;
  }

  private sharedStrings(): readonly string[] {
    if (this.strings) return this.strings;
    const part = this.describe().sharedStringsPart;
    const xml = part === undefined ? undefined : this.source().text(part);
    this.strings = xml === undefined ? [] : parseSharedStrings(xml);
    return this.strings;
  }

  /**
   * Splices the plan's sheets into the package (splice.ts); the changes are kept, so a later
   * call, listSheets and toBytes see them.
   */
  async applyPlan(plan: WritePlan, onProgress?: (p: ProgressReport) => void): Promise<ApplyReport> {
    let outcome;
    try {
      outcome = splicePlan(this.source(), plan, new Set(this.inputSheets), onProgress);
    } catch (cause) {
      if (cause instanceof WorkbookError) throw cause;
      throw new WorkbookError('write-failed', 'Cannot write the result sheets', { cause });
    }
    for (const [name, content] of outcome.changes) {
      for (const key of this.changes.keys()) {
        if (key !== name && key.toLowerCase() === name.toLowerCase()) this.changes.delete(key);
      }
      this.changes.set(name, content);
    }
    this.info = undefined;
    this.strings = undefined;
    return outcome.report;
  }

  /** Files have no selection to change: a no-op, so the port is the same for every adapter. */
  async select(sheet: string, address: string): Promise<void> {
    void sheet;
    void address;
  }

  /** The package with the changes: every part not changed copied as stored. */
  toBytes(): Uint8Array {
    try {
      return writeZip(this.archive, this.changes);
    } catch (cause) {
      throw new WorkbookError('write-failed', 'Cannot build the workbook file', { cause });
    }
  }
}
