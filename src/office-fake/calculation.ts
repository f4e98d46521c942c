/**
 * The workbook's calculation mode (Excel.Application.calculationMode: readable from ExcelApi 1.1,
 * settable from 1.8) and what manual mode means for the values a read gets back.
 *
 * The fake does not evaluate formulas (cells.ts): a formula cell keeps the value it was seeded
 * with, in every mode. What it does model is the one thing a reader must know: in Manual mode, a
 * value or formula written, or a cell cleared, leaves the cached values of the formulas that
 * depend on it stale until `application.calculate(...)`; `stale` records that Excel would now
 * show stale values, and `calculate` (counted) makes them current again. In Automatic (and
 * AutomaticExceptTables, for our sheets without data tables) Excel recalculates after each change,
 * so nothing is ever stale.
 */
import type { CalculationMode, CalculationModel, WorkbookModel } from './model';

export type { CalculationMode, CalculationModel } from './model';
export const CALCULATION_MODES: readonly CalculationMode[] = ['Automatic', 'AutomaticExceptTables', 'Manual'];
export const CALCULATION_TYPES = ['Recalculate', 'Full', 'FullRebuild'] as const;

/** The workbook's calculation state (Automatic until a test or a batch sets it). */
export function calculationOf(model: WorkbookModel): CalculationModel {
  model.calculation ??= { mode: 'Automatic', stale: false, calculations: [] };
  return model.calculation;
}

/** Cells changed: in Manual mode, dependent formulas are not recalculated. */
export function cellsChanged(model: WorkbookModel): void {
  const calc = calculationOf(model);
  if (calc.mode === 'Manual') calc.stale = true;
}

/** Application.calculate: every formula is current again. */
export function calculated(model: WorkbookModel, type: string): void {
  const calc = calculationOf(model);
  calc.stale = false;
  calc.calculations.push(type);
}

/**
 * Switching the mode: back to Automatic (or AutomaticExceptTables), Excel recalculates what is
 * stale at once, as it does when the user switches in Formulas > Calculation Options.
 */
export function setCalculationMode(model: WorkbookModel, mode: CalculationMode): void {
  const calc = calculationOf(model);
  calc.mode = mode;
  if (mode !== 'Manual') calc.stale = false;
}
