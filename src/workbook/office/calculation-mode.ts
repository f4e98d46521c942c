/**
 * Excel's calculation mode, read with every sheet (issue 14, item 7). In Manual mode
 * (Formulas > Calculation Options > Manual) the values a read gets for formula cells are those
 * last calculated: a score changed since leaves its sums stale, and the engine would report a
 * sum that does not match when the sheet is right. The mode is loaded with the first sync of each
 * read (`Application.calculationMode`, readable from ExcelApi 1.1: every host the add-in runs on),
 * so knowing it costs no sync; the shells warn the user when it is manual.
 */
import type { CalculationMode } from '../port';

/** Queues the load of the calculation mode; call the returned function after the sync. */
export function queueCalculationMode(context: Excel.RequestContext): () => CalculationMode {
  const app = context.workbook.application.load('calculationMode');
  return () => calculationModeOf(app.calculationMode);
}

/** Excel.CalculationMode as the port says it: AutomaticExceptTables is automatic for our sheets (no data tables). */
export function calculationModeOf(mode: string): CalculationMode {
  if (mode === 'Manual') return 'manual';
  if (mode === 'Automatic' || mode === 'AutomaticExceptTables') return 'automatic';
  return 'unknown';
}
