/**
 * The formula cells a grid holds without their value (issue 13: a file written by a program that
 * keeps formulas but does not calculate them): those the reader lists (`grid.uncached`, with their
 * text), or, when it lists none, the cells flagged as formulas that read empty (their text
 * unknown). Each one the engine asks about is calculated once (formula-eval.ts), a formula it
 * refers to that has no value either calculated in turn, a loop stopped.
 */
import { evaluateFormula, type CellInput, type FormulaOutcome, type FormulaSheet } from './formula-eval';
import type { GridReader } from './sheet';

/** Grid cells as one number: row × KEY + column (a sheet has at most 16,384 columns). */
const KEY = 0x10000;

/** How deep formulas may refer to formulas without values before the engine gives up. */
const MAX_DEPTH = 256;

const key = (r: number, c: number): number => r * KEY + c;

export class FormulaCells {
  /** True when the reader lists the grid's uncached formulas; false when they are told by the formula flags. */
  readonly listed: boolean;
  /** Formula text by cell key, when listed. */
  private readonly texts?: Map<number, string>;
  private readonly outcomes = new Map<number, FormulaOutcome>();
  private readonly evaluating = new Set<number>();
  private readonly sheet: FormulaSheet;

  constructor(private readonly g: GridReader) {
    const list = g.grid.uncached;
    this.listed = list !== undefined;
    if (list) {
      const texts = new Map<number, string>();
      for (const u of list) {
        const r = u.row - g.originRow;
        const c = u.col - g.originCol;
        if (r >= 0 && c >= 0 && c < KEY) texts.set(key(r, c), u.formula);
      }
      this.texts = texts;
    }
    this.sheet = { sheetName: g.grid.sheetName, input: (row, col) => this.input(row - g.originRow, col - g.originCol) };
  }

  /**
   * True when grid cell (r, c) is a formula stored without its value: it reads empty and the
   * reader lists it, or (when the reader lists none) it is flagged as a formula.
   */
  has(r: number, c: number): boolean {
    if (r < 0 || c < 0 || !this.g.isEmpty(r, c)) return false;
    return this.texts ? this.texts.has(key(r, c)) : this.g.isFormula(r, c);
  }

  /** The formula (without "=") of such a cell, when the reader gives it. */
  text(r: number, c: number): string | undefined {
    return this.has(r, c) ? this.texts?.get(key(r, c)) : undefined;
  }

  /** The value of such a cell's formula, calculated the first time it is asked for. */
  evaluate(r: number, c: number): FormulaOutcome {
    const k = key(r, c);
    const known = this.outcomes.get(k);
    if (known) return known;
    const address = this.g.address(r, c);
    const text = this.text(r, c);
    // A formula without a known text (a reader that gives only flags) is an input without a number.
    if (text === undefined) return { ok: false, problem: { reason: 'input', detail: address } };
    if (this.evaluating.has(k)) return { ok: false, problem: { reason: 'cycle', detail: address } };
    if (this.evaluating.size >= MAX_DEPTH) return { ok: false, problem: { reason: 'input', detail: address } };
    this.evaluating.add(k);
    const outcome = evaluateFormula(text, this.sheet);
    this.evaluating.delete(k);
    this.outcomes.set(k, outcome);
    return outcome;
  }

  /** What grid cell (r, c) gives a formula that refers to it. */
  private input(r: number, c: number): CellInput {
    const { g } = this;
    if (r < 0 || c < 0) return { kind: 'empty' };
    const v = g.value(r, c);
    if (typeof v === 'number') return Number.isFinite(v) ? { kind: 'number', value: v } : { kind: 'text' };
    if (g.isError(r, c)) return { kind: 'problem', problem: { reason: 'input', detail: g.address(r, c) } };
    if (!g.isEmpty(r, c)) return { kind: 'text' };
    if (!this.has(r, c)) return { kind: 'empty' };
    const outcome = this.evaluate(r, c);
    if (outcome.ok) return { kind: 'number', value: outcome.value };
    // A loop is named where it closes; any other failure as the input that has no value.
    const problem = outcome.problem.reason === 'cycle' ? outcome.problem : { reason: 'input' as const, detail: g.address(r, c) };
    return { kind: 'problem', problem };
  }
}
