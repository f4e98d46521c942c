/**
 * Synthetic standard scoring sheets for the benchmark, as the spec lays them out: title rows, a
 * header row "STT | Lĩnh vực/Tiêu chí | Điểm tối đa | unit ... | Ghi chú", 10 components (I..X)
 * of 5 criteria of 4 leaves each (200 leaf criteria), subtotals as formula results, a total row.
 * Scores are quarter points drawn from a seeded generator, so every run sees the same sheet.
 */
import type { CellKind, CellValue, SheetGrid } from '../src/engine/grid';

export const COMPONENTS = 10;
export const CRITERIA_PER_COMPONENT = 5;
export const LEAVES_PER_CRITERION = 4;
export const LEAF_COUNT = COMPONENTS * CRITERIA_PER_COMPONENT * LEAVES_PER_CRITERION;

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const LEAF_MAXIMA = [0.25, 0.5, 0.5, 0.5, 0.75, 0.5];
/** Columns before the first unit: STT, name, max. */
export const FIRST_UNIT_COL = 3;
/** 0-based sheet row of the header. */
export const HEADER_ROW = 3;

export type RowKind = 'component' | 'criterion' | 'leaf';

export interface BodyRow {
  kind: RowKind;
  code: string;
  name: string;
  max: number;
  /** Indexes (into `rows`) of the children; empty for leaves. */
  children: number[];
}

/** A sheet as structure plus one score per leaf and unit; the grid and the workbooks are made from it. */
export interface SyntheticSheet {
  units: string[];
  rows: BodyRow[];
  /** scores[unit][row]: leaves as drawn, parents as the sum of their children. */
  scores: Float64Array[];
  /** Indexes (into `rows`) of the components. */
  components: number[];
  totalMax: number;
  /** 0-based sheet row of rows[0]; the total row follows the last body row. */
  firstBodyRow: number;
  totalRow: number;
  sheetName: string;
}

function generator(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    // xorshift32: fast and deterministic.
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s / 4294967296;
  };
}

export function unitName(i: number): string {
  return `Xã Số ${String(i + 1).padStart(5, '0')}`;
}

export function syntheticSheet(unitCount: number, seed = 2024): SyntheticSheet {
  const next = generator(seed);
  const rows: BodyRow[] = [];
  const components: number[] = [];
  for (let c = 0; c < COMPONENTS; c++) {
    const comp = rows.push({ kind: 'component', code: ROMAN[c], name: `Lĩnh vực ${c + 1}: cải cách hành chính`, max: 0, children: [] }) - 1;
    components.push(comp);
    for (let k = 0; k < CRITERIA_PER_COMPONENT; k++) {
      const crit = rows.push({ kind: 'criterion', code: `${c + 1}.${k + 1}`, name: `Tiêu chí ${c + 1}.${k + 1}`, max: 0, children: [] }) - 1;
      rows[comp].children.push(crit);
      for (let j = 0; j < LEAVES_PER_CRITERION; j++) {
        const max = LEAF_MAXIMA[Math.floor(next() * LEAF_MAXIMA.length)];
        const leaf = rows.push({ kind: 'leaf', code: `${c + 1}.${k + 1}.${j + 1}`, name: `Tiêu chí thành phần ${c + 1}.${k + 1}.${j + 1}`, max, children: [] }) - 1;
        rows[crit].children.push(leaf);
        rows[crit].max += max;
      }
      rows[comp].max += rows[crit].max;
    }
  }
  const totalMax = components.reduce((s, i) => s + rows[i].max, 0);
  const units = Array.from({ length: unitCount }, (_, i) => unitName(i));
  const scores = units.map(() => {
    const s = new Float64Array(rows.length);
    const skill = 0.45 + 0.5 * next();
    for (let i = rows.length - 1; i >= 0; i--) {
      const row = rows[i];
      if (row.kind === 'leaf') {
        const quarters = Math.round(row.max * 4);
        s[i] = Math.min(quarters, Math.round(quarters * (skill + 0.5 * (next() - 0.3)))) / 4;
        if (s[i] < 0) s[i] = 0;
      } else {
        s[i] = row.children.reduce((sum, c) => sum + s[c], 0);
      }
    }
    return s;
  });
  const firstBodyRow = HEADER_ROW + 1;
  return { units, rows, scores, components, totalMax, firstBodyRow, totalRow: firstBodyRow + rows.length, sheetName: 'Chấm điểm' };
}

export function unitTotal(sheet: SyntheticSheet, unit: number): number {
  return sheet.components.reduce((s, c) => s + sheet.scores[unit][c], 0);
}

/**
 * The grid the engine gets, shaped as the adapters read it: values, kinds (String/Double/Empty)
 * and formula flags on subtotal and total cells.
 */
export function syntheticGrid(sheet: SyntheticSheet): SheetGrid {
  const width = FIRST_UNIT_COL + sheet.units.length + 1;
  const values: CellValue[][] = [];
  const kinds: CellKind[][] = [];
  const formulas: boolean[][] = [];
  const push = (cells: CellValue[], formulaFrom = -1): void => {
    while (cells.length < width) cells.push('');
    values.push(cells);
    kinds.push(cells.map((v) => (typeof v === 'number' ? 'Double' : v === '' ? 'Empty' : 'String')));
    formulas.push(cells.map((v, c) => formulaFrom >= 0 && c >= formulaFrom && typeof v === 'number'));
  };
  push(['UBND HUYỆN MẪU']);
  push(['', 'BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2024']);
  push([]);
  push(['STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm tối đa', ...sheet.units, 'Ghi chú']);
  sheet.rows.forEach((row, i) => {
    const cells: CellValue[] = [row.code, row.name, row.max];
    for (const s of sheet.scores) cells.push(s[i]);
    push(cells, row.kind === 'leaf' ? -1 : FIRST_UNIT_COL - 1);
  });
  const total: CellValue[] = ['', 'Tổng cộng', sheet.totalMax];
  for (let u = 0; u < sheet.units.length; u++) total.push(unitTotal(sheet, u));
  push(total, FIRST_UNIT_COL - 1);
  return { sheetName: sheet.sheetName, values, kinds, formulas, originRow: 0, originCol: 0 };
}

/** Grid rows of the leaves and grid columns of the units: what the floor loop sums. */
export function leafRowsAndUnitCols(sheet: SyntheticSheet): { leafRows: Int32Array; unitCols: Int32Array } {
  const leafRows: number[] = [];
  sheet.rows.forEach((row, i) => { if (row.kind === 'leaf') leafRows.push(sheet.firstBodyRow + i); });
  return {
    leafRows: Int32Array.from(leafRows),
    unitCols: Int32Array.from(sheet.units, (_, u) => FIRST_UNIT_COL + u),
  };
}
