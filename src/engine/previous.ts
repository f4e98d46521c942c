/**
 * Last year's result read back from a ranking table (our own "Xếp hạng chung" sheet, or one a
 * committee typed): a header row with "Đơn vị", "Xếp hạng" and "Chỉ số" columns, then one unit per
 * row. Rows without a rank (the mean row, notes) are skipped.
 */
import type { SheetGrid } from './grid';
import { GridReader } from './sheet';
import { cellText, fold, parseNumericText } from './text';
import type { PreviousUnitResult } from './types';

const UNIT_HEADERS = ['don vi', 'unit'];
const RANK_HEADERS = ['xep hang', 'rank'];
const INDEX_HEADERS = ['chi so', 'index'];
const GROUP_LABELS = ['khoi', 'nhom', 'group'];

const asNumber = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' ? parseNumericText(v.split('/')[0]) : undefined;

/** The units of a previous ranking table; undefined when the grid holds no such table. */
export function readPreviousResult(grid: SheetGrid): PreviousUnitResult[] | undefined {
  const g = new GridReader(grid);
  const units: PreviousUnitResult[] = [];
  let found = false;
  let cols: { unit: number; rank: number; index: number } | undefined;
  let group: string | null = null;
  for (let r = 0; r < g.rows; r++) {
    const header = headerColumns(g, r);
    if (header) { cols = header; found = true; continue; }
    const first = fold(cellText(g.value(r, 0)));
    const label = GROUP_LABELS.find((w) => first.startsWith(w));
    if (label) { group = cellText(g.value(r, 0)).replace(/^[^:]*:\s*/, '') || null; cols = undefined; continue; }
    if (!cols) continue;
    const name = cellText(g.value(r, cols.unit));
    const rank = asNumber(g.value(r, cols.rank));
    const index = asNumber(g.value(r, cols.index));
    if (name === '' || rank === undefined || index === undefined || !Number.isInteger(rank) || rank < 1) continue;
    units.push({ name, rank, index, group });
  }
  return found && units.length > 0 ? units : undefined;
}

function headerColumns(g: GridReader, r: number): { unit: number; rank: number; index: number } | undefined {
  let unit = -1;
  let rank = -1;
  let index = -1;
  for (let c = 0; c < g.cols; c++) {
    const f = fold(cellText(g.value(r, c)));
    if (f === '') continue;
    if (unit < 0 && UNIT_HEADERS.some((w) => f === w || f.startsWith(w + ' '))) unit = c;
    else if (rank < 0 && RANK_HEADERS.some((w) => f === w || f.startsWith(w + ' ('))) rank = c;
    else if (index < 0 && INDEX_HEADERS.some((w) => f.startsWith(w))) index = c;
  }
  return unit >= 0 && rank >= 0 && index >= 0 ? { unit, rank, index } : undefined;
}
