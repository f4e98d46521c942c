/**
 * Fake Excel.Range and Excel.RangeAreas: values, value types, formulas and number formats as 2D
 * arrays of the range's exact shape, merges, selection and clearing.
 */
import { a1Box } from '../engine/grid';
import { fullAddress, parseRef } from './address';
import { cellsChanged } from './calculation';
import {
  checkShape,
  matrix,
  readFormula,
  readNumberFormat,
  readValue,
  readValueType,
  writeFormula,
  writeNumberFormat,
  writeValue,
} from './cells';
import { FakeObject, make, type ContextHolder } from './client-object';
import type { RangeArgument, RangeAreasEntity, RangeEntity } from './entities';
import { FakeOfficeError } from './errors';
import { boxesIntersect, type SheetModel } from './model';
import { RangeFormat } from './range-format';
import { clearContents, clearFormats, merge, unmerge } from './sheet-ops';
import { specialCells } from './special-cells';
import { usedBoxWithin } from './used-range';

/**
 * Makes the proxy `range.worksheet` navigates to. The worksheet that creates a range hands this
 * over (worksheet.ts), so this file needs neither the Worksheet class nor its type.
 */
export type WorksheetMaker<W> = (holder: ContextHolder, resolver: () => SheetModel) => W;

/** The most merged areas getMergedAreasOrNullObject returns; more fail (Excel's documented limit). */
export const MAX_MERGED_AREAS = 512;

const RANGE_SCALARS = [
  'address',
  'values',
  'valueTypes',
  'formulas',
  'numberFormat',
  'rowCount',
  'columnCount',
  'rowIndex',
  'columnIndex',
  'cellCount',
] as const;

/** A range of one sheet; `W` is the worksheet proxy its `worksheet` navigation gives. */
export class Range<W extends FakeObject<SheetModel>> extends FakeObject<RangeEntity> {
  private _formatObj: RangeFormat | undefined;
  private _worksheetObj: W | undefined;

  constructor(
    holder: ContextHolder,
    private readonly _resolver: () => RangeEntity | null,
    private readonly _newWorksheet: WorksheetMaker<W>,
  ) {
    super(holder, 'Range');
  }

  _scalars(): readonly string[] {
    return RANGE_SCALARS;
  }

  _resolve(): RangeEntity | null {
    return this._resolver();
  }

  override _alive(e: RangeEntity): boolean {
    return !e.sheet.deleted;
  }

  _read(name: string, e: RangeEntity): unknown {
    const { sheet, box } = e;
    switch (name) {
      case 'address':
        return fullAddress(sheet.name, box);
      case 'values':
        return matrix(box, (r, c) => readValue(sheet, r, c));
      case 'valueTypes':
        return matrix(box, (r, c) => readValueType(sheet, r, c));
      case 'formulas':
        return matrix(box, (r, c) => readFormula(sheet, r, c));
      case 'numberFormat':
        return matrix(box, (r, c) => readNumberFormat(sheet, r, c));
      case 'rowCount':
        return box.rows;
      case 'columnCount':
        return box.cols;
      case 'rowIndex':
        return box.row;
      case 'columnIndex':
        return box.col;
      case 'cellCount':
        return box.rows * box.cols;
      default:
        throw new FakeOfficeError('UnknownMember', `Range has no property ${name}`);
    }
  }

  override _loadNavigation(head: string, rest: string): void {
    if (head === 'format') this.format.load(rest);
    else if (head === 'worksheet') this.worksheet.load(rest);
    else super._loadNavigation(head, rest);
  }

  get address(): string {
    return this._get('address');
  }
  get values(): unknown[][] {
    return this._get('values');
  }
  set values(v: unknown[][]) {
    this._set('values', v, ({ sheet, box }) => {
      checkShape(v, box, 'values');
      for (let r = 0; r < box.rows; r++) for (let c = 0; c < box.cols; c++) writeValue(sheet, box.row + r, box.col + c, v[r][c]);
      cellsChanged(this._engine.model);
    });
  }
  get valueTypes(): string[][] {
    return this._get('valueTypes');
  }
  get formulas(): unknown[][] {
    return this._get('formulas');
  }
  set formulas(v: unknown[][]) {
    this._set('formulas', v, ({ sheet, box }) => {
      checkShape(v, box, 'formulas');
      for (let r = 0; r < box.rows; r++) for (let c = 0; c < box.cols; c++) writeFormula(sheet, box.row + r, box.col + c, v[r][c]);
      cellsChanged(this._engine.model);
    });
  }
  get numberFormat(): unknown[][] {
    return this._get('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this._set('numberFormat', v, ({ sheet, box }) => {
      checkShape(v, box, 'numberFormat');
      for (let r = 0; r < box.rows; r++) for (let c = 0; c < box.cols; c++) writeNumberFormat(sheet, box.row + r, box.col + c, v[r][c]);
    });
  }
  get rowCount(): number {
    return this._get('rowCount');
  }
  get columnCount(): number {
    return this._get('columnCount');
  }
  get rowIndex(): number {
    return this._get('rowIndex');
  }
  get columnIndex(): number {
    return this._get('columnIndex');
  }
  get cellCount(): number {
    return this._get('cellCount');
  }

  get format(): RangeFormat {
    if (!this._formatObj) {
      this._formatObj = make(new RangeFormat(this._holder, () => [this._e()]))._created(this._id, 'format', [], false);
    }
    return this._formatObj;
  }

  get worksheet(): W {
    if (!this._worksheetObj) {
      this._worksheetObj = make(this._newWorksheet(this._holder, () => this._e().sheet))._created(this._id, 'worksheet', [], false);
    }
    return this._worksheetObj;
  }

  merge(across?: boolean): void {
    this._call('merge', [across ?? false], ({ sheet, box }) => merge(sheet, box, across ?? false));
  }

  unmerge(): void {
    this._call('unmerge', [], ({ sheet, box }) => unmerge(sheet, box));
  }

  clear(applyTo?: string): void {
    const what = applyTo ?? 'All';
    if (!['All', 'Formats', 'Contents'].includes(what)) {
      throw new FakeOfficeError('InvalidArgument', `Range.clear does not know "${what}".`);
    }
    this._call('clear', [what], ({ sheet, box }) => {
      if (what !== 'Formats') {
        clearContents(sheet, box);
        cellsChanged(this._engine.model);
      }
      if (what !== 'Contents') clearFormats(sheet, box);
    });
  }

  select(): void {
    this._call('select', [], ({ sheet, box }) => {
      const wb = this._engine.model;
      if (wb.activeSheetId !== sheet.id) {
        throw new FakeOfficeError('InvalidSelection', `Cannot select a range on "${sheet.name}": it is not the active sheet.`);
      }
      wb.selection = { sheetId: sheet.id, address: a1Box(box) };
    });
  }

  getCell(row: number, column: number): Range<W> {
    return make(new Range(this._holder, () => {
      const { sheet, box } = this._e();
      return { sheet, box: { row: box.row + row, col: box.col + column, rows: 1, cols: 1 } };
    }, this._newWorksheet))._created(this._id, 'getCell', [row, column], false);
  }

  getSpecialCellsOrNullObject(cellType: string, cellValueType?: string): RangeAreas {
    return make(new RangeAreas(this._holder, () => {
      this._engine.requireApi('1.9', 'Range.getSpecialCellsOrNullObject');
      const { sheet, box } = this._e();
      const boxes = specialCells(sheet, box, cellType, cellValueType);
      return boxes.length ? { sheet, boxes } : null;
    }))._created(this._id, 'getSpecialCellsOrNullObject', cellValueType === undefined ? [cellType] : [cellType, cellValueType], true);
  }

  /** The used cells of this range (used-range.ts); ItemNotFound when none is used, as in Excel. */
  getUsedRange(valuesOnly?: boolean): Range<W> {
    return make(new Range(this._holder, () => {
      const { sheet, box } = this._e();
      const used = usedBoxWithin(sheet, box, valuesOnly === true);
      if (!used) throw new FakeOfficeError('ItemNotFound', 'There are no used cells in the range.');
      return { sheet, box: used };
    }, this._newWorksheet))._created(this._id, 'getUsedRange', [valuesOnly ?? false], false);
  }

  /** The used cells of this range (ExcelApi 1.4); a null object when none is used. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): Range<W> {
    return make(new Range(this._holder, () => {
      this._engine.requireApi('1.4', 'Range.getUsedRangeOrNullObject');
      const { sheet, box } = this._e();
      const used = usedBoxWithin(sheet, box, valuesOnly === true);
      return used ? { sheet, box: used } : null;
    }, this._newWorksheet))._created(this._id, 'getUsedRangeOrNullObject', [valuesOnly ?? false], true);
  }

  /** The cells this range shares with another (same sheet); a null object when there are none. */
  getIntersectionOrNullObject(anotherRange: RangeArgument | string): Range<W> {
    return make(new Range(this._holder, () => {
      this._engine.requireApi('1.4', 'Range.getIntersectionOrNullObject');
      const { sheet, box } = this._e();
      const other = typeof anotherRange === 'string' ? { sheet, box: parseRef(anotherRange) } : anotherRange._e();
      if (other.sheet !== sheet) throw new FakeOfficeError('InvalidArgument', 'The ranges are on different worksheets.');
      const row = Math.max(box.row, other.box.row);
      const col = Math.max(box.col, other.box.col);
      const rows = Math.min(box.row + box.rows, other.box.row + other.box.rows) - row;
      const cols = Math.min(box.col + box.cols, other.box.col + other.box.cols) - col;
      return rows > 0 && cols > 0 ? { sheet, box: { row, col, rows, cols } } : null;
    }, this._newWorksheet))._created(this._id, 'getIntersectionOrNullObject', [typeof anotherRange === 'string' ? anotherRange : { range: anotherRange._id }], true);
  }

  /**
   * The merged areas touching this range, whole; a null object when there are none. Like Excel
   * ("if the merged areas count in this range is more than 512, then this method will fail to
   * return the result"), more than MAX_MERGED_AREAS fail the sync: an error, not a null object.
   * Excel's documentation names no error code; the fake gives InvalidOperation.
   */
  getMergedAreasOrNullObject(): RangeAreas {
    return make(new RangeAreas(this._holder, () => {
      this._engine.requireApi('1.13', 'Range.getMergedAreasOrNullObject');
      const { sheet, box } = this._e();
      const areas = sheet.merges.filter((m) => boxesIntersect(m, box));
      if (areas.length > MAX_MERGED_AREAS) {
        throw new FakeOfficeError(
          'InvalidOperation',
          `Range.getMergedAreasOrNullObject: ${areas.length} merged areas in ${fullAddress(sheet.name, box)}; Excel returns at most ${MAX_MERGED_AREAS}.`,
        );
      }
      return areas.length ? { sheet, boxes: areas } : null;
    }))._created(this._id, 'getMergedAreasOrNullObject', [], true);
  }
}

export class RangeAreas extends FakeObject<RangeAreasEntity> {
  private _formatObj: RangeFormat | undefined;

  constructor(
    holder: ContextHolder,
    private readonly _resolver: () => RangeAreasEntity | null,
  ) {
    super(holder, 'RangeAreas');
  }

  _scalars(): readonly string[] {
    return ['address', 'areaCount'];
  }

  _resolve(): RangeAreasEntity | null {
    return this._resolver();
  }

  _read(name: string, e: RangeAreasEntity): unknown {
    if (name === 'areaCount') return e.boxes.length;
    return e.boxes.map((b) => fullAddress(e.sheet.name, b)).join(',');
  }

  get address(): string {
    return this._get('address');
  }
  get areaCount(): number {
    return this._get('areaCount');
  }

  override _alive(e: RangeAreasEntity): boolean {
    return !e.sheet.deleted;
  }

  /** Formats every area as if it were formatted on its own. */
  get format(): RangeFormat {
    if (!this._formatObj) {
      this._formatObj = make(new RangeFormat(this._holder, () => {
        const { sheet, boxes } = this._e();
        return boxes.map((box) => ({ sheet, box }));
      }))._created(this._id, 'format', [], false);
    }
    return this._formatObj;
  }
}
