/** Small scoring sheets for tests, written as rows; cells addressed in A1 like the findings. */
import { type CellValue, parseA1, type SheetGrid } from '../../src/engine/grid';
import type { Finding } from '../../src/engine/findings';

export function grid(rows: CellValue[][], sheetName = 'Chấm điểm'): SheetGrid {
  return { sheetName, values: rows.map((r) => [...r]) };
}

/** A copy of the grid with the given cells replaced ({ E3: 7, B1: 'x' }); rows/columns grow as needed. */
export function edit(g: SheetGrid, cells: Record<string, CellValue>): SheetGrid {
  const values = g.values.map((r) => [...r]);
  for (const [address, value] of Object.entries(cells)) {
    const at = parseA1(address);
    if (!at) throw new Error(`bad address ${address}`);
    while (values.length <= at.row) values.push([]);
    const row = values[at.row];
    while (row.length <= at.col) row.push('');
    row[at.col] = value;
  }
  return { ...g, values };
}

/** Findings as "rule@cell" strings, the way tests compare them. */
export function ruleCells(findings: readonly Finding[], severity?: Finding['severity']): string[] {
  return findings.filter((f) => !severity || f.severity === severity).map((f) => `${f.rule}@${f.cell}`);
}

/**
 * A standard sheet: title, header on row 3, two components (I: 1.1 + 1.2 with a and b under 1.2;
 * II: 2.1, 2.2), three units, subtotals typed in, a total row.
 *
 *      A      B                 C     D      E      F      G
 *  1   UBND HUYỆN MẪU
 *  3   STT    Nội dung          Điểm tối đa  Xã An  Xã Bình  Xã Cường  Ghi chú
 *  4   I      Chỉ đạo điều hành 6     5.25   4.5    6
 *  5   1.1    Kế hoạch          2     2      1.5    2
 *  6   1.2    Báo cáo           4     3.25   3      4
 *  7   a      Đúng hạn          1.5   1.25   1      1.5
 *  8   b      Đủ nội dung       2.5   2      2      2.5
 *  9   II     Thể chế           4     3.5    4      3.5
 * 10   2.1    Ban hành văn bản  3     2.5    3      2.75
 * 11   2.2    Kiểm tra          1     1      1      0.75
 * 12          Tổng cộng         10    8.75   8.5    9.5
 */
export function standardSheet(): SheetGrid {
  return grid([
    ['UBND HUYỆN MẪU'],
    [],
    ['STT', 'Nội dung', 'Điểm tối đa', 'Xã An', 'Xã Bình', 'Xã Cường', 'Ghi chú'],
    ['I', 'Chỉ đạo điều hành', 6, 5.25, 4.5, 6],
    ['1.1', 'Kế hoạch', 2, 2, 1.5, 2],
    ['1.2', 'Báo cáo', 4, 3.25, 3, 4],
    ['a', 'Đúng hạn', 1.5, 1.25, 1, 1.5],
    ['b', 'Đủ nội dung', 2.5, 2, 2, 2.5],
    ['II', 'Thể chế', 4, 3.5, 4, 3.5],
    ['2.1', 'Ban hành văn bản', 3, 2.5, 3, 2.75],
    ['2.2', 'Kiểm tra', 1, 1, 1, 0.75],
    ['', 'Tổng cộng', 10, 8.75, 8.5, 9.5],
  ]);
}
