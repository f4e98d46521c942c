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

export class StatedFlags implements Omit<StatedLayout, 'kind'> {
  kind?: LayoutKind;
  headerRow?: number;
  codeColumn?: number;
  maxRow?: number;
  maxColumn?: number;
  unitColumns?: number[];
  unitNameColumn?: number;
  componentColumns?: number[];
  rankedScore?: 'appraised' | 'self';
  private readonly given: string[] = [];

  row(flag: string, text: string): number {
    this.given.push(flag);
    const n = Number(text);
    if (!/^\d+$/.test(text.trim()) || n < 1 || n > MAX_ROW) {
      throw new UsageError(`${flag}: "${text}" không phải số dòng (1, 2, …) / is not a row number (1, 2, …)`);
    }
    return n - 1;
  }

  column(flag: string, text: string): number {
    this.given.push(flag);
    const col = columnOf(text.trim());
    if (col === undefined) throw new UsageError(`${flag}: "${text}" không phải chữ cột (A, B, …, AA) / is not a column letter (A, B, …, AA)`);
    return col;
  }

  /** "D:P", "D,F,H" or both ("C:E,H"), in order, each once. */
  columns(flag: string, text: string): number[] {
    this.given.push(flag);
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

  /** The stated layout, or undefined when none was stated. */
  layout(): StatedLayout | undefined {
    if (this.kind === undefined) {
      if (this.rankedScore !== undefined) this.given.push('--ranked');
      if (this.given.length > 0) {
        throw new UsageError(`${this.given[0]} cần --layout (criteria-as-rows, units-as-rows hoặc sheet-per-unit) / needs --layout`);
      }
      return undefined;
    }
    const stated: StatedLayout = { kind: this.kind };
    const keys = ['headerRow', 'codeColumn', 'maxRow', 'maxColumn', 'unitColumns', 'unitNameColumn', 'componentColumns', 'rankedScore'] as const;
    for (const key of keys) if (this[key] !== undefined) Object.assign(stated, { [key]: this[key] });
    return stated;
  }
}
