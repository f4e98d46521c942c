/** Sheets the use case's and the pane's tests put in a workbook besides the standard scoring sheet. */
import type { CellValue, SheetGrid } from '../../src/engine/grid';
import { grid } from '../helpers/grid';

/** A notes sheet: no header row at all. */
export function notesSheet(name = 'Ghi chú'): SheetGrid {
  return grid([['Biên bản họp'], ['Nội dung']], name);
}

/** A scoring sheet's header only: STT and the name column, no max column, no unit. */
export function headerOnlySheet(name = 'Bảng dở dang'): SheetGrid {
  return grid([['STT', 'Nội dung tiêu chí'], ['1', 'Công tác chỉ đạo']], name);
}

/**
 * Last year's overall ranking as a committee keeps it (a copy of the "Xếp hạng chung" sheet):
 * Xã An first, Xã Cường second, Xã Dương third; Xã Bình is not in it.
 */
export function lastYearRanking(name = 'Năm 2020'): SheetGrid {
  const rows: CellValue[][] = [
    ['UBND HUYỆN MẪU'],
    ['PHỤ LỤC'],
    ['KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2020'],
    [],
    ['STT', 'Đơn vị', 'Điểm tối đa', 'Điểm đạt', 'Chỉ số (%)', 'Xếp hạng', 'Xếp loại'],
    [1, 'Xã An', 10, 9, 90, 1, 'Xuất sắc'],
    [2, 'Xã Cường', 10, 8.25, 82.5, 2, 'Tốt'],
    [3, 'Xã Dương', 10, 7, 70, 3, 'Khá'],
    [null, 'Trung bình', 10, 8.08, 80.83, null, null],
  ];
  return grid(rows, name);
}
