/**
 * What a range proxy resolves to at sync time (its sheet and cells), and the part of a Range the
 * other proxies use when one is passed to them as an argument. Types only: any file of the fake
 * may import it, so no proxy file needs another's types and no import circle forms (see README.md).
 */
import type { CellBox } from '../engine/grid';
import type { SheetModel } from './model';

/** A Range's host object: one rectangle of one sheet. */
export interface RangeEntity {
  sheet: SheetModel;
  box: CellBox;
}

/** A RangeAreas' host object: several rectangles of one sheet. */
export interface RangeAreasEntity {
  sheet: SheetModel;
  boxes: CellBox[];
}

/**
 * A Range given as an argument (a chart's source, print titles, a page break, freezeAt, a defined
 * name, an intersection): its object id, which the request names, and its cells, resolved at sync.
 */
export interface RangeArgument {
  readonly _id: number;
  _e(): RangeEntity;
}
