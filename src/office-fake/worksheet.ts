/** Fake Excel.Worksheet and Excel.WorksheetFreezePanes. */
import { parseRef } from './address';
import { ChartCollection } from './chart';
import { FakeObject, make, type ContextHolder } from './client-object';
import type { RangeArgument } from './entities';
import { FakeOfficeError } from './errors';
import { MAX_COLS, MAX_ROWS, liveSheets, type SheetModel, type Visibility } from './model';
import { PageBreakCollection } from './page-breaks';
import { PageLayout } from './page-layout';
import { WorksheetProtection } from './protection';
import { Range, RangeAreas, type WorksheetMaker } from './range';
import { breakNames, checkSheetName, renameInNames, usedBox } from './sheet-ops';

const VISIBILITY: Visibility[] = ['Visible', 'Hidden', 'VeryHidden'];

function checkIndex(n: unknown, max: number, what: string): number {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > max) {
    throw new FakeOfficeError('InvalidArgument', `${what} must be an integer from 0 to ${max}; got ${JSON.stringify(n)}.`);
  }
  return n;
}

export class Worksheet extends FakeObject<SheetModel> {
  private _charts?: ChartCollection;
  private _freeze?: WorksheetFreezePanes;
  private _pageLayout?: PageLayout;
  private _pageBreaks?: PageBreakCollection;
  private _protection?: WorksheetProtection;

  constructor(
    holder: ContextHolder,
    private readonly _resolver: () => SheetModel | null,
  ) {
    super(holder, 'Worksheet');
  }

  _scalars(): readonly string[] {
    return ['name', 'id', 'position', 'visibility'];
  }

  _resolve(): SheetModel | null {
    return this._resolver();
  }

  override _alive(s: SheetModel): boolean {
    return !s.deleted;
  }

  _read(name: string, s: SheetModel): unknown {
    if (name === 'name') return s.name;
    if (name === 'id') return s.id;
    if (name === 'visibility') return s.visibility;
    return liveSheets(this._engine.model).indexOf(s);
  }

  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._set('name', v, (s) => {
      if (typeof v !== 'string') throw new FakeOfficeError('InvalidArgument', 'A worksheet name must be a string.');
      if (v === s.name) return;
      checkSheetName(this._engine.model, v, s);
      renameInNames(this._engine.model, s.name, v);
      s.name = v;
    });
  }
  get id(): string {
    return this._get('id');
  }
  get position(): number {
    return this._get('position');
  }
  set position(v: number) {
    this._set('position', v, (s) => {
      const wb = this._engine.model;
      const live = liveSheets(wb);
      checkIndex(v, live.length - 1, 'position');
      wb.sheets = wb.sheets.filter((x) => x !== s);
      const target = live.filter((x) => x !== s)[v];
      const at = target ? wb.sheets.indexOf(target) : wb.sheets.length;
      wb.sheets.splice(at, 0, s);
    });
  }
  get visibility(): string {
    return this._get('visibility');
  }
  set visibility(v: string) {
    this._set('visibility', v, (s) => {
      if (!VISIBILITY.includes(v as Visibility)) throw new FakeOfficeError('InvalidArgument', `Unknown visibility ${JSON.stringify(v)}.`);
      const others = liveSheets(this._engine.model).filter((x) => x !== s && x.visibility === 'Visible');
      if (v !== 'Visible' && others.length === 0) throw new FakeOfficeError('InvalidOperation', 'A workbook must keep one visible sheet.');
      s.visibility = v as Visibility;
    });
  }

  get charts(): ChartCollection {
    this._charts ??= make(new ChartCollection(this._holder, () => this._e()))._created(this._id, 'charts', [], false);
    return this._charts;
  }

  get freezePanes(): WorksheetFreezePanes {
    this._freeze ??= make(new WorksheetFreezePanes(this._holder, () => {
      this._engine.requireApi('1.7', 'Worksheet.freezePanes');
      return this._e();
    }))._created(this._id, 'freezePanes', [], false);
    return this._freeze;
  }

  get pageLayout(): PageLayout {
    this._pageLayout ??= make(new PageLayout(this._holder, () => {
      this._engine.requireApi('1.9', 'Worksheet.pageLayout');
      return this._e();
    }))._created(this._id, 'pageLayout', [], false);
    return this._pageLayout;
  }

  get protection(): WorksheetProtection {
    this._protection ??= make(new WorksheetProtection(this._holder, () => {
      this._engine.requireApi('1.2', 'Worksheet.protection');
      return this._e();
    }))._created(this._id, 'protection', [], false);
    return this._protection;
  }

  /** The protection of a sheet loaded through its collection ("items/protection/protected"). */
  _setLoadedProtection(value: boolean): void {
    const protection = make(new WorksheetProtection(this._holder, () => this._e()));
    protection._loaded.set('protected', value);
    this._protection = protection;
  }

  override _loadNavigation(head: string, rest: string): void {
    if (head === 'protection') this.protection.load(rest);
    else super._loadNavigation(head, rest);
  }

  get horizontalPageBreaks(): PageBreakCollection {
    this._pageBreaks ??= make(new PageBreakCollection(this._holder, () => {
      this._engine.requireApi('1.9', 'Worksheet.horizontalPageBreaks');
      return this._e();
    }))._created(this._id, 'horizontalPageBreaks', [], false);
    return this._pageBreaks;
  }

  activate(): void {
    this._call('activate', [], (s) => {
      if (s.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', `Cannot activate the hidden sheet "${s.name}".`);
      this._engine.model.activeSheetId = s.id;
    });
  }

  delete(): void {
    this._call('delete', [], (s) => {
      const wb = this._engine.model;
      const visible = liveSheets(wb).filter((x) => x.visibility === 'Visible');
      if (visible.length === 1 && visible[0] === s) throw new FakeOfficeError('InvalidOperation', 'Cannot delete the last visible sheet.');
      s.deleted = true;
      breakNames(wb, s.name);
      if (wb.activeSheetId === s.id) wb.activeSheetId = liveSheets(wb).find((x) => x.visibility === 'Visible')?.id ?? '';
    });
  }

  getRange(address?: string): Range<Worksheet> {
    const box = address === undefined ? { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS } : parseRef(address);
    return make(new Range(this._holder, () => ({ sheet: this._e(), box }), newWorksheet))._created(this._id, 'getRange', address === undefined ? [] : [address], false);
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range<Worksheet> {
    const box = { row: startRow, col: startColumn, rows: rowCount, cols: columnCount };
    return make(new Range(this._holder, () => {
      this._engine.requireApi('1.7', 'Worksheet.getRangeByIndexes');
      checkIndex(startRow, MAX_ROWS - 1, 'startRow');
      checkIndex(startColumn, MAX_COLS - 1, 'startColumn');
      checkIndex(rowCount, MAX_ROWS - startRow, 'rowCount');
      checkIndex(columnCount, MAX_COLS - startColumn, 'columnCount');
      if (rowCount < 1 || columnCount < 1) throw new FakeOfficeError('InvalidArgument', 'A range needs at least one row and one column.');
      return { sheet: this._e(), box };
    }, newWorksheet))._created(this._id, 'getRangeByIndexes', [startRow, startColumn, rowCount, columnCount], false);
  }

  getRanges(address?: string): RangeAreas {
    return make(new RangeAreas(this._holder, () => {
      this._engine.requireApi('1.9', 'Worksheet.getRanges');
      const sheet = this._e();
      if (address === undefined) return { sheet, boxes: [{ row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS }] };
      const parts = address.split(/[,;]/).map((a) => a.trim());
      if (parts.some((a) => a === '')) throw new FakeOfficeError('InvalidArgument', `The address list "${address}" has an empty part.`);
      if (address.length > 8000) throw new FakeOfficeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      return { sheet, boxes: parts.map(parseRef) };
    }))._created(this._id, 'getRanges', address === undefined ? [] : [address], false);
  }

  getCell(row: number, column: number): Range<Worksheet> {
    return make(new Range(this._holder, () => ({ sheet: this._e(), box: { row, col: column, rows: 1, cols: 1 } }), newWorksheet))._created(this._id, 'getCell', [row, column], false);
  }

  getUsedRange(valuesOnly?: boolean): Range<Worksheet> {
    return make(new Range(this._holder, () => {
      const sheet = this._e();
      return { sheet, box: usedBox(sheet, valuesOnly === true) ?? { row: 0, col: 0, rows: 1, cols: 1 } };
    }, newWorksheet))._created(this._id, 'getUsedRange', [valuesOnly ?? false], false);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Range<Worksheet> {
    return make(new Range(this._holder, () => {
      this._engine.requireApi('1.4', 'Worksheet.getUsedRangeOrNullObject');
      const sheet = this._e();
      const box = usedBox(sheet, valuesOnly === true);
      return box ? { sheet, box } : null;
    }, newWorksheet))._created(this._id, 'getUsedRangeOrNullObject', [valuesOnly ?? false], true);
  }
}

/** How a range of this sheet makes its `range.worksheet` (range.ts does not import this file). */
const newWorksheet: WorksheetMaker<Worksheet> = (holder, resolver) => new Worksheet(holder, resolver);

export class WorksheetFreezePanes extends FakeObject<SheetModel> {
  constructor(
    holder: ContextHolder,
    private readonly _resolver: () => SheetModel,
  ) {
    super(holder, 'WorksheetFreezePanes');
  }
  _scalars(): readonly string[] {
    return [];
  }
  _read(): unknown {
    return undefined;
  }
  _resolve(): SheetModel {
    return this._resolver();
  }
  freezeRows(count?: number): void {
    this._call('freezeRows', [count ?? 1], (s) => {
      s.freeze = { rows: checkIndex(count ?? 1, MAX_ROWS - 1, 'count'), cols: 0 };
    });
  }
  freezeColumns(count?: number): void {
    this._call('freezeColumns', [count ?? 1], (s) => {
      s.freeze = { rows: 0, cols: checkIndex(count ?? 1, MAX_COLS - 1, 'count') };
    });
  }
  freezeAt(frozenRange: RangeArgument | string): void {
    const arg = typeof frozenRange === 'string' ? frozenRange : { range: frozenRange._id };
    this._call('freezeAt', [arg], (s) => {
      const box = typeof frozenRange === 'string' ? parseRef(frozenRange) : frozenRange._e().box;
      if (typeof frozenRange !== 'string' && frozenRange._e().sheet !== s) {
        throw new FakeOfficeError('InvalidArgument', 'freezeAt needs a range on the same sheet.');
      }
      s.freeze = { rows: box.row + box.rows, cols: box.col + box.cols };
    });
  }
  unfreeze(): void {
    this._call('unfreeze', [], (s) => {
      s.freeze = undefined;
    });
  }
}
