/**
 * A tiny evaluator for the formulas a scoring sheet's leaf cells hold when the file stores them
 * without their last value (issue 13): number literals, references to cells of the same sheet
 * (`D7`, `$D$7`, `'Chấm điểm'!D7`), `+` and `-` (unary too), parentheses, `SUM` over references,
 * ranges and expressions, and `ROUND(x, n)`. Anything else is a problem saying what stopped it
 * (a function, an operator, another sheet, an input that is not a number, a loop), never a throw.
 *
 * Arithmetic is exact decimal (formula-decimal.ts): 0.1 + 0.2 is 0.3, ROUND is half away from
 * zero, as Excel's. The result is the nearest double to the exact decimal: what Excel would have
 * cached.
 */
import type { FormulaProblem } from './findings';
import { add, type Decimal, fromNumber, negate, parseDecimal, round, toNumber, ZERO } from './formula-decimal';
import { stop, Stop, type Token, tokenize } from './formula-tokens';
import { a1, parseA1 } from './grid';

export type { FormulaProblem } from './findings';

/** What a referenced cell gives a formula (0-based sheet coordinates). */
export type CellInput =
  | { kind: 'number'; value: number }
  | { kind: 'empty' }
  /** Text or a boolean: SUM skips it, arithmetic refuses it. */
  | { kind: 'text' }
  /** An error value, or a formula without a value that cannot be calculated itself. */
  | { kind: 'problem'; problem: FormulaProblem };

export type FormulaOutcome = { ok: true; value: number } | { ok: false; problem: FormulaProblem };

/** The cells a formula may read: those of sheet `sheetName`. */
export interface FormulaSheet {
  sheetName: string;
  input(row: number, col: number): CellInput;
}

/** Evaluates a formula's text (without its "="; one is tolerated) against the cells of its sheet. */
export function evaluateFormula(text: string, sheet: FormulaSheet): FormulaOutcome {
  try {
    const parser = new Parser(tokenize(text.replace(/^\s*=/, '')), sheet);
    const value = parser.formula();
    return { ok: true, value: toNumber(value) };
  } catch (e) {
    if (e instanceof Stop) return { ok: false, problem: e.problem };
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// Grammar, evaluated as it is read:
//   formula := expr END
//   expr    := unary (('+' | '-') unary)*
//   unary   := ('+' | '-') unary | primary
//   primary := NUMBER | REF | '(' expr ')' | SUM '(' arg (',' arg)* ')' | ROUND '(' expr ',' expr ')'
//   arg     := REF ':' REF | expr            (in SUM only)

/** Largest range SUM reads (cells), so a typing slip such as A1:XFD1048576 cannot stall a run. */
const MAX_RANGE_CELLS = 1_000_000;

class Parser {
  private at = 0;

  constructor(private readonly tokens: Token[], private readonly sheet: FormulaSheet) {}

  formula(): Decimal {
    const value = this.expr();
    if (this.peek().t !== 'end') this.unexpected();
    return value;
  }

  private peek(): Token {
    return this.tokens[this.at];
  }

  private isOp(text: string): boolean {
    const t = this.peek();
    return t.t === 'op' && t.text === text;
  }

  private expect(text: string): void {
    if (!this.isOp(text)) this.unexpected();
    this.at++;
  }

  private unexpected(): never {
    const t = this.peek();
    if (t.t === 'other') return stop('unsupported', t.text);
    return stop('syntax', t.t === 'end' ? '' : t.t === 'fn' ? t.name : t.text);
  }

  private expr(): Decimal {
    let value = this.unary();
    for (;;) {
      if (this.isOp('+')) { this.at++; value = add(value, this.unary()); }
      else if (this.isOp('-')) { this.at++; value = add(value, negate(this.unary())); }
      else return value;
    }
  }

  private unary(): Decimal {
    if (this.isOp('+')) { this.at++; return this.unary(); }
    if (this.isOp('-')) { this.at++; return negate(this.unary()); }
    return this.primary();
  }

  private primary(): Decimal {
    const t = this.peek();
    switch (t.t) {
      case 'num': {
        this.at++;
        return parseDecimal(t.text) ?? stop('syntax', t.text);
      }
      case 'ref': {
        this.at++;
        if (this.isOp(':')) stop('unsupported', ':'); // a range outside SUM
        const p = this.position(t);
        return this.number(this.sheet.input(p.row, p.col), p);
      }
      case 'fn':
        this.at++;
        if (t.name === 'SUM') return this.sum();
        if (t.name === 'ROUND') return this.round();
        return stop('unsupported', t.name);
      case 'name':
        return stop('unsupported', t.text);
      case 'op':
        if (t.text === '(') {
          this.at++;
          const value = this.expr();
          this.expect(')');
          return value;
        }
        return this.unexpected();
      default:
        return this.unexpected();
    }
  }

  private sum(): Decimal {
    this.expect('(');
    let total = ZERO;
    if (this.isOp(')')) { this.at++; return total; }
    for (;;) {
      total = add(total, this.sumArg());
      if (this.isOp(',')) { this.at++; continue; }
      this.expect(')');
      return total;
    }
  }

  /** One argument of SUM: a range or a lone reference (text in them skipped), or an expression. */
  private sumArg(): Decimal {
    const t = this.peek();
    const next = this.tokens[this.at + 1];
    if (t.t !== 'ref' || !(next.t === 'end' || (next.t === 'op' && (next.text === ':' || next.text === ',' || next.text === ')')))) {
      return this.expr();
    }
    this.at++;
    const a = this.position(t);
    if (!this.isOp(':')) return this.skippingText(this.sheet.input(a.row, a.col), a);
    this.at++;
    const end = this.peek();
    if (end.t !== 'ref') return this.unexpected();
    this.at++;
    const b = this.position(end);
    const top = Math.min(a.row, b.row);
    const left = Math.min(a.col, b.col);
    const bottom = Math.max(a.row, b.row);
    const right = Math.max(a.col, b.col);
    if ((bottom - top + 1) * (right - left + 1) > MAX_RANGE_CELLS) stop('unsupported', `${t.text}:${end.text}`);
    let total = ZERO;
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) total = add(total, this.skippingText(this.sheet.input(r, c), { row: r, col: c }));
    }
    return total;
  }

  private round(): Decimal {
    this.expect('(');
    const value = this.expr();
    this.expect(',');
    const digits = toNumber(this.expr());
    this.expect(')');
    // Excel truncates the digits toward zero; beyond ±15 the ROUND changes nothing we keep.
    const n = Math.trunc(digits);
    if (!Number.isFinite(n) || Math.abs(n) > 15) return stop('unsupported', 'ROUND');
    return round(value, n);
  }

  /** The 0-based sheet position of a reference, which must be to this sheet. */
  private position(t: Token & { t: 'ref' }): { row: number; col: number } {
    if (t.sheet !== undefined && t.sheet.toLowerCase() !== this.sheet.sheetName.toLowerCase()) stop('other-sheet', t.sheet);
    const p = parseA1(t.text);
    if (!p) return stop('syntax', t.text);
    return p;
  }

  /** The cell at `p` in arithmetic: a number, or 0 when empty; text refused (Excel's #VALUE!). */
  private number(input: CellInput, p: { row: number; col: number }): Decimal {
    switch (input.kind) {
      case 'number': return fromNumber(input.value);
      case 'empty': return ZERO;
      case 'problem': throw new Stop(input.problem);
      default: return stop('input', a1(p.row, p.col));
    }
  }

  /** The cell at `p` in SUM: text is skipped, as Excel's SUM does. */
  private skippingText(input: CellInput, p: { row: number; col: number }): Decimal {
    return input.kind === 'text' ? ZERO : this.number(input, p);
  }
}
