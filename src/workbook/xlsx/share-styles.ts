/**
 * Sharing style objects between cells before saving. ExcelJS gives every cell it loads without
 * a style attribute its own empty `{}` style, and when saving it works out each distinct style
 * object's xf entry (rendering its font and border XML to de-duplicate them); only repeated
 * objects are recognised, through a WeakMap. At 10,000 units × 260 rows that was 2.6 million
 * objects and most of the time spent saving. Cells whose style renders the same get one object.
 *
 * What a cell's style renders as also depends on its type: an empty style gives a Date cell
 * the "mm-dd-yy" number format, and every other cell ExcelJS's default xf (General). So only
 * non-date cells get the shared empty style; merged cells are left as they are (they share their
 * master cell's object already, and ExcelJS renders them by their own type).
 *
 * The shared objects are frozen: a later change to one cell's style (`cell.font = ...`) fails
 * loudly instead of changing every cell that shares it.
 */
import type { Cell, Style, Workbook } from 'exceljs';
import { ValueType } from 'exceljs';

/** The one empty style of the non-date cells that have none. */
const EMPTY_STYLE: Partial<Style> = Object.freeze({});

function isEmptyStyle(style: Partial<Style> | undefined): boolean {
  if (style === undefined || style === EMPTY_STYLE) return false;
  for (const key in style) if (Object.prototype.hasOwnProperty.call(style, key)) return false;
  return true;
}

/** Whether ExcelJS renders the cell's empty style as its default xf (anything but a date). */
function rendersEmptyAsDefault(cell: Cell): boolean {
  if (cell.type === ValueType.Merge) return false;
  return cell.effectiveType !== ValueType.Date;
}

/**
 * Gives every non-empty, non-date, unmerged cell of the workbook that has an empty style one
 * shared empty style object. Cells with a style keep theirs untouched. Returns how many cells
 * were changed.
 */
export function shareEmptyStyles(workbook: Workbook): number {
  let changed = 0;
  for (const ws of workbook.worksheets) {
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        if (isEmptyStyle(cell.style) && rendersEmptyAsDefault(cell)) {
          cell.style = EMPTY_STYLE;
          changed++;
        }
      });
    });
  }
  return changed;
}

/**
 * One frozen ExcelJS style object per distinct key, made by `make` from the source given with
 * the key the first time it is asked for (result sheets: one object per merged plan style).
 */
export class StyleCache<S> {
  private readonly byKey = new Map<string, Partial<Style>>();

  constructor(private readonly make: (source: S) => Partial<Style>) {}

  get(key: string, source: S): Partial<Style> {
    let style = this.byKey.get(key);
    if (style === undefined) {
      style = Object.freeze(this.make(source));
      this.byKey.set(key, style);
    }
    return style;
  }

  get size(): number {
    return this.byKey.size;
  }
}
