/**
 * Hand-made inputs for the port contract and the Office adapter's budget tests: a standard
 * scoring sheet of any number of units (criteria are rows, units are columns), and a realistic
 * write plan of four result sheets for a list of units (the engine's own plan builder is tested
 * elsewhere).
 */
import type { CellValue, SheetGrid } from '../../../src/engine/grid';
import type { SheetPlan, WritePlan } from '../../../src/appendix/types';

export const COMPONENTS = 8;
const CRITERIA = 5;
const SUBCRITERIA = 5;
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
export const HEADER_ROW = 3;

export function unitName(i: number): string {
  return i % 2 === 0 ? `Xã Đồng Tâm ${i + 1}` : `Phường An Đức ${i + 1}`;
}

/** Score of unit `u` on leaf `leaf` (max 1 or 2): quarters, so sums stay exact. */
function leafScore(u: number, leaf: number, max: number): number {
  return Math.min(max, ((u * 7 + leaf * 3) % 9) / 4);
}

/**
 * A standard scoring sheet: title rows, a header row with STT / name / max / one column per unit /
 * note, then 8 components (I..VIII) of 5 criteria of 5 sub-criteria each, parents holding
 * subtotal formulas (flagged, with their cached sums), and a total row.
 */
export function scoringGrid(units: number, sheetName = 'Chấm điểm 2022'): SheetGrid {
  const width = 3 + units + 1;
  const values: CellValue[][] = [];
  const formulas: boolean[][] = [];
  const row = (cells: CellValue[], formulaCols: boolean): void => {
    const line = new Array<CellValue>(width).fill('');
    cells.forEach((v, i) => (line[i] = v));
    values.push(line);
    formulas.push(line.map((_, c) => formulaCols && c >= 3 && c < 3 + units));
  };
  row(['UBND HUYỆN NINH GIANG'], false);
  row(['BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2022'], false);
  row([], false);
  row(['STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm tối đa', ...Array.from({ length: units }, (_, u) => unitName(u)), 'Ghi chú'], false);
  const totals = new Array<number>(units).fill(0);
  let leaf = 0;
  for (let k = 0; k < COMPONENTS; k++) {
    const componentRow = values.length;
    row([ROMAN[k], `Lĩnh vực ${k + 1}`, 0], true);
    const componentSums = new Array<number>(units).fill(0);
    let componentMax = 0;
    for (let c = 0; c < CRITERIA; c++) {
      const criterionRow = values.length;
      row([`${k + 1}.${c + 1}`, `Tiêu chí ${k + 1}.${c + 1}`, 0], true);
      const sums = new Array<number>(units).fill(0);
      let criterionMax = 0;
      for (let s = 0; s < SUBCRITERIA; s++) {
        const max = s % 2 === 0 ? 1 : 2;
        const scores = Array.from({ length: units }, (_, u) => leafScore(u, leaf, max));
        scores.forEach((v, u) => (sums[u] += v));
        row([`${k + 1}.${c + 1}.${s + 1}`, `Tiêu chí thành phần ${k + 1}.${c + 1}.${s + 1}`, max, ...scores], false);
        criterionMax += max;
        leaf++;
      }
      values[criterionRow][2] = criterionMax;
      sums.forEach((v, u) => {
        values[criterionRow][3 + u] = v;
        componentSums[u] += v;
      });
      componentMax += criterionMax;
    }
    values[componentRow][2] = componentMax;
    componentSums.forEach((v, u) => {
      values[componentRow][3 + u] = v;
      totals[u] += v;
    });
  }
  row(['', 'Tổng cộng', COMPONENTS * CRITERIA * (3 * 1 + 2 * 2), ...totals], true);
  return { sheetName, values, formulas };
}

/** Totals the plan shows for unit `u`; `variant` changes them between runs. */
function total(u: number, variant: number): number {
  return Math.round((95 - ((u * 37 + variant * 11) % 400) / 10) * 100) / 100;
}

function grade(t: number): string {
  return t >= 90 ? 'Xuất sắc' : t >= 80 ? 'Tốt' : t >= 70 ? 'Khá' : t >= 50 ? 'Trung bình' : 'Yếu';
}

const FONT = { fontName: 'Times New Roman', fontSize: 13 };
const HEADER = { bold: true, hAlign: 'center', vAlign: 'middle', wrap: true, fill: '#D9E1F2', border: true } as const;

function overallSheet(names: readonly string[], variant: number): SheetPlan {
  const n = names.length;
  const first = HEADER_ROW + 1;
  const rows = names.map((name, u) => {
    const t = total(u, variant);
    return [u + 1, name, 100, t, t, (u % 19) + 1, `${(u % 19) + 1}/19 hạng`, grade(t)];
  });
  return {
    key: 'overall',
    name: 'Xếp hạng chung',
    blocks: [
      { row: 0, col: 0, values: [['UBND HUYỆN NINH GIANG']] },
      { row: 1, col: 0, values: [['KẾT QUẢ XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2022']] },
      { row: HEADER_ROW, col: 0, values: [['STT', 'Đơn vị', 'Điểm tối đa', 'Tổng điểm', 'Chỉ số (%)', 'Xếp hạng', 'Thứ hạng', 'Xếp loại']] },
      { row: first, col: 0, values: rows },
    ],
    styles: [
      { box: { row: 0, col: 0, rows: first + n, cols: 8 }, style: FONT },
      { box: { row: 0, col: 0, rows: 2, cols: 8 }, style: { bold: true, hAlign: 'center' } },
      { box: { row: HEADER_ROW, col: 0, rows: 1, cols: 8 }, style: HEADER },
      { box: { row: first, col: 0, rows: n, cols: 8 }, style: { border: true } },
      { box: { row: first, col: 3, rows: n, cols: 2 }, style: { numberFormat: '0.00', hAlign: 'right' } },
    ],
    merges: [
      { row: 0, col: 0, rows: 1, cols: 8 },
      { row: 1, col: 0, rows: 1, cols: 8 },
    ],
    columnWidths: [6, 32, 10, 10, 10, 9, 12, 12].map((width, col) => ({ col, width })),
    rowHeights: [{ row: HEADER_ROW, height: 33 }],
    freeze: { rows: first, cols: 2 },
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToPagesWide: 1,
      repeatRows: { first: HEADER_ROW, last: HEADER_ROW },
      centerFooter: 'Trang &P/&N',
      margins: { top: 0.6, bottom: 0.6, left: 0.5, right: 0.5 },
    },
    charts: [
      {
        kind: 'bar',
        title: 'Tổng điểm theo đơn vị',
        categories: { row: first, col: 1, rows: Math.min(n, 30), cols: 1 },
        values: { row: first, col: 3, rows: Math.min(n, 30), cols: 1 },
        anchor: { row: first, col: 10, rows: 20, cols: 8 },
      },
    ],
  };
}

function componentsSheet(names: readonly string[], variant: number): SheetPlan {
  const n = names.length;
  const header1 = ['STT', 'Đơn vị', ...Array.from({ length: COMPONENTS }, (_, k) => [`Lĩnh vực ${ROMAN[k]}`, '']).flat()];
  const header2 = ['', '', ...Array.from({ length: COMPONENTS }, () => ['Điểm', 'Hạng']).flat()];
  const rows = names.map((name, u) => [
    u + 1,
    name,
    ...Array.from({ length: COMPONENTS }, (_, k) => [((u + k * 3 + variant) % 40) / 4, ((u + k) % 19) + 1]).flat(),
  ]);
  const cols = 2 + COMPONENTS * 2;
  return {
    key: 'components',
    name: 'Điểm theo lĩnh vực',
    blocks: [
      { row: 0, col: 0, values: [['ĐIỂM VÀ XẾP HẠNG THEO LĨNH VỰC']] },
      { row: 2, col: 0, values: [header1, header2] },
      { row: 4, col: 0, values: rows },
    ],
    styles: [
      { box: { row: 0, col: 0, rows: 4 + n, cols }, style: FONT },
      { box: { row: 2, col: 0, rows: 2, cols }, style: HEADER },
      { box: { row: 4, col: 0, rows: n, cols }, style: { border: true } },
      ...Array.from({ length: COMPONENTS }, (_, k) => ({ box: { row: 4, col: 2 + 2 * k, rows: n, cols: 1 }, style: { numberFormat: '0.###' } })),
    ],
    merges: [
      { row: 0, col: 0, rows: 1, cols },
      { row: 2, col: 0, rows: 2, cols: 1 },
      { row: 2, col: 1, rows: 2, cols: 1 },
      ...Array.from({ length: COMPONENTS }, (_, k) => ({ row: 2, col: 2 + 2 * k, rows: 1, cols: 2 })),
    ],
    columnWidths: [{ col: 0, width: 6 }, { col: 1, width: 30 }, ...Array.from({ length: COMPONENTS * 2 }, (_, i) => ({ col: 2 + i, width: 8 }))],
    freeze: { rows: 4, cols: 2 },
  };
}

function selfSheet(names: readonly string[], variant: number): SheetPlan {
  const rows = names.map((name, u) => {
    const appraised = total(u, variant);
    const self = Math.round((appraised + ((u % 7) - 2) * 0.75) * 100) / 100;
    return [u + 1, name, self, appraised, Math.round((appraised - self) * 100) / 100, self === appraised ? '' : 'Chênh lệch'];
  });
  return {
    key: 'self-vs-appraisal',
    name: 'Tự chấm và thẩm định',
    blocks: [
      { row: 0, col: 0, values: [['STT', 'Đơn vị', 'Tự chấm', 'Thẩm định', 'Chênh lệch', 'Ghi chú']] },
      { row: 1, col: 0, values: rows },
    ],
    styles: [
      { box: { row: 0, col: 0, rows: 1, cols: 6 }, style: HEADER },
      { box: { row: 1, col: 2, rows: names.length, cols: 3 }, style: { numberFormat: '0.00' } },
    ],
    merges: [],
    columnWidths: [6, 30, 10, 10, 10, 14].map((width, col) => ({ col, width })),
    freeze: { rows: 1, cols: 0 },
  };
}

function statisticsSheet(names: readonly string[], variant: number): SheetPlan {
  const grades = ['Xuất sắc', 'Tốt', 'Khá', 'Trung bình', 'Yếu'];
  const counts = grades.map((g) => names.filter((_, u) => grade(total(u, variant)) === g).length);
  return {
    key: 'statistics',
    name: 'Thống kê',
    blocks: [
      { row: 0, col: 0, values: [['Xếp loại', 'Số đơn vị', 'Tỷ lệ (%)']] },
      { row: 1, col: 0, values: grades.map((g, i) => [g, counts[i], Math.round((counts[i] / names.length) * 10000) / 100]) },
    ],
    styles: [{ box: { row: 0, col: 0, rows: 1, cols: 3 }, style: HEADER }],
    merges: [],
    columnWidths: [14, 12, 12].map((width, col) => ({ col, width })),
  };
}

/** The four result sheets for these units. */
export function realisticPlan(names: readonly string[], variant = 0): WritePlan {
  return {
    sheets: [overallSheet(names, variant), componentsSheet(names, variant), selfSheet(names, variant), statisticsSheet(names, variant)],
  };
}

export function unitNames(units: number): string[] {
  return Array.from({ length: units }, (_, u) => unitName(u));
}

/** Names a committee might type that a spreadsheet would otherwise read as formulas or numbers. */
export const TRICKY_NAMES = [
  '=HYPERLINK("http://example.com","Xã A")',
  '+84 912 345 678',
  '-x',
  '@x',
  '0123',
  '1,25',
  'TRUE',
  '#N/A',
  '=1+1',
];
