/**
 * Findings in cause order: a cell that makes the sums over it look wrong (a number stored as
 * text, a KPS, an error value) is listed first, as an error, followed by the findings it probably
 * explains, which say so; sheets without such links keep sheet order.
 */
import ExcelJS from 'exceljs';
import path from 'path';
import { type CellKind, type CellValue, parseA1, scoreSheet, type SheetGrid } from '../../src/engine';
import { formatFinding } from '../../src/i18n/findings';
import { readWorksheet } from '../../src/workbook/xlsx/read-sheet';
import { edit, ruleCells, standardSheet } from '../helpers/grid';

/** The grid with cells replaced and their kinds set, as Excel's range.values and valueTypes give them. */
function typed(g: SheetGrid, cells: Record<string, [CellValue, CellKind]>): SheetGrid {
  const out = edit(g, Object.fromEntries(Object.entries(cells).map(([a, [v]]) => [a, v])));
  if (!g.kinds) return out;
  const kinds = g.kinds.map((r) => [...r]);
  for (const [address, [, kind]] of Object.entries(cells)) {
    const at = parseA1(address);
    if (at) kinds[at.row][at.col] = kind;
  }
  return { ...out, kinds };
}

const cellsOf = (refs: readonly { cell: string }[] | undefined): string[] => (refs ?? []).map((r) => r.cell);

describe('a number stored as text in a leaf of the sample (thanh-tri-2021.xlsx)', () => {
  let sample: SheetGrid;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(__dirname, '../../samples/thanh-tri-2021.xlsx'));
    sample = readWorksheet(wb.worksheets[0], false);
  });

  it('is listed first, as an error naming its cell, then the three sums its text breaks, each saying so', () => {
    // Thị trấn Văn Điển, 1.1.b (D8, max 2) holds 2; the cells above it are the sheet's =SUM formulas:
    // 1.1 (D6), component 1 (D5) and the total (D55).
    const value = (a: string): number => {
      const at = parseA1(a) as { row: number; col: number };
      return sample.values[at.row][at.col] as number;
    };
    for (const a of ['D6', 'D5', 'D55']) expect(sample.formulas?.[(parseA1(a) as { row: number }).row]?.[3]).toBe(true);
    // "1,75" typed as text: Excel's =SUM skips it, so each of them drops by the 2 it held.
    const old = value('D8');
    const sheet = typed(sample, {
      D8: ['1,75', 'String'], D6: [value('D6') - old, 'Double'], D5: [value('D5') - old, 'Double'], D55: [value('D55') - old, 'Double'],
    });
    const out = scoreSheet(sheet);
    expect(out.ok).toBe(false);
    expect(ruleCells(out.findings)).toEqual(['number-as-text@D8', 'subtotal-mismatch@D6', 'subtotal-mismatch@D5', 'total-mismatch@D55']);
    const [cause, ...sums] = out.findings;
    expect(cause.severity).toBe('error');
    expect(cellsOf(cause.explains)).toEqual(['D6', 'D5', 'D55']);
    expect(formatFinding(cause, 'vi')).toContain('Hàm SUM bỏ qua số dạng chữ, nên các ô tổng trên ô này (D6, D5, D55) không khớp');
    expect(formatFinding(cause, 'en')).toContain('the sums above this cell (D6, D5, D55) do not add up');
    for (const f of sums) {
      expect(cellsOf(f.causedBy)).toEqual(['D8']);
      expect(formatFinding(f, 'vi')).toContain('có thể do ô D8 chứa số dạng văn bản. Hãy nhập lại ô D8 dưới dạng số trước');
      expect(formatFinding(f, 'en')).toContain('probably because D8 holds a number stored as text. Re-enter D8 as a number first');
      expect(formatFinding(f, 'vi')).not.toContain('Hãy sửa công thức');
    }
    expect(formatFinding(sums[0], 'vi')).toContain('của tiêu chí 1.1 (Kế hoạch cải cách hành chính năm) khác tổng');
  });

  it('left as the number it was (the sums still agree) it stays a warning that explains nothing', () => {
    const out = scoreSheet(typed(sample, { D8: ['2', 'String'] }));
    expect(out.ok).toBe(true);
    expect(out.findings.map((f) => [f.rule, f.cell, f.severity, f.explains])).toEqual([['number-as-text', 'D8', 'warning', undefined]]);
  });
});

describe('a KPS under subtotals that add with +', () => {
  // Xã An marks 1.2.a (D7) KPS; 1.2 (=D7+D8), I (=D5+D6) and the total show #VALUE!.
  const sheet = () => edit(standardSheet(), { D7: 'KPS', D6: '#VALUE!', D4: '#VALUE!', D12: '#VALUE!' });

  it('is listed first, as an error, then the errors it carries up, each naming it', () => {
    const out = scoreSheet(sheet());
    expect(ruleCells(out.findings)).toEqual(['not-applicable@D7', 'score-error-value@D6', 'score-error-value@D4']);
    expect(out.findings[0].severity).toBe('error');
    expect(cellsOf(out.findings[0].explains)).toEqual(['D6', 'D4']);
    expect(formatFinding(out.findings[1], 'vi')).toBe('Xã An: ô điểm của tiêu chí 1.2 (Báo cáo) bị lỗi #VALUE!, có thể do ô D7 ghi không phát sinh '
      + '(KPS). Hãy kiểm tra ô D7 trước: ô tổng cần tính tiêu chí không phát sinh bằng 0 (như hàm SUM) hoặc bằng điểm tối đa của tiêu chí.');
    expect(formatFinding(out.findings[0], 'en')).toContain('The sums above this cell (D6, D4) probably do not add up, or show an error, because of it');
  });

  it('an error value carried up is explained by the cell it starts in, not by the subtotal between', () => {
    const out = scoreSheet(edit(standardSheet(), { D7: '#REF!', D6: '#REF!', D4: '#REF!' }));
    expect(ruleCells(out.findings)).toEqual(['score-error-value@D7', 'score-error-value@D6', 'score-error-value@D4']);
    expect(out.findings.map((f) => cellsOf(f.causedBy))).toEqual([[], ['D7'], ['D7']]);
    // A different error above is not carried up from it.
    const other = scoreSheet(edit(standardSheet(), { D7: '#REF!', D6: '#REF!', D4: '#DIV/0!' }));
    expect(ruleCells(other.findings)).toEqual(['score-error-value@D4', 'score-error-value@D7', 'score-error-value@D6']);
  });
});

describe('two independent causes in different units', () => {
  // Xã An's 1.2.a (D7, 1.25) and Xã Cường's 2.1 (F10, 2.75) typed as text, the sums above them
  // without them (as =SUM gives); Xã Bình's 2.2 (E11) above its max 1, unrelated.
  const sheet = () => edit(standardSheet(), {
    D7: '1,25', D6: 2, D4: 4, D12: 7.5,
    F10: '2,75', F9: 0.75, F12: 6.75,
    E11: 1.5,
  });

  it('keeps each cause with its own errors, each block where its first cell stands in the sheet', () => {
    const out = scoreSheet(sheet());
    expect(ruleCells(out.findings)).toEqual([
      'number-as-text@D7', 'subtotal-mismatch@D6', 'subtotal-mismatch@D4', 'total-mismatch@D12',
      'number-as-text@F10', 'subtotal-mismatch@F9', 'total-mismatch@F12',
      'score-above-max@E11',
    ]);
    const by = new Map(out.findings.map((f) => [f.cell, f]));
    expect(cellsOf(by.get('D12')?.causedBy)).toEqual(['D7']);
    expect(cellsOf(by.get('F12')?.causedBy)).toEqual(['F10']);
    expect(cellsOf(by.get('F10')?.explains)).toEqual(['F9', 'F12']);
    expect(by.get('E11')?.causedBy).toBeUndefined();
  });
});

describe('a sheet with no cause relations', () => {
  it('keeps sheet order (row, then column) and the findings\' own severities', () => {
    // Text that equals the typed subtotal above it (no sum is off), a score above max, text that is not a number.
    const out = scoreSheet(edit(standardSheet(), { D5: '2', F11: 2, E10: 'ba', D8: '2,0' }));
    expect(ruleCells(out.findings)).toEqual(['number-as-text@D5', 'number-as-text@D8', 'score-not-number@E10', 'score-above-max@F11']);
    const order = out.findings.map((f) => [f.row, f.col]);
    expect(order).toEqual([...order].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    expect(out.findings.map((f) => f.severity)).toEqual(['warning', 'warning', 'error', 'error']);
    expect(out.findings.some((f) => f.explains || f.causedBy)).toBe(false);
  });
});

describe('a number stored as text in the max column', () => {
  it('explains the parent max a =SUM over it gets wrong, and the subtotals above that max then exceeds', () => {
    // 1.2.a's max (C7, 1.5) typed as text: 1.2's max (C6) and I's (C4) sum without it, and the total's (C12).
    const out = scoreSheet(edit(standardSheet(), { C7: '1,5', C6: 2.5, C4: 4.5, C12: 8.5 }));
    expect(ruleCells(out.findings)).toEqual([
      'number-as-text@C7', 'max-sum-mismatch@C6',
      'score-above-max@D6', 'score-above-max@E6', 'score-above-max@F6', 'score-above-max@D4', 'score-above-max@F4',
    ]);
    for (const f of out.findings.slice(1)) expect(formatFinding(f, 'vi')).toContain('có thể do ô C7 chứa số dạng văn bản');
    expect(out.findings[0].severity).toBe('error');
  });
});
