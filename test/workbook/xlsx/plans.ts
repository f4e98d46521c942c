/** Hand-made write plans for the adapter tests (the engine's plan builder is tested elsewhere). */
import type { SheetPlan, WritePlan } from '../../../src/appendix/types';

export const HEADER_ROW = 4;

/** An overall ranking table of `units` (name, total) in the shape of the appendix. */
export function rankingSheet(units: readonly [string, number][], key = 'overall', name = 'Xếp hạng chung'): SheetPlan {
  const first = HEADER_ROW + 1;
  const rows = units.map(([unit, total], i) => [i + 1, unit, 100, total, total, i + 1, total >= 80 ? 'Tốt' : 'Khá']);
  const all = { row: 0, col: 0, rows: first + units.length, cols: 7 };
  return {
    key,
    name,
    blocks: [
      { row: 0, col: 0, values: [['UBND HUYỆN THANH TRÌ']] },
      { row: 1, col: 0, values: [['PHỤ LỤC']] },
      { row: 2, col: 0, values: [['KẾT QUẢ XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2021']] },
      { row: HEADER_ROW, col: 0, values: [['STT', 'Đơn vị', 'Điểm tối đa', 'Điểm đạt', 'Chỉ số (%)', 'Xếp hạng', 'Xếp loại']] },
      { row: first, col: 0, values: rows },
    ],
    styles: [
      { box: all, style: { fontName: 'Times New Roman', fontSize: 13 } },
      { box: { row: 0, col: 0, rows: 3, cols: 7 }, style: { bold: true, hAlign: 'center' } },
      { box: { row: HEADER_ROW, col: 0, rows: 1, cols: 7 }, style: { bold: true, hAlign: 'center', vAlign: 'middle', wrap: true, fill: '#D9E1F2', color: '#1F3864' } },
      { box: { row: HEADER_ROW, col: 0, rows: units.length + 1, cols: 7 }, style: { border: true } },
      { box: { row: first, col: 3, rows: units.length, cols: 2 }, style: { numberFormat: '0.00' } },
      { box: { row: first, col: 1, rows: units.length, cols: 1 }, style: { italic: true, hAlign: 'left' } },
    ],
    merges: [
      { row: 0, col: 0, rows: 1, cols: 7 },
      { row: 1, col: 0, rows: 1, cols: 7 },
      { row: 2, col: 0, rows: 1, cols: 7 },
    ],
    columnWidths: [
      { col: 0, width: 6 },
      { col: 1, width: 32 },
      { col: 2, width: 12 },
      { col: 3, width: 12 },
      { col: 4, width: 12 },
      { col: 5, width: 10 },
      { col: 6, width: 12 },
    ],
    rowHeights: [{ row: HEADER_ROW, height: 36 }],
    freeze: { rows: HEADER_ROW + 1, cols: 2 },
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToPagesWide: 1,
      repeatRows: { first: HEADER_ROW, last: HEADER_ROW },
      centerFooter: 'Trang &P/&N',
      margins: { top: 0.75, bottom: 0.75, left: 0.5, right: 0.5 },
    },
    charts: [
      {
        kind: 'bar',
        title: 'Tổng điểm theo thứ hạng',
        categories: { row: first, col: 1, rows: units.length, cols: 1 },
        values: { row: first, col: 3, rows: units.length, cols: 1 },
        anchor: { row: first + units.length + 2, col: 0, rows: 20, cols: 7 },
      },
    ],
  };
}

export const UNITS: [string, number][] = [
  ['Xã Tả Thanh Oai', 92.5],
  ['Thị trấn Văn Điển', 90.25],
  ['Xã Vĩnh Quỳnh', 88.75],
  ['Xã Ngọc Hồi', 81],
];

export function simplePlan(sheets: SheetPlan[]): WritePlan {
  return { sheets };
}

/** A minimal sheet plan with one value. */
export function tinySheet(key: string, name: string, text = 'kết quả'): SheetPlan {
  return { key, name, blocks: [{ row: 0, col: 0, values: [[text]] }], styles: [], merges: [], columnWidths: [] };
}
