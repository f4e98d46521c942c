/**
 * One-sheet-per-unit workbooks for the Office bench, made from code: each unit's self-assessment
 * form as districts send them (test/fixtures/layouts/sheet-per-unit-title): "UBND XÃ …" beside
 * the national motto, the form's title, the header STT | Lĩnh vực/Tiêu chí/Tiêu chí thành phần |
 * Điểm tối đa | Điểm tự đánh giá | Điểm thẩm định | Tài liệu kiểm chứng | Giải trình | Ghi chú,
 * a numbering row (1)…(8), 6 components (I..VI) of 7 criteria with SUM subtotals, TỔNG CỘNG and
 * a signature block: 60 rows × 8 columns. Scores are quarter points from the unit's number, so
 * every run sees the same forms.
 */
import type { CellBox, CellValue } from '../src/engine/grid';
import type { SeedSheet } from '../src/office-fake';

export const FORM_COMPONENTS = 6;
const CRITERIA = 7;
const CRITERION_MAXIMA = [1, 2, 1.5, 1, 2, 1, 1.5];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI'];
const HEADER = ['STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm tối đa', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Tài liệu kiểm chứng', 'Giải trình', 'Ghi chú'];
const COLS = HEADER.length;
const ROWS = 60;

/** The unit a form is about ("Xã Đông Sơn 7"), as the readers name it from the title. */
export function formUnitName(unit: number): string {
  return `Xã Đông Sơn ${unit + 1}`;
}

/** Self-assessed and appraised scores of a criterion: quarters at most its max. */
function scores(unit: number, k: number, j: number, max: number): [number, number] {
  const self = Math.max(0, max - ((unit * 7 + k * 3 + j) % 5) / 4);
  const appraised = Math.max(0, self - ((unit + j) % 3 === 0 ? 0.25 : 0));
  return [self, appraised];
}

/** The form of unit `unit` (0-based), on a sheet named after it. */
export function formSheet(unit: number): SeedSheet {
  const values: CellValue[][] = [];
  const formulas: (string | undefined)[][] = [];
  const line = (cells: CellValue[], formula: (string | undefined)[] = []): number => {
    values.push([...cells, ...new Array<CellValue>(COLS - cells.length).fill('')]);
    formulas.push(formula);
    return values.length - 1;
  };
  line([`UBND XÃ ĐÔNG SƠN ${unit + 1}`, '', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
  line(['Số:      /BC-UBND', '', '', 'Độc lập - Tự do - Hạnh phúc']);
  line(['BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024']);
  line([]);
  line(HEADER);
  line(HEADER.map((_, c) => `(${c + 1})`));
  const componentRows: number[] = [];
  const totals = [0, 0];
  for (let k = 0; k < FORM_COMPONENTS; k++) {
    const at = line([]);
    componentRows.push(at);
    const sums = [0, 0];
    for (let j = 0; j < CRITERIA; j++) {
      const max = CRITERION_MAXIMA[j];
      const [self, appraised] = scores(unit, k, j, max);
      sums[0] += self;
      sums[1] += appraised;
      line([`${k + 1}.${j + 1}`, `Tiêu chí ${k + 1}.${j + 1}`, max, self, appraised, j % 3 === 0 ? `Báo cáo số ${j + 1}/BC-UBND` : '']);
    }
    const max = CRITERION_MAXIMA.reduce((s, m) => s + m, 0);
    values[at] = [ROMAN[k], `Lĩnh vực ${ROMAN[k]}: cải cách hành chính`, max, sums[0], sums[1], '', '', ''];
    formulas[at] = [undefined, undefined, undefined, `=SUM(D${at + 2}:D${at + 1 + CRITERIA})`, `=SUM(E${at + 2}:E${at + 1 + CRITERIA})`];
    totals[0] += sums[0];
    totals[1] += sums[1];
  }
  const sumOf = (col: string): string => `=${componentRows.map((r) => `${col}${r + 1}`).join('+')}`;
  const totalRow = line(['TỔNG CỘNG', '', FORM_COMPONENTS * CRITERION_MAXIMA.reduce((s, m) => s + m, 0), totals[0], totals[1]],
    [undefined, undefined, undefined, sumOf('D'), sumOf('E')]);
  line([]);
  line(['', 'NGƯỜI LẬP BIỂU', '', '', 'TM. ỦY BAN NHÂN DÂN']);
  line(['', '', '', '', 'CHỦ TỊCH']);
  while (values.length < ROWS - 1) line([]);
  line(['', 'Nguyễn Thị Hoa', '', '', 'Trần Văn Bình']);
  const merges: CellBox[] = [
    { row: 0, col: 0, rows: 1, cols: 3 },
    { row: 0, col: 3, rows: 1, cols: COLS - 3 },
    { row: 1, col: 3, rows: 1, cols: COLS - 3 },
    { row: 2, col: 0, rows: 1, cols: COLS },
    { row: totalRow, col: 0, rows: 1, cols: 2 },
  ];
  return { name: `Đông Sơn ${unit + 1}`, values, formulas, merges };
}
