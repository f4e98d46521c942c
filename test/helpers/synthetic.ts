/** Synthetic standard sheets of any size, for tests: deterministic scores on quarter points. */
import type { CellValue } from '../../src/engine/grid';

export interface SyntheticOptions {
  units: number;
  components?: number;
  criteriaPerComponent?: number;
  seed?: number;
}

/** Rows of a standard sheet: header, components "I".."X" with criteria "1.1".., a total row. */
export function syntheticRows(o: SyntheticOptions): CellValue[][] {
  const components = o.components ?? 4;
  const perComponent = o.criteriaPerComponent ?? 3;
  let seed = o.seed ?? 1;
  const next = (): number => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
  const names = Array.from({ length: o.units }, (_, i) => `Xã Số ${String(i + 1).padStart(3, '0')}`);
  const rows: CellValue[][] = [['UBND HUYỆN MẪU'], [], ['STT', 'Nội dung tiêu chí', 'Điểm tối đa', ...names]];
  for (let c = 0; c < components; c++) {
    const leaves: CellValue[][] = [];
    for (let k = 0; k < perComponent; k++) {
      const max = 2 + (k % 3);
      leaves.push([`${c + 1}.${k + 1}`, `Tiêu chí ${c + 1}.${k + 1}`, max,
        ...names.map(() => Math.round((0.55 + 0.45 * next()) * max * 4) / 4)]);
    }
    const max = leaves.reduce((s, r) => s + (r[2] as number), 0);
    rows.push([roman[c] ?? String(c + 1), `Lĩnh vực ${c + 1}`, max, ...names.map(() => null)], ...leaves);
  }
  return rows;
}
