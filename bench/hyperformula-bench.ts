/**
 * The alternative a user has today: the same sheet in a real spreadsheet engine (HyperFormula),
 * subtotals, totals and component scores as SUM formulas, ranks as formulas over the row.
 *
 * HyperFormula 3.5 has no RANK / RANK.EQ function; `COUNTIF(row, ">"&x)+1` is RANK.EQ's own
 * definition (1 + the number of strictly greater values) and is what the sheet uses instead.
 */
import { HyperFormula, type RawCellContent } from 'hyperformula';
import { columnLetters } from '../src/engine/grid';
import { rank } from '../src/engine/rank';
import { BenchCheckError } from './engine-bench';
import { type Timing, timeSync } from './measure';
import { FIRST_UNIT_COL, type SyntheticSheet, unitTotal } from './sheet';

/** Rows of the HyperFormula sheet: the scoring rows as the spec lays them out, then one rank row per ranked value. */
export function formulaRows(sheet: SyntheticSheet): RawCellContent[][] {
  const units = sheet.units.length;
  const lastCol = columnLetters(FIRST_UNIT_COL + units - 1);
  const a1Row = (i: number): number => sheet.firstBodyRow + i + 1; // 1-based sheet row of body row i
  const rows: RawCellContent[][] = [
    ['UBND HUYỆN MẪU'], [], [],
    ['STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm tối đa', ...sheet.units],
  ];
  sheet.rows.forEach((row, i) => {
    const cells: RawCellContent[] = [row.code, row.name, row.max];
    for (let u = 0; u < units; u++) {
      const col = columnLetters(FIRST_UNIT_COL + u);
      if (row.kind === 'leaf') cells.push(sheet.scores[u][i]);
      else if (row.kind === 'criterion') cells.push(`=SUM(${col}${a1Row(row.children[0])}:${col}${a1Row(row.children[row.children.length - 1])})`);
      else cells.push(`=SUM(${row.children.map((c) => `${col}${a1Row(c)}`).join(',')})`);
    }
    rows.push(cells);
  });
  const totalRow = sheet.totalRow + 1;
  const total: RawCellContent[] = ['', 'Tổng cộng', sheet.totalMax];
  for (let u = 0; u < units; u++) {
    const col = columnLetters(FIRST_UNIT_COL + u);
    total.push(`=SUM(${sheet.components.map((c) => `${col}${a1Row(c)}`).join(',')})`);
  }
  rows.push(total);
  const first = columnLetters(FIRST_UNIT_COL);
  const rankRow = (label: string, ranked: number): RawCellContent[] => {
    const cells: RawCellContent[] = ['', label, ''];
    for (let u = 0; u < units; u++) {
      const col = columnLetters(FIRST_UNIT_COL + u);
      cells.push(`=COUNTIF($${first}$${ranked}:$${lastCol}$${ranked},">"&${col}${ranked})+1`);
    }
    return cells;
  };
  rows.push(rankRow('Xếp hạng', totalRow));
  for (const c of sheet.components) rows.push(rankRow(`Xếp hạng ${sheet.rows[c].code}`, a1Row(c)));
  return rows;
}

export interface HyperFormulaFigures {
  units: number;
  timing: Timing;
  formulas: number;
}

/** Builds and evaluates the sheet `runs` times; checks the totals and the total ranks against the sheet. */
export function benchHyperFormula(sheet: SyntheticSheet, runs: number): HyperFormulaFigures {
  const rows = formulaRows(sheet);
  const build = (): HyperFormula => HyperFormula.buildFromArray(rows, { licenseKey: 'gpl-v3', maxColumns: 18278 });
  const { timing, last } = timeSync(() => {
    const hf = build();
    const values = hf.getSheetValues(0);
    hf.destroy();
    return values;
  }, runs, runs > 1 ? 1 : 0); // a single run (10,000 units) is not worth a warm-up of several minutes
  const totals = last[sheet.totalRow];
  const ranks = last[sheet.totalRow + 1];
  const expectedTotals = sheet.units.map((_, u) => unitTotal(sheet, u));
  const expectedRanks = rank(expectedTotals.map((t) => Math.round(t * 1000)), 'competition').ranks;
  sheet.units.forEach((name, u) => {
    const t = totals[FIRST_UNIT_COL + u];
    const r = ranks[FIRST_UNIT_COL + u];
    if (typeof t !== 'number' || Math.abs(t - expectedTotals[u]) > 1e-9) throw new BenchCheckError(`HyperFormula: ${name} total ${String(t)}, expected ${expectedTotals[u]}`);
    if (r !== expectedRanks[u]) throw new BenchCheckError(`HyperFormula: ${name} rank ${String(r)}, expected ${expectedRanks[u]}`);
  });
  const formulas = rows.reduce((n, r) => n + r.filter((c) => typeof c === 'string' && c.startsWith('=')).length, 0);
  return { units: sheet.units.length, timing, formulas };
}
