/**
 * What of an .xls or .ods file the new .xlsx written beside it does not have, as keys the shells
 * word ("formulas" -> "công thức (chỉ giữ giá trị)"). The new package holds every sheet's values,
 * merged cells, hidden rows, columns and sheets, and the active sheet; nothing else.
 */
export type LostFeature =
  /** Formula cells: their last values are kept, not the formulas. */
  | 'formulas'
  /** Number formats, fonts, colours, borders, alignment, column widths and row heights. */
  | 'formats'
  | 'charts'
  | 'images'
  /** Drawn shapes, text boxes, lines. */
  | 'shapes'
  /** Buttons, check boxes, drop-downs and other form controls. */
  | 'controls'
  /** Cell comments (notes). */
  | 'comments'
  | 'conditional-formats'
  | 'data-validation'
  /** Defined names (named ranges) made by the user. */
  | 'names'
  | 'hyperlinks'
  | 'pivot-tables'
  /** Autofilters. */
  | 'filters'
  /** Sheet or workbook protection. */
  | 'protection'
  /** VBA projects, Excel 4 macro sheets, LibreOffice Basic. */
  | 'macros';

/** The order in which the keys are listed. */
export const LOST_FEATURES: readonly LostFeature[] = [
  'formulas', 'formats', 'charts', 'images', 'shapes', 'controls', 'comments', 'conditional-formats',
  'data-validation', 'names', 'hyperlinks', 'pivot-tables', 'filters', 'protection', 'macros',
];

/** The keys found, each once, in the order of LOST_FEATURES. */
export function inOrder(found: Iterable<LostFeature>): LostFeature[] {
  const set = new Set(found);
  return LOST_FEATURES.filter((f) => set.has(f));
}
