/**
 * Fake Excel.RangeFormat, RangeFont and RangeFill (borders: range-border.ts), over one
 * range or over the areas of a RangeAreas (each area formatted as if on its own). Every write
 * becomes a style layer on the sheet (see model.ts); reads fold the layers and return null where
 * the cells are not uniform, as Excel does.
 */
import { make, type ContextHolder } from './client-object';
import { FakeOfficeError } from './errors';
import { addLayers, FormatPart, oneOf, colour, positive, uniform, type FormatTarget } from './format-part';
import { RangeBorderCollection } from './range-border';

const H_ALIGN = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
const V_ALIGN = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];

export class RangeFormat extends FormatPart {
  private _font?: RangeFont;
  private _fill?: RangeFill;
  private _borders?: RangeBorderCollection;

  constructor(holder: ContextHolder, parent: () => FormatTarget) {
    super(holder, 'RangeFormat', parent);
  }

  _scalars(): readonly string[] {
    return ['columnWidth', 'rowHeight', 'horizontalAlignment', 'verticalAlignment', 'wrapText'];
  }

  _read(name: string, list: FormatTarget): unknown {
    const { sheet, box } = list[0];
    if (name === 'columnWidth' || name === 'rowHeight') {
      const map = name === 'columnWidth' ? sheet.columnWidths : sheet.rowHeights;
      const start = name === 'columnWidth' ? box.col : box.row;
      const count = Math.min(name === 'columnWidth' ? box.cols : box.rows, 1000);
      const standard = name === 'columnWidth' ? 48 : 15;
      const first = map.get(start) ?? standard;
      for (let i = 1; i < count; i++) if ((map.get(start + i) ?? standard) !== first) return null;
      return first;
    }
    if (name === 'horizontalAlignment') return uniform(list, 'hAlign', 'General');
    if (name === 'verticalAlignment') return uniform(list, 'vAlign', 'Bottom');
    return uniform(list, 'wrap', false);
  }

  override _loadNavigation(head: string, rest: string): void {
    if (head === 'font') this.font.load(rest);
    else if (head === 'fill') this.fill.load(rest);
    else super._loadNavigation(head, rest);
  }

  get font(): RangeFont {
    this._font ??= make(new RangeFont(this._holder, () => this._e()))._created(this._id, 'font', [], false);
    return this._font;
  }
  get fill(): RangeFill {
    this._fill ??= make(new RangeFill(this._holder, () => this._e()))._created(this._id, 'fill', [], false);
    return this._fill;
  }
  get borders(): RangeBorderCollection {
    this._borders ??= make(new RangeBorderCollection(this._holder, () => this._e()))._created(this._id, 'borders', [], false);
    return this._borders;
  }

  get columnWidth(): number {
    return this._get('columnWidth');
  }
  set columnWidth(v: number) {
    this._set('columnWidth', v, (list) => {
      const w = positive(v, 'columnWidth', 255 * 7.5);
      for (const { sheet, box } of list) for (let c = box.col; c < box.col + box.cols; c++) sheet.columnWidths.set(c, w);
    });
  }
  get rowHeight(): number {
    return this._get('rowHeight');
  }
  set rowHeight(v: number) {
    this._set('rowHeight', v, (list) => {
      const h = positive(v, 'rowHeight', 409);
      for (const { sheet, box } of list) for (let r = box.row; r < box.row + box.rows; r++) sheet.rowHeights.set(r, h);
    });
  }
  get horizontalAlignment(): string {
    return this._get('horizontalAlignment');
  }
  set horizontalAlignment(v: string) {
    this._set('horizontalAlignment', v, (list) => addLayers(list, { hAlign: oneOf(v, H_ALIGN, 'horizontalAlignment') }));
  }
  get verticalAlignment(): string {
    return this._get('verticalAlignment');
  }
  set verticalAlignment(v: string) {
    this._set('verticalAlignment', v, (list) => addLayers(list, { vAlign: oneOf(v, V_ALIGN, 'verticalAlignment') }));
  }
  get wrapText(): boolean {
    return this._get('wrapText');
  }
  set wrapText(v: boolean) {
    this._set('wrapText', v, (list) => addLayers(list, { wrap: v === true }));
  }
  /** Write-only in practice: true resets the columns to the standard width. */
  set useStandardWidth(v: boolean) {
    this._set('useStandardWidth', v, (list) => {
      this._engine.requireApi('1.7', 'RangeFormat.useStandardWidth');
      for (const { sheet, box } of list) {
        if (v) for (const c of Array.from(sheet.columnWidths.keys())) if (c >= box.col && c < box.col + box.cols) sheet.columnWidths.delete(c);
      }
    });
  }
  get useStandardWidth(): boolean {
    return this._get('useStandardWidth');
  }
  set useStandardHeight(v: boolean) {
    this._set('useStandardHeight', v, (list) => {
      this._engine.requireApi('1.7', 'RangeFormat.useStandardHeight');
      for (const { sheet, box } of list) {
        if (v) for (const r of Array.from(sheet.rowHeights.keys())) if (r >= box.row && r < box.row + box.rows) sheet.rowHeights.delete(r);
      }
    });
  }
  get useStandardHeight(): boolean {
    return this._get('useStandardHeight');
  }

  autofitColumns(): void {
    this._call('autofitColumns', [], (list) => {
      for (const { sheet, box } of list)
      for (let c = box.col; c < box.col + Math.min(box.cols, 1000); c++) {
        let longest = 0;
        for (let r = box.row; r < Math.min(box.row + box.rows, sheet.values.rows.length); r++) {
          const v = sheet.values.get(r, c);
          if (v !== undefined) longest = Math.max(longest, String(v).length);
        }
        sheet.columnWidths.set(c, Math.max(longest, 8.43) * 7 * 0.75 + 3.75);
      }
    });
  }
}

export class RangeFont extends FormatPart {
  constructor(holder: ContextHolder, parent: () => FormatTarget) {
    super(holder, 'RangeFont', parent);
  }
  _scalars(): readonly string[] {
    return ['name', 'size', 'bold', 'italic', 'color'];
  }
  _read(name: string, list: FormatTarget): unknown {
    if (name === 'name') return uniform(list, 'fontName', 'Calibri');
    if (name === 'size') return uniform(list, 'fontSize', 11);
    if (name === 'bold') return uniform(list, 'bold', false);
    if (name === 'italic') return uniform(list, 'italic', false);
    return uniform(list, 'fontColor', '#000000');
  }
  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._set('name', v, (list) => {
      if (typeof v !== 'string' || v === '') throw new FakeOfficeError('InvalidArgument', 'A font name must be a non-empty string.');
      addLayers(list, { fontName: v });
    });
  }
  get size(): number {
    return this._get('size');
  }
  set size(v: number) {
    this._set('size', v, (list) => addLayers(list, { fontSize: positive(v, 'font size', 409) }));
  }
  get bold(): boolean {
    return this._get('bold');
  }
  set bold(v: boolean) {
    this._set('bold', v, (list) => addLayers(list, { bold: v === true }));
  }
  get italic(): boolean {
    return this._get('italic');
  }
  set italic(v: boolean) {
    this._set('italic', v, (list) => addLayers(list, { italic: v === true }));
  }
  get color(): string {
    return this._get('color');
  }
  set color(v: string) {
    this._set('color', v, (list) => addLayers(list, { fontColor: colour(v) }));
  }
}

export class RangeFill extends FormatPart {
  constructor(holder: ContextHolder, parent: () => FormatTarget) {
    super(holder, 'RangeFill', parent);
  }
  _scalars(): readonly string[] {
    return ['color'];
  }
  _read(name: string, list: FormatTarget): unknown {
    void name;
    return uniform(list, 'fill', '');
  }
  get color(): string {
    return this._get('color');
  }
  set color(v: string) {
    this._set('color', v, (list) => addLayers(list, { fill: colour(v) }));
  }
  clear(): void {
    this._call('clear', [], (list) => addLayers(list, { fill: '' }));
  }
}
