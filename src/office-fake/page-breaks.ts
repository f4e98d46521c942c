/**
 * Fake Excel.PageBreakCollection and Excel.PageBreak (ExcelApi 1.9), the horizontal ones: manual
 * breaks recorded in the sheet model as the 0-based rows they come before. As in Excel, clearing
 * a range leaves them; removePageBreaks() resets them all.
 */
import { parseRef } from './address';
import { FakeObject, make, type ContextHolder } from './client-object';
import type { RangeArgument } from './entities';
import { FakeOfficeError } from './errors';
import type { SheetModel } from './model';
import { SheetPart } from './sheet-part';

export class PageBreakCollection extends SheetPart {
  constructor(holder: ContextHolder, resolver: () => SheetModel) {
    super(holder, 'PageBreakCollection', resolver);
  }
  _scalars(): readonly string[] {
    return [];
  }
  _read(): unknown {
    return undefined;
  }

  /** Adds a break before the top-left cell of the range (a Range of this sheet, or an address such as "A17"). */
  add(pageBreakRange: RangeArgument | string): PageBreak {
    const arg = typeof pageBreakRange === 'string' ? pageBreakRange : { range: pageBreakRange._id };
    const pageBreak = make(new PageBreak(this._holder, () => {
      const sheet = this._e();
      let row: number;
      if (typeof pageBreakRange === 'string') {
        row = parseRef(pageBreakRange).row;
      } else {
        const e = pageBreakRange._e();
        if (e.sheet !== sheet) throw new FakeOfficeError('InvalidArgument', 'A page break range must be on the collection\'s sheet.');
        row = e.box.row;
      }
      if (row < 1) throw new FakeOfficeError('InvalidArgument', 'A horizontal page break cannot go before the first row.');
      if (!sheet.pageBreaks.includes(row)) {
        sheet.pageBreaks.push(row);
        sheet.pageBreaks.sort((a, b) => a - b);
      }
      return { sheet, row };
    }));
    return pageBreak._created(this._id, 'add', [arg], false);
  }

  /** Resets every manual page break of the sheet. */
  removePageBreaks(): void {
    this._call('removePageBreaks', [], (sheet) => {
      sheet.pageBreaks = [];
    });
  }
}

interface PageBreakEntity {
  sheet: SheetModel;
  row: number;
}

export class PageBreak extends FakeObject<PageBreakEntity> {
  constructor(
    holder: ContextHolder,
    private readonly _resolver: () => PageBreakEntity,
  ) {
    super(holder, 'PageBreak');
  }
  _scalars(): readonly string[] {
    return ['rowIndex', 'columnIndex'];
  }
  _read(name: string, e: PageBreakEntity): unknown {
    return name === 'rowIndex' ? e.row : 0;
  }
  _resolve(): PageBreakEntity {
    return this._resolver();
  }
  override _alive(e: PageBreakEntity): boolean {
    return !e.sheet.deleted;
  }
  get rowIndex(): number {
    return this._get('rowIndex');
  }
  get columnIndex(): number {
    return this._get('columnIndex');
  }
}
