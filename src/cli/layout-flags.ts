/**
 * The command line's flags for a stated layout (`--layout` and the rows and columns it needs),
 * as people write them in Excel (rows from 1, columns as letters), turned into the readers'
 * `StatedLayout` (0-based). A row or column flag without `--layout` is a usage error.
 */
import type { LayoutKind } from '../engine/model';
import type { StatedLayout } from '../readers';
import { UsageError } from './usage-error';

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/** "D" -> 3; undefined when not letters of a column Excel has. */
function columnOf(text: string): number | undefined {
  if (!/^[A-Za-z]{1,3}$/.test(text)) return undefined;
  let col = 0;
  for (const ch of text.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col <= MAX_COL ? col - 1 : undefined;
}

/** The flags as they are parsed, then the layout they state. */
export class StatedFlags {
  /** What the flags give, besides the kind; each flag sets one field. */
  readonly given: Partial<Omit<StatedLayout, 'kind'>> = {};
  kind?: LayoutKind;
  private readonly flags: string[] = [];

  row(flag: string, text: string): number {
    this.flags.push(flag);
    const n = Number(text);
    if (!/^\d+$/.test(text.trim()) || n < 1 || n > MAX_ROW) {
      throw new UsageError(`${flag}: "${text}" không phải số dòng (1, 2, …) / is not a row number (1, 2, …)`);
    }
    return n - 1;
  }

  column(flag: string, text: string): number {
    this.flags.push(flag);
    const col = columnOf(text.trim());
    if (col === undefined) throw new UsageError(`${flag}: "${text}" không phải chữ cột (A, B, …, AA) / is not a column letter (A, B, …, AA)`);
    return col;
  }

  /** "D:P", "D,F,H" or both ("C:E,H"), in order, each once. */
  columns(flag: string, text: string): number[] {
    this.flags.push(flag);
    const out: number[] = [];
    for (const part of text.split(',')) {
      const [from, to, extra] = part.trim().split(':');
      const a = columnOf(from ?? '');
      const b = to === undefined ? a : columnOf(to);
      if (a === undefined || b === undefined || extra !== undefined || b < a) {
        throw new UsageError(`${flag}: "${text}" — hãy ghi các cột như D:P hoặc D,F,H / write the columns as D:P or D,F,H`);
      }
      for (let c = a; c <= b; c++) if (!out.includes(c)) out.push(c);
    }
    return out;
  }

  /** `--ranked`: needs no parsing, only `--layout`. */
  ranked(flag: string, value: 'appraised' | 'self'): 'appraised' | 'self' {
    this.flags.push(flag);
    return value;
  }

  /** The stated layout, or undefined when none was stated. */
  layout(): StatedLayout | undefined {
    if (this.kind !== undefined) return { kind: this.kind, ...this.given };
    if (this.flags.length > 0) {
      throw new UsageError(`${this.flags[0]} cần --layout (criteria-as-rows, units-as-rows hoặc sheet-per-unit) / needs --layout`);
    }
    return undefined;
  }
}
