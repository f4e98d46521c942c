/**
 * Fake Excel.RangeFormat, RangeFont, RangeFill, RangeBorderCollection and RangeBorder, over one
 * range or over the areas of a RangeAreas (each area formatted as if on its own). Every write
 * becomes a style layer on the sheet (see model.ts); reads fold the layers and return null where
 * the cells are not uniform, as Excel does.
 */
import type { CellBox } from '../../engine/grid';
import { FakeObject, make, type ContextHolder } from './client-object';
import { FakeOfficeError } from './errors';
import { type StyleProps } from './model';
import type { RangeEntity } from './range';
import { styleAt } from './styles';

const H_ALIGN = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
const V_ALIGN = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];
const BORDER_STYLES = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'];
const BORDER_WEIGHTS = ['Hairline', 'Thin', 'Medium', 'Thick'];
const BORDER_INDEXES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'];

function oneOf(value: unknown, allowed: string[], what: string): string {
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw new FakeOfficeError('InvalidArgument', `${what} must be one of ${allowed.join(', ')}; got ${JSON.stringify(value)}.`);
  }
  return value;
}

function colour(value: unknown): string {
  if (typeof value !== 'string' || !/^#[0-9A-Fa-f]{6}$/.test(value)) {
    throw new FakeOfficeError('InvalidArgument', `A colour must be "#RRGGBB"; got ${JSON.stringify(value)}.`);
  }
  return value.toUpperCase();
}

function positive(value: unknown, what: string, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > max) {
    throw new FakeOfficeError('InvalidArgument', `${what} must be a number from 0 to ${max}; got ${JSON.stringify(value)}.`);
  }
  return value;
}

/** The value every cell of the box shares for `key`, or null when they differ. */
function uniform<K extends keyof StyleProps>(list: RangeEntity[], key: K, fallback: StyleProps[K]): StyleProps[K] | null {
  let first: StyleProps[K] | undefined;
  let seen = false;
  for (const e of list) {
    for (let r = 0; r < e.box.rows; r++) {
      for (let c = 0; c < e.box.cols; c++) {
        const v = styleAt(e.sheet, e.box.row + r, e.box.col + c)[key] ?? fallback;
        if (!seen) {
          first = v;
          seen = true;
        } else if (v !== first) return null;
      }
    }
  }
  return first ?? fallback;
}

function addLayer(e: RangeEntity, props: StyleProps, box: CellBox = e.box): void {
  e.sheet.styles.push({ box, props });
}

/** Adds the same layer to every area. */
function addLayers(list: RangeEntity[], props: StyleProps): void {
  for (const e of list) addLayer(e, props);
}

/** The areas a format part acts on: one for a Range, several for a RangeAreas. */
export type FormatTarget = RangeEntity[];

abstract class FormatPart extends FakeObject<FormatTarget> {
  constructor(
    holder: ContextHolder,
    typeName: string,
    private readonly _parent: () => FormatTarget,
  ) {
    super(holder, typeName);
  }
  _resolve(): FormatTarget {
    return this._parent();
  }
  override _alive(list: FormatTarget): boolean {
    return list.every((e) => !e.sheet.deleted);
  }
}

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

export class RangeBorderCollection extends FormatPart {
  constructor(holder: ContextHolder, parent: () => FormatTarget) {
    super(holder, 'RangeBorderCollection', parent);
  }
  _scalars(): readonly string[] {
    return [];
  }
  _read(): unknown {
    return undefined;
  }
  getItem(index: string): RangeBorder {
    oneOf(index, BORDER_INDEXES, 'border index');
    return make(new RangeBorder(this._holder, () => this._e(), index))._created(this._id, 'getItem', [index], false);
  }
}

export class RangeBorder extends FormatPart {
  constructor(
    holder: ContextHolder,
    parent: () => FormatTarget,
    private readonly _index: string,
  ) {
    super(holder, 'RangeBorder', parent);
  }
  _scalars(): readonly string[] {
    return ['style'];
  }
  _read(name: string, list: FormatTarget): unknown {
    void name;
    const key = ({ EdgeTop: 'borderTop', EdgeBottom: 'borderBottom', EdgeLeft: 'borderLeft', EdgeRight: 'borderRight' } as const)[
      this._index as 'EdgeTop'
    ];
    return key ? uniform(list, key, 'None') : null;
  }
  get style(): string {
    return this._get('style');
  }
  set style(v: string) {
    this._set('style', v, (list) => {
      const s = oneOf(v, BORDER_STYLES, 'border style');
      for (const e of list) this._edge(e, s);
    });
  }
  private _edge(e: RangeEntity, s: string): void {
    {
      const { row, col, rows, cols } = e.box;
      switch (this._index) {
        case 'EdgeTop':
          return addLayer(e, { borderTop: s }, { row, col, rows: 1, cols });
        case 'EdgeBottom':
          return addLayer(e, { borderBottom: s }, { row: row + rows - 1, col, rows: 1, cols });
        case 'EdgeLeft':
          return addLayer(e, { borderLeft: s }, { row, col, rows, cols: 1 });
        case 'EdgeRight':
          return addLayer(e, { borderRight: s }, { row, col: col + cols - 1, rows, cols: 1 });
        case 'InsideHorizontal':
          if (rows < 2) return;
          addLayer(e, { borderBottom: s }, { row, col, rows: rows - 1, cols });
          return addLayer(e, { borderTop: s }, { row: row + 1, col, rows: rows - 1, cols });
        case 'InsideVertical':
          if (cols < 2) return;
          addLayer(e, { borderRight: s }, { row, col, rows, cols: cols - 1 });
          return addLayer(e, { borderLeft: s }, { row, col: col + 1, rows, cols: cols - 1 });
        default:
          return;
      }
    }
  }
  set weight(v: string) {
    this._set('weight', v, () => void oneOf(v, BORDER_WEIGHTS, 'border weight'));
  }
  get weight(): string {
    return this._get('weight');
  }
  set color(v: string) {
    this._set('color', v, () => void colour(v));
  }
  get color(): string {
    return this._get('color');
  }
}
