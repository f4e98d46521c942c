/**
 * Fake Excel.PageLayout (ExcelApi 1.9) with its header/footer group, as far as printing needs.
 * A host may refuse a print setting (Excel on the web or on the Mac, a printer driver without the
 * paper): `refusePageLayout` makes the sync that sets it fail, with an Excel error code.
 */
import { parseRef } from './address';
import { make, type ContextHolder } from './client-object';
import type { RangeArgument } from './entities';
import { FakeOfficeError, type FakeErrorCode } from './errors';
import { MAX_COLS, type SheetModel, type WorkbookModel } from './model';
import { SheetPart } from './sheet-part';

/** The page-layout members a test can make the host refuse. */
export type PageLayoutSetting = 'orientation' | 'paperSize' | 'zoom' | 'setPrintTitleRows' | 'setPrintMargins' | 'centerFooter' | 'centerHeader';

/**
 * Where a workbook's refusals are kept: a property of the model under a registry symbol, so that a
 * test can switch one on through `fake.model` until the room's index hands out `refusePageLayout`.
 */
export const REFUSED_PAGE_LAYOUT: unique symbol = Symbol.for('office-fake.refusedPageLayout');

type Refusals = Map<string, FakeErrorCode>;

function refusalsOf(model: WorkbookModel): Refusals | undefined {
  return (model as WorkbookModel & { [REFUSED_PAGE_LAYOUT]?: Refusals })[REFUSED_PAGE_LAYOUT];
}

/** From now on, every sync that sets `setting` on any sheet of `model` fails with `code`. */
export function refusePageLayout(model: WorkbookModel, setting: PageLayoutSetting, code: FakeErrorCode = 'InvalidArgument'): void {
  const host = model as WorkbookModel & { [REFUSED_PAGE_LAYOUT]?: Refusals };
  (host[REFUSED_PAGE_LAYOUT] ??= new Map()).set(setting, code);
}

/** Throws (inside the sync that applies it) when the host refuses this page-layout member. */
function checkRefused(holder: ContextHolder, setting: PageLayoutSetting): void {
  const code = refusalsOf(holder._engine.model)?.get(setting);
  if (code) throw new FakeOfficeError(code, `This host does not support setting PageLayout ${setting}.`);
}

const ORIENTATIONS = ['Portrait', 'Landscape'];
const PAPER = ['A3', 'A4', 'A5', 'Letter', 'Legal'];
const MARGIN_UNITS = ['Points', 'Inches', 'Centimeters'];

export class PageLayout extends SheetPart {
  private _hf?: HeaderFooterGroup;

  constructor(holder: ContextHolder, resolver: () => SheetModel) {
    super(holder, 'PageLayout', resolver);
  }

  _scalars(): readonly string[] {
    return ['orientation', 'paperSize', 'zoom'];
  }

  _read(name: string, s: SheetModel): unknown {
    if (name === 'orientation') return s.pageLayout.orientation ?? 'Portrait';
    if (name === 'paperSize') return s.pageLayout.paperSize ?? 'Letter';
    return { ...(s.pageLayout.zoom ?? { scale: 100 }) };
  }

  get orientation(): string {
    return this._get('orientation');
  }
  set orientation(v: string) {
    this._set('orientation', v, (s) => {
      checkRefused(this._holder, 'orientation');
      if (!ORIENTATIONS.includes(v)) throw new FakeOfficeError('InvalidArgument', `Unknown orientation ${JSON.stringify(v)}.`);
      s.pageLayout.orientation = v;
    });
  }
  get paperSize(): string {
    return this._get('paperSize');
  }
  set paperSize(v: string) {
    this._set('paperSize', v, (s) => {
      checkRefused(this._holder, 'paperSize');
      if (!PAPER.includes(v)) throw new FakeOfficeError('InvalidArgument', `Unknown paper size ${JSON.stringify(v)}.`);
      s.pageLayout.paperSize = v;
    });
  }
  get zoom(): { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number } {
    return this._get('zoom');
  }
  set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this._set('zoom', v, (s) => {
      checkRefused(this._holder, 'zoom');
      const keys = Object.keys(v);
      if (keys.some((k) => !['horizontalFitToPages', 'verticalFitToPages', 'scale'].includes(k))) {
        throw new FakeOfficeError('InvalidArgument', `Unknown zoom option in ${JSON.stringify(v)}.`);
      }
      if (v.scale !== undefined && (v.horizontalFitToPages !== undefined || v.verticalFitToPages !== undefined)) {
        throw new FakeOfficeError('InvalidArgument', 'zoom takes either a scale or fit-to-pages, not both.');
      }
      s.pageLayout.zoom = { ...v };
    });
  }

  get headersFooters(): HeaderFooterGroup {
    this._hf ??= make(new HeaderFooterGroup(this._holder, () => this._e()))._created(this._id, 'headersFooters', [], false);
    return this._hf;
  }

  setPrintTitleRows(printTitleRows: RangeArgument | string): void {
    const arg = typeof printTitleRows === 'string' ? printTitleRows : { range: printTitleRows._id };
    this._call('setPrintTitleRows', [arg], (s) => {
      checkRefused(this._holder, 'setPrintTitleRows');
      const box = typeof printTitleRows === 'string' ? parseRef(printTitleRows) : printTitleRows._e().box;
      if (box.col !== 0 || box.cols !== MAX_COLS) {
        throw new FakeOfficeError('InvalidArgument', 'Print title rows must be whole rows, e.g. "$1:$3".');
      }
      s.pageLayout.printTitleRows = `${box.row + 1}:${box.row + box.rows}`;
    });
  }

  setPrintMargins(unit: string, options: { top?: number; bottom?: number; left?: number; right?: number }): void {
    this._call('setPrintMargins', [unit, options], (s) => {
      checkRefused(this._holder, 'setPrintMargins');
      if (!MARGIN_UNITS.includes(unit)) throw new FakeOfficeError('InvalidArgument', `Unknown margin unit ${JSON.stringify(unit)}.`);
      for (const [k, n] of Object.entries(options)) {
        if (!['top', 'bottom', 'left', 'right', 'header', 'footer'].includes(k) || typeof n !== 'number' || n < 0) {
          throw new FakeOfficeError('InvalidArgument', `Bad margin ${k}=${JSON.stringify(n)}.`);
        }
      }
      s.pageLayout.margins = { unit, ...options };
    });
  }
}

export class HeaderFooterGroup extends SheetPart {
  private _default?: HeaderFooter;
  constructor(holder: ContextHolder, resolver: () => SheetModel) {
    super(holder, 'HeaderFooterGroup', resolver);
  }
  _scalars(): readonly string[] {
    return [];
  }
  _read(): unknown {
    return undefined;
  }
  get defaultForAllPages(): HeaderFooter {
    this._default ??= make(new HeaderFooter(this._holder, () => this._e()))._created(this._id, 'defaultForAllPages', [], false);
    return this._default;
  }
}

export class HeaderFooter extends SheetPart {
  constructor(holder: ContextHolder, resolver: () => SheetModel) {
    super(holder, 'HeaderFooter', resolver);
  }
  _scalars(): readonly string[] {
    return ['centerFooter', 'centerHeader'];
  }
  _read(name: string, s: SheetModel): unknown {
    return (name === 'centerFooter' ? s.pageLayout.centerFooter : s.pageLayout.centerHeader) ?? '';
  }
  get centerFooter(): string {
    return this._get('centerFooter');
  }
  set centerFooter(v: string) {
    this._set('centerFooter', v, (s) => {
      checkRefused(this._holder, 'centerFooter');
      s.pageLayout.centerFooter = String(v);
    });
  }
  get centerHeader(): string {
    return this._get('centerHeader');
  }
  set centerHeader(v: string) {
    this._set('centerHeader', v, (s) => {
      checkRefused(this._holder, 'centerHeader');
      s.pageLayout.centerHeader = String(v);
    });
  }
}
