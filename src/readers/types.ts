/** What the readers take and give: sheets in, the model (or the one finding saying nothing fits) out. */
import type { Finding } from '../engine/findings';
import type { SheetGrid } from '../engine/grid';
import type { LayoutKind, ScoringModel } from '../engine/model';

/** A sheet of the workbook, in tab order; our own result sheets left out by the caller. */
export interface SheetInput {
  name: string;
  grid: SheetGrid;
}

/**
 * The layout as the user states it, instead of editing the sheet (the pane's form, the command
 * line's flags). Rows and columns are 0-based sheet coordinates. What is not stated is detected.
 */
export interface StatedLayout {
  kind: LayoutKind;
  /** The sheets to read, by name; default every sheet given. */
  sheets?: string[];
  /** The header row: the row of STT (criteria as rows, each form), or of the unit-name column (units as rows). */
  headerRow?: number;
  /** The column of the codes (STT). */
  codeColumn?: number;
  /** Units as rows: the row of the maxima. */
  maxRow?: number;
  /** Criteria as rows and one sheet per unit: the column of the maxima. */
  maxColumn?: number;
  /** Criteria as rows: the columns that are units (each unit's header column); the others right of the max column are not read. */
  unitColumns?: number[];
  /** Units as rows: the column of the unit names. */
  unitNameColumn?: number;
  /** Units as rows: the columns of the components. */
  componentColumns?: number[];
  /** Where a unit has a self-assessment and an appraised score: which one is ranked (default appraised). */
  rankedScore?: 'appraised' | 'self';
}

export type ReadOutcome =
  | { ok: true; model: ScoringModel }
  | { ok: false; findings: Finding[] };
