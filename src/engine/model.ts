/**
 * The one model every layout is read into (issue 12): ranking groups, each a grid in the standard
 * arrangement (criteria as rows, units as columns) that the engine scores as it scores a sheet,
 * with a map from its cells back to the cells of the workbook they came from. A reader per layout
 * (src/readers) produces it; validation, computation, ranks, grades and the appendix run on it.
 * Types only.
 */
import type { SheetGrid } from './grid';

/** A cell of the workbook, 0-based sheet coordinates. */
export interface CellSource {
  sheet: string;
  row: number;
  col: number;
}

export interface ModelGroup {
  /**
   * The ranking group's name (its sheet's name); null when the workbook has one group of forms
   * (one sheet per unit) with no name.
   */
  name: string | null;
  /** The sheets this group was read from, in workbook order. */
  sheets: string[];
  /** The standard arrangement: header row STT | name | Điểm tối đa | units …, criteria as rows. */
  grid: SheetGrid;
  /**
   * Where a cell of `grid` (0-based sheet row and column of the grid) came from. Undefined when
   * the grid's cells are those of sheets[0] at the same addresses (the standard layout, read
   * as it is, perhaps with its text converted from an old encoding).
   */
  sourceOf?: (row: number, col: number) => CellSource;
}

export type LayoutKind = 'criteria-as-rows' | 'units-as-rows' | 'sheet-per-unit';

/** What a reader found, for people: "đơn vị theo hàng, dòng tiêu đề 4, dòng điểm tối đa 6, 14 đơn vị, 8 lĩnh vực". */
export interface LayoutReport {
  kind: LayoutKind;
  sheets: string[];
  /** 0-based sheet row of the header (the STT/TT cell), in the (first) source sheet. */
  headerRow: number;
  /** Rows the header takes (2 with a second header row); absent for one. */
  headerRows?: number;
  /** Units as rows: 0-based sheet row of the maxima, when they are on a row of their own. */
  maxRow?: number;
  /** Units read (a unit with no score at all included). */
  units: number;
  /** Ranked components (group rows A/B, bonus and deduction not counted). */
  components: number;
  /** The old Vietnamese encoding the text was converted from, when it was. */
  encoding?: 'tcvn3' | 'vni';
}

/** A sheet that holds a scoring layout but was not read as a group, and why. */
export interface LeftOutSheet {
  sheet: string;
  /** 'same-units': it has the units of an earlier group (another year, a copy): the first is scored. */
  reason: 'same-units';
  /** The first sheet of the group it repeats. */
  sameAs: string;
}

export interface ScoringModel {
  groups: ModelGroup[];
  /** One per group, in the same order. */
  layouts: LayoutReport[];
  /** Scoring sheets not read as groups; absent when none. */
  leftOut?: LeftOutSheet[];
}
